package io.github.tenantsso.tenantadmin;

/** A user's grant to administer one tenant through the portal, as the store returns it. */
public record TenantAdmin(String tenantId, String userId, long appointedAt, String appointedBy) {

    static TenantAdmin of(TenantAdminEntity entity) {
        return new TenantAdmin(
                entity.getOrganizationId(), entity.getUserId(), entity.getAppointedAt(), entity.getAppointedBy());
    }
}
