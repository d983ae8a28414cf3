package io.github.tenantsso.tenantadmin;

import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The tenant admins of a realm. Only {@code write.TenantAdminWrites} appoints and removes them (and the clean-up
 * on removal of a membership, tenant, user or realm); everyone else reads.
 */
public final class TenantAdmins {

    private final EntityManager em;
    private final String realmId;

    public TenantAdmins(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    /** The tenant's admins, longest-serving first. */
    public List<TenantAdmin> ofTenant(String organizationId) {
        return em.createNamedQuery("tssoTenantAdminsOfTenant", TenantAdminEntity.class)
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .filter(entity -> realmId.equals(entity.getRealmId()))
                .map(TenantAdmin::of)
                .toList();
    }

    /** The tenants a user administers in this realm, oldest grant first. */
    public List<TenantAdmin> ofUser(String userId) {
        return em.createNamedQuery("tssoTenantAdminsOfUser", TenantAdminEntity.class)
                .setParameter("userId", userId)
                .getResultStream()
                .filter(entity -> realmId.equals(entity.getRealmId()))
                .map(TenantAdmin::of)
                .toList();
    }

    public Optional<TenantAdmin> find(String organizationId, String userId) {
        return entity(organizationId, userId).map(TenantAdmin::of);
    }

    public TenantAdmin appoint(String organizationId, String userId, String appointedBy, long now) {
        TenantAdminEntity entity = new TenantAdminEntity();
        entity.setId(Ids.newId());
        entity.setRealmId(realmId);
        entity.setOrganizationId(organizationId);
        entity.setUserId(userId);
        entity.setAppointedAt(now);
        entity.setAppointedBy(appointedBy);
        em.persist(entity);
        return TenantAdmin.of(entity);
    }

    /** Ends a grant; also called when the user leaves the tenant, since only members administer it. */
    public void remove(String organizationId, String userId) {
        em.createNamedQuery("tssoDeleteTenantAdmin")
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    private Optional<TenantAdminEntity> entity(String organizationId, String userId) {
        return em.createNamedQuery("tssoTenantAdmin", TenantAdminEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .getResultStream()
                .filter(entity -> realmId.equals(entity.getRealmId()))
                .findFirst();
    }
}
