package io.github.tenantsso.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A realm's audit trail: the one place where an event is recorded, in the caller's transaction, so that it commits
 * or rolls back with the change it describes (and a later outbox can be filled by the same write); and where it is
 * read back. Recording is a plain insert of the event and its tenant links, with no query before it: it is on the
 * login's path.
 */
public final class AuditTrail {

    static final int MAX_DETAILS_CHARS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final EntityManager em;
    private final String realmId;
    private final String realmName;
    private final LongSupplier clock;

    public AuditTrail(EntityManager em, String realmId, String realmName, LongSupplier clock) {
        this.em = em;
        this.realmId = realmId;
        this.realmName = realmName;
        this.clock = clock;
    }

    /** Records the event in the current transaction and counts it on the metrics endpoint ({@link AuditMetrics}). */
    public AuditEvent record(AuditEvent.Builder builder) {
        AuditEvent event = builder.build(Ids.newId(), realmId, clock.getAsLong());
        AuditEventEntity entity = new AuditEventEntity();
        entity.setId(event.id());
        entity.setRealmId(realmId);
        entity.setTime(event.time());
        entity.setType(event.type().name());
        entity.setAction(event.action());
        entity.setReason(event.reason());
        entity.setTenantIds(event.tenantIds().isEmpty() ? null : String.join(",", event.tenantIds()));
        entity.setActorUserId(event.actorUserId());
        entity.setActorClientId(event.actorClientId());
        entity.setConnectionAlias(event.connectionAlias());
        entity.setDetails(details(event.details()));
        em.persist(entity);
        for (String tenant : event.tenantIds()) {
            AuditTenantEntity link = new AuditTenantEntity();
            link.setEventId(event.id());
            link.setTenantId(tenant);
            link.setRealmId(realmId);
            link.setTime(event.time());
            em.persist(link);
        }
        AuditMetrics.count(realmName, event);
        return event;
    }

    /** One page of the trail, newest first (events of one millisecond by id). */
    public List<AuditEvent> page(AuditQuery query) {
        StringBuilder jpql;
        if (query.tenantId().isPresent()) {
            jpql = new StringBuilder("select e from AuditTenantEntity t, AuditEventEntity e where e.id = t.eventId"
                    + " and t.realmId = :realmId and t.tenantId = :tenantId and t.time >= :from and t.time < :to");
        } else {
            jpql = new StringBuilder(
                    "select e from AuditEventEntity e where e.realmId = :realmId and e.time >= :from and e.time < :to");
        }
        if (!query.types().isEmpty()) {
            jpql.append(" and e.type in :types");
        }
        jpql.append(
                query.tenantId().isPresent()
                        ? " order by t.time desc, t.eventId desc"
                        : " order by e.time desc, e.id desc");
        TypedQuery<AuditEventEntity> select = em.createQuery(jpql.toString(), AuditEventEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .setFirstResult(query.first())
                .setMaxResults(query.max());
        query.tenantId().ifPresent(tenant -> select.setParameter("tenantId", tenant));
        if (!query.types().isEmpty()) {
            select.setParameter("types", query.types().stream().map(Enum::name).toList());
        }
        return select.getResultStream().map(AuditTrail::event).toList();
    }

    /** Deletes up to {@code chunk} events of any realm older than {@code before}; returns how many. */
    public static int purge(EntityManager em, long before, int chunk) {
        List<String> ids = em.createNamedQuery("tssoAuditEventsBefore", String.class)
                .setParameter("before", before)
                .setMaxResults(chunk)
                .getResultList();
        if (!ids.isEmpty()) {
            em.createNamedQuery("tssoDeleteAuditTenants")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createNamedQuery("tssoDeleteAuditEvents")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids.size();
    }

    private static String details(Map<String, String> details) {
        if (details.isEmpty()) {
            return null;
        }
        try {
            String json = JSON.writeValueAsString(details);
            // Details are the recorder's own small facts; a longer set is a bug, dropped rather than failing a login.
            return json.length() <= MAX_DETAILS_CHARS ? json : "{\"truncated\":\"true\"}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }

    private static AuditEvent event(AuditEventEntity entity) {
        Map<String, String> details;
        try {
            details = entity.getDetails() == null ? Map.of() : JSON.readValue(entity.getDetails(), DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit event " + entity.getId() + " has malformed details", e);
        }
        return new AuditEvent(
                entity.getId(),
                entity.getRealmId(),
                entity.getTime(),
                AuditType.valueOf(entity.getType()),
                entity.getAction(),
                entity.getReason(),
                entity.getTenantIds() == null
                        ? List.of()
                        : Arrays.asList(entity.getTenantIds().split(",")),
                entity.getActorUserId(),
                entity.getActorClientId(),
                entity.getConnectionAlias(),
                details);
    }
}
