package io.github.tenantsso.routing;

import java.util.List;

/**
 * Everything one tenant contributes to routing: its own row ({@code null} once the tenant is gone), its domain
 * claims, the connections it owns and the trusts it gives. The unit in which {@link RoutingRows} takes changes: a
 * change is applied by reading these rows again for the tenants it concerns.
 *
 * <p>A row of another tenant is rejected with an {@link IllegalArgumentException}.
 */
public record TenantRows(
        String tenantId,
        TenantRow tenant,
        List<DomainClaimRow> claims,
        List<ConnectionRow> connections,
        List<TrustRow> trusts) {

    public TenantRows {
        RowFields.requireText(tenantId, "tenant", "id");
        claims = List.copyOf(claims);
        connections = List.copyOf(connections);
        trusts = List.copyOf(trusts);
        boolean foreign = tenant != null && !tenant.id().equals(tenantId);
        for (DomainClaimRow claim : claims) {
            foreign |= !claim.tenantId().equals(tenantId);
        }
        for (ConnectionRow connection : connections) {
            foreign |= !connection.ownerTenantId().equals(tenantId);
        }
        for (TrustRow trust : trusts) {
            foreign |= !trust.trustingTenantId().equals(tenantId);
        }
        if (foreign) {
            throw new IllegalArgumentException(
                    "The rows of tenant '" + tenantId + "' include a row of another tenant.");
        }
    }

    static TenantRows none(String tenantId) {
        return new TenantRows(tenantId, null, List.of(), List.of(), List.of());
    }

    boolean enabled() {
        return tenant != null && tenant.enabled();
    }
}
