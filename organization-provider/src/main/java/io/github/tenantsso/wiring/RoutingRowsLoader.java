package io.github.tenantsso.wiring;

import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.ConnectionRow;
import io.github.tenantsso.routing.DomainClaimRow;
import io.github.tenantsso.routing.RoutingRows;
import io.github.tenantsso.routing.TenantRow;
import io.github.tenantsso.routing.TenantRows;
import io.github.tenantsso.routing.TrustRow;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Reads a realm's routing rows straight from the tables (Keycloak's {@code ORG} and {@code IDENTITY_PROVIDER}, the
 * pack's tenant policies, claims, connections and trusts) as column projections: one query per table for a whole realm, or per chunk
 * of tenants for a change. No model objects, no per-row lookups, nothing put in the persistence context, and no
 * flush before the queries.
 */
final class RoutingRowsLoader {

    /** Ids per {@code in} list, well below the bind-parameter limits of the supported databases. */
    private static final int CHUNK = 500;

    private static final String TENANTS = "select o.id, o.alias, o.enabled, p.signInMethods, p.maxSessionAge, p.maxIdle"
            + " from OrganizationEntity o"
            + " left join TenantPolicyEntity p on p.organizationId = o.id where o.realmId = :realmId";
    private static final String CLAIMS = "select c.organizationId, c.domain, c.includeSubdomains, c.status, c.createdAt"
            + " from DomainClaimEntity c where c.realmId = :realmId";
    private static final String CONNECTIONS = "select b.idpAlias, b.organizationId, b.enabled, b.createdAt, i.enabled"
            + " from ConnectionBindingEntity b, IdentityProviderEntity i"
            + " where b.realmId = :realmId and i.realmId = :realmId and i.alias = b.idpAlias";
    /** A whole realm's bindings, joined with its identity providers in memory: one scan of each table. */
    private static final String BINDINGS = "select b.idpAlias, b.organizationId, b.enabled, b.createdAt"
            + " from ConnectionBindingEntity b where b.realmId = :realmId";

    private static final String PROVIDERS =
            "select i.alias, i.enabled from IdentityProviderEntity i where i.realmId = :realmId";
    private static final String TRUSTS = "select t.trustingOrganizationId, b.idpAlias, t.createdAt"
            + " from TrustEntity t, ConnectionBindingEntity b where t.connectionId = b.id and t.realmId = :realmId";

    private final EntityManager em;
    private final String realmId;

