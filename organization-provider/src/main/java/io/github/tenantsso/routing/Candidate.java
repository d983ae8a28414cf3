package io.github.tenantsso.routing;

/**
 * A connection a login may be routed to for an e-mail domain.
 *
 * <p>The position in {@link DomainIndex#candidates} is the rank: the claim's creation time orders tenants there but
 * is not a field, so that one candidate object serves every domain of its tenant.
 *
 * @param connectionAlias     the connection (identity provider) alias
 * @param ownerTenantId       the tenant that owns the connection
 * @param tenantId            the tenant through whose verified claim the connection became a candidate: the owner, or
 *                            the trusting tenant
 * @param external            true when the connection is a candidate through a trust, not through its owner
 * @param connectionCreatedAt when the connection was bound to its owner; orders connections within a tenant
 */
public record Candidate(
        String connectionAlias, String ownerTenantId, String tenantId, boolean external, long connectionCreatedAt) {}
