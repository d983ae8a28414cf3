package io.github.tenantsso.routing;

import io.github.tenantsso.domain.DomainName;

/**
 * A tenant's claim on an e-mail domain, and on the names below it when {@code includeSubdomains} is set.
 *
 * <p>A null or blank tenant id, or a null domain, is rejected with an {@link IllegalArgumentException} when the row
 * is made.
 */
public record DomainClaimRow(
        String tenantId, DomainName domain, boolean includeSubdomains, boolean verified, long createdAt) {

    public DomainClaimRow {
        RowFields.requireText(tenantId, "domain claim", "tenantId");
        RowFields.require(domain, "domain claim", "domain");
    }
}