    RoutingRowsLoader(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    /**
     * Every row of the realm, read on two database connections at once: the tenants and claims in the caller's
     * session, the connections and trusts in a transaction of their own on a second thread (at 100,000 tenants a cold
     * node spends most of a build reading). Both start after the caller has read the change log, so each sees every
     * change logged before; a later one is applied at the next catch-up.
     */
    static RoutingRows all(KeycloakSession session, String realmId) {
        CompletableFuture<Links> links = new CompletableFuture<>();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        Thread reader = new Thread(
                () -> {
                    try {
                        links.complete(KeycloakModelUtils.runJobInTransactionWithResult(
                                factory, other -> new RoutingRowsLoader(entityManager(other), realmId).links()));
                    } catch (Throwable e) {
                        links.completeExceptionally(e);
                    }
                },
                "tenant-sso-index-read");
        reader.setDaemon(true);
        reader.start();
        RoutingRowsLoader loader = new RoutingRowsLoader(entityManager(session), realmId);
        List<TenantRow> tenants = loader.query(TENANTS, Map.of()).stream()
                .map(RoutingRowsLoader::tenant)
                .toList();
        List<DomainClaimRow> claims = loader.query(CLAIMS, Map.of()).stream()
                .map(RoutingRowsLoader::claim)
                .toList();
        Links read;
        try {
            read = links.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return RoutingRows.of(tenants, claims, read.connections(), read.trusts());
    }

    static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private record Links(List<ConnectionRow> connections, List<TrustRow> trusts) {}

    private Links links() {
        return new Links(
                allConnections(),
                query(TRUSTS, Map.of()).stream().map(RoutingRowsLoader::trust).toList());
    }

    /**
     * As {@link #CONNECTIONS} for the whole realm, joined in memory: H2 runs the join as one index probe of the
     * identity providers per binding.
     */
    private List<ConnectionRow> allConnections() {
        Map<String, Boolean> providers = new HashMap<>();
        query(PROVIDERS, Map.of()).forEach(row -> providers.put((String) row[0], (Boolean) row[1]));
        return query(BINDINGS, Map.of()).stream()
                .filter(row -> providers.containsKey((String) row[0]))
                .map(row -> new ConnectionRow(
                        (String) row[0], (String) row[1], (Boolean) row[2] && providers.get((String) row[0]), (Long)
                                row[3]))
                .toList();
    }

    /** All rows of each tenant, as they are now; a tenant that is gone gets no tenant row. */
    List<TenantRows> tenants(Collection<String> tenantIds) {
        Map<String, TenantRow> tenants = new HashMap<>();
        Map<String, List<DomainClaimRow>> claims = new HashMap<>();
        Map<String, List<ConnectionRow>> connections = new HashMap<>();
        Map<String, List<TrustRow>> trusts = new HashMap<>();
        for (List<String> ids : chunks(tenantIds)) {
            Map<String, Object> in = Map.of("ids", ids);
            query(TENANTS + " and o.id in :ids", in).forEach(row -> tenants.put((String) row[0], tenant(row)));
            query(CLAIMS + " and c.organizationId in :ids", in).stream()
                    .map(RoutingRowsLoader::claim)
                    .forEach(claim -> claims.computeIfAbsent(claim.tenantId(), id -> new ArrayList<>())
                            .add(claim));
            query(CONNECTIONS + " and b.organizationId in :ids", in).stream()
                    .map(RoutingRowsLoader::connection)
                    .forEach(connection -> connections
                            .computeIfAbsent(connection.ownerTenantId(), id -> new ArrayList<>())
                            .add(connection));
            query(TRUSTS + " and t.trustingOrganizationId in :ids", in).stream()
                    .map(RoutingRowsLoader::trust)
                    .forEach(trust -> trusts.computeIfAbsent(trust.trustingTenantId(), id -> new ArrayList<>())
                            .add(trust));
        }
        return tenantIds.stream()
                .distinct()
                .map(id -> new TenantRows(
                        id,
                        tenants.get(id),
                        claims.getOrDefault(id, List.of()),
                        connections.getOrDefault(id, List.of()),
                        trusts.getOrDefault(id, List.of())))
                .toList();
    }

    /** The tenants that own or trust the connections now. */
    Set<String> tenantsOfConnections(Collection<String> aliases) {
        Set<String> tenants = new HashSet<>();
        for (List<String> chunk : chunks(aliases)) {
            Map<String, Object> in = Map.of("aliases", chunk);
            query(
                            "select b.organizationId from ConnectionBindingEntity b where b.realmId = :realmId and b.idpAlias in :aliases",
                            in)
                    .forEach(row -> tenants.add((String) row[0]));
            query(
                            "select t.trustingOrganizationId from TrustEntity t, ConnectionBindingEntity b"
                                    + " where t.connectionId = b.id and b.realmId = :realmId and b.idpAlias in :aliases",
                            in)
                    .forEach(row -> tenants.add((String) row[0]));
        }
        return tenants;
    }

    private List<Object[]> query(String jpql, Map<String, Object> parameters) {
        // One-column projections come back as the bare value, so every query is read as rows of columns.
        TypedQuery<Object> query = em.createQuery(jpql, Object.class)
                .setParameter("realmId", realmId)
                .setFlushMode(FlushModeType.COMMIT)
                .setHint("org.hibernate.readOnly", true)
                .setHint("org.hibernate.fetchSize", 1000);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
                .toList();
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(new HashSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static TenantRow tenant(Object[] row) {
        return new TenantRow(
                (String) row[0],
                (String) row[1],
                (Boolean) row[2],
                row[3] == null ? null : SignInMethods.ofStored((String) row[3]),
                new SessionLimits((Integer) row[4], (Integer) row[5]));
    }

    private static DomainClaimRow claim(Object[] row) {
        return new DomainClaimRow(
                (String) row[0],
                DomainName.ofStored((String) row[1]),
                (Boolean) row[2],
                ClaimStatus.VERIFIED.name().equals(row[3]),
                (Long) row[4]);
    }

    private static ConnectionRow connection(Object[] row) {
        return new ConnectionRow((String) row[0], (String) row[1], (Boolean) row[2] && (Boolean) row[4], (Long) row[3]);
    }

    private static TrustRow trust(Object[] row) {
        return new TrustRow((String) row[0], (String) row[1], (Long) row[2]);
    }
}
