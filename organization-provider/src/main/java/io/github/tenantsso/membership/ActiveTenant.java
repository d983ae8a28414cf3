package io.github.tenantsso.membership;

/** The tenant a user last signed in to, as its store reads it. */
public record ActiveTenant(String userId, String organizationId, long updatedAt) {

    static ActiveTenant of(ActiveTenantEntity active) {
        return new ActiveTenant(active.getUserId(), active.getOrganizationId(), active.getUpdatedAt());
    }
}
