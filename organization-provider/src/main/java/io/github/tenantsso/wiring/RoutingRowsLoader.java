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
    private static final String TRUSTS = "select t.trustingOrganizationId, b.idpAlias, t.createdAt"
            + " from TrustEntity t, ConnectionBindingEntity b where t.connectionId = b.id and t.realmId = :realmId";

    private final EntityManager em;
    private final String realmId;

    RoutingRowsLoader(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    /** Every row of the realm. */
    RoutingRows all() {
        return RoutingRows.of(
                query(TENANTS, Map.of()).stream().map(RoutingRowsLoader::tenant).toList(),
                query(CLAIMS, Map.of()).stream().map(RoutingRowsLoader::claim).toList(),
                query(CONNECTIONS, Map.of()).stream()
                        .map(RoutingRowsLoader::connection)
                        .toList(),
                query(TRUSTS, Map.of()).stream().map(RoutingRowsLoader::trust).toList());
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
