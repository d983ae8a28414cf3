package io.github.tenantsso.wiring;

import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.RoutingRows;
import io.github.tenantsso.routing.TenantRows;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * One {@link DomainIndex} per realm in this node's memory, kept current with the realm's {@link ModelVersion}.
 *
 * <p>Lifecycle, per realm and node:
 * <ul>
 * <li>Cold: the first login builds the index from the database in one bulk read ({@link RoutingRowsLoader#all}).
 * Other logins of the realm wait for that one build rather than start their own; other realms are not held up
 * (one lock per realm).</li>
 * <li>Change: every write records what it touched in the change log ({@link RoutingChangeLog}) and bumps the
 * version in the same transaction. A login that sees a version this node has not applied reads the log rows
 * written since its last read minus the overlap window, skips those it has applied, re-reads the current rows of
 * the tenants they name and patches the index ({@link RoutingRows#replace}). Re-reading current rows makes applying
 * idempotent, so a row seen twice, or rows committing in another order than written, do no harm; the window covers
 * transactions that commit up to that long after writing their row.</li>
 * <li>A change that names the whole realm (a bulk import), more changes than a patch is worth, or a last read so
 * long ago that rows may have been pruned, lead to a full build as when cold.</li>
 * </ul>
 * Logins run on the index as patched up to the version they see; the version reaches other nodes with Keycloak's
 * realm cache invalidation. Organizations and identity providers can also be disabled through Keycloak, so callers
 * re-check those flags on the few candidates a lookup returns (Keycloak caches both).
 */
final class RoutingIndexes {

    private static final Logger LOG = Logger.getLogger(RoutingIndexes.class);

    /** Beyond this many changed tenants in one catch-up, a full build costs about as much as the patch. */
    static final int MAX_PATCHED_TENANTS = 2_000;

    private static final DomainIndex EMPTY =
            RoutingRows.of(List.of(), List.of(), List.of(), List.of()).index();

    private final Map<String, RealmIndex> byRealm = new ConcurrentHashMap<>();
    private final ChangeLogSettings settings;
    private final LongSupplier clock;

    RoutingIndexes(ChangeLogSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The index for the version the realm shows, patched or built first if this node has not applied it yet. */
    DomainIndex get(KeycloakSession session, RealmModel realm) {
        RealmIndex state = byRealm.computeIfAbsent(realm.getId(), id -> new RealmIndex());
        String version = ModelVersion.of(realm);
        boolean enabled = realm.isOrganizationsEnabled();
        Served served = state.served;
        if (served != null && served.matches(version, enabled)) {
            return served.index();
        }
        state.lock.lock();
        try {
            served = state.served;
            if (served == null || !served.matches(version, enabled)) {
                served = new Served(version, enabled, enabled ? state.catchUp(session, realm) : state.disable());
                state.served = served;
            }
            return served.index();
        } finally {
            state.lock.unlock();
        }
    }

    /** The index this node last served for the realm, without catching up; for sessions with uncommitted changes. */
    DomainIndex lastServed(RealmModel realm) {
        RealmIndex state = byRealm.get(realm.getId());
        Served served = state == null ? null : state.served;
        return served == null ? EMPTY : served.index();
    }

    void forget(String realmId) {
        byRealm.remove(realmId);
    }

    private record Served(String version, boolean organizationsEnabled, DomainIndex index) {

        boolean matches(String version, boolean organizationsEnabled) {
            return this.version.equals(version) && this.organizationsEnabled == organizationsEnabled;
        }
    }

    /** One realm's index on this node; all but {@link #served} only under {@link #lock}. */
    private final class RealmIndex {

        final ReentrantLock lock = new ReentrantLock();
        volatile Served served;
        private RoutingRows rows;
        private DomainIndex index;
        /** When this node last read the change log (its own clock); rows from that time minus the window on are read again. */
        private long readAt;
        /** The log rows already applied that the next read may return again, with the time they were written. */
        private final Map<String, Long> applied = new HashMap<>();

        DomainIndex disable() {
            rows = null;
            index = null;
            applied.clear();
            return EMPTY;
        }

        DomainIndex catchUp(KeycloakSession session, RealmModel realm) {
            long now = clock.getAsLong();
            EntityManager em = RoutingRowsLoader.entityManager(session);
            RoutingChangeLog log = new RoutingChangeLog(em, realm.getId());
            if (rows == null || now - readAt > settings.retentionMillis() - settings.windowMillis()) {
                return build(session, realm, log, now);
            }
            long since = readAt - settings.windowMillis();
            List<RoutingChangeLog.Entry> fresh = log.since(since).stream()
                    .filter(entry -> !applied.containsKey(entry.id()))
                    .toList();
            Set<String> tenants = new HashSet<>();
            Set<String> connections = new HashSet<>();
            for (RoutingChangeLog.Entry entry : fresh) {
                if (entry.change() instanceof RoutingChange.Tenant tenant) {
                    tenants.add(tenant.tenantId());
                } else if (entry.change() instanceof RoutingChange.Connection connection) {
                    connections.add(connection.alias());
                } else {
                    return build(session, realm, log, now);
                }
            }
            long started = System.nanoTime();
            RoutingRowsLoader loader = new RoutingRowsLoader(em, realm.getId());
            connections.forEach(alias -> tenants.addAll(rows.tenantsOfConnection(alias)));
            if (!connections.isEmpty()) {
                tenants.addAll(loader.tenantsOfConnections(connections));
            }
            if (tenants.size() > MAX_PATCHED_TENANTS) {
                return build(session, realm, log, now);
            }
            List<TenantRows> changed = loader.tenants(tenants);
            index = rows.replace(index, changed);
            readAt = now;
            applied.values().removeIf(changedAt -> changedAt < now - settings.windowMillis());
            fresh.forEach(entry -> applied.put(entry.id(), entry.changedAt()));
            LOG.debugf(
                    "Routing index of realm %s patched for %d change(s), %d tenant(s), in %.1f ms",
                    realm.getName(), fresh.size(), changed.size(), (System.nanoTime() - started) / 1e6);
            return index;
        }

        /** Reads the log before the rows, so that a change committing in between is applied at the next catch-up. */
        private DomainIndex build(KeycloakSession session, RealmModel realm, RoutingChangeLog log, long now) {
            long started = System.nanoTime();
            List<RoutingChangeLog.Entry> seen = log.since(now - settings.windowMillis());
            RoutingRows built = RoutingRowsLoader.all(session, realm.getId());
            long read = System.nanoTime();
            index = built.index();
            rows = built;
            readAt = now;
            applied.clear();
            seen.forEach(entry -> applied.put(entry.id(), entry.changedAt()));
            LOG.infof(
                    "Routing index of realm %s built in %.0f ms (%.0f ms reading the database): %d domains",
                    realm.getName(), (System.nanoTime() - started) / 1e6, (read - started) / 1e6, index.domainCount());
            return index;
        }
    }
}
