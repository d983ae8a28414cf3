package io.github.tenantsso.wiring;

import io.github.tenantsso.common.Ids;
import io.github.tenantsso.model.RoutingChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;

/**
 * The realm's log of routing changes ({@code TSSO_ROUTING_CHANGE}): written with each change, read by every node to
 * patch its index, pruned after the retention period.
 */
final class RoutingChangeLog {

    /** A change row as read: its id, what it names, and when it was written (by the writer's clock). */
    record Entry(String id, RoutingChange change, long changedAt) {}

    private final EntityManager em;
    private final String realmId;

    RoutingChangeLog(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    /** Records the change; written when the caller's transaction flushes, so it adds no statement of its own now. */
    void record(RoutingChange change, long now) {
        RoutingChangeEntity entity = new RoutingChangeEntity();
        entity.setId(Ids.newId());
        entity.setRealmId(realmId);
        entity.setKind(change.kind());
        entity.setKey(change.key());
        entity.setChangedAt(now);
        em.persist(entity);
    }

    /**
     * Drops the realm's rows older than the retention period (an indexed range delete). A bulk delete flushes the
     * session first, so callers do it now and then rather than with every change.
     */
    void prune(long now, long retentionMillis) {
        em.createNamedQuery("tssoDeleteRoutingChangesBefore")
                .setParameter("realmId", realmId)
                .setParameter("before", now - retentionMillis)
                .executeUpdate();
    }

    /** The rows written at or after {@code since}, committed ones only as this transaction sees them; no flush. */
    List<Entry> since(long since) {
        return em.createNamedQuery("tssoRoutingChangesSince", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("since", since)
                .setFlushMode(FlushModeType.COMMIT)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(row ->
                        new Entry((String) row[0], RoutingChange.of((String) row[1], (String) row[2]), (Long) row[3]))
                .toList();
    }
}
