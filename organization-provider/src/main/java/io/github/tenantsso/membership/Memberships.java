package io.github.tenantsso.membership;

import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Membership dates and active tenants, kept in step with Keycloak's organization join and leave events.
 */
public final class Memberships {

    private final EntityManager em;

    public Memberships(EntityManager em) {
        this.em = em;
    }

    /** Records a join; the first tenant a user joins becomes the active one. */
    public void joined(String realmId, String userId, String organizationId, long now) {
        if (find(userId, organizationId).isEmpty()) {
            MembershipEntity membership = new MembershipEntity();
            membership.setId(Ids.newId());
            membership.setRealmId(realmId);
            membership.setUserId(userId);
            membership.setOrganizationId(organizationId);
            membership.setJoinedAt(now);
            em.persist(membership);
        }
        if (activeTenant(userId).isEmpty()) {
            setActiveTenant(realmId, userId, organizationId, now);
        }
    }

    /** Records a leave; an active tenant left falls back to the oldest remaining membership. */
    public void left(String userId, String organizationId, long now) {
        em.createNamedQuery("tssoDeleteMembership")
                .setParameter("userId", userId)
                .setParameter("organizationId", organizationId)
                .executeUpdate();
        ActiveTenantEntity active = em.find(ActiveTenantEntity.class, userId);
        if (active != null && active.getOrganizationId().equals(organizationId)) {
            List<MembershipEntity> remaining = ofUser(userId);
            if (remaining.isEmpty()) {
                em.remove(active);
            } else {
                active.setOrganizationId(remaining.get(0).getOrganizationId());
                active.setUpdatedAt(now);
            }
        }
    }

    /** Records that a trust provisioned the membership just in time, so that severing the trust ends it. */
    public void provisionedBy(String userId, String organizationId, String trustId) {
        find(userId, organizationId).ifPresent(membership -> membership.setTrustId(trustId));
    }

    /**
     * The user signed in to the tenant through one of its own connections: the membership no longer rests on a trust
     * and outlives it.
     */
    public void confirmedByOwnConnection(String userId, String organizationId) {
        find(userId, organizationId)
                .filter(membership -> membership.getTrustId() != null)
                .ifPresent(membership -> membership.setTrustId(null));
    }

    /** Memberships a trust provisioned. */
    public List<MembershipEntity> ofTrust(String trustId) {
        return em.createNamedQuery("tssoMembershipsOfTrust", MembershipEntity.class)
                .setParameter("trustId", trustId)
                .getResultList();
    }

    /** The tenants of a user's memberships, oldest first. */
    public List<String> tenantsOf(String userId) {
        return ofUser(userId).stream().map(MembershipEntity::getOrganizationId).toList();
    }

    /** Memberships of a user, oldest first. */
    public List<MembershipEntity> ofUser(String userId) {
        return em.createNamedQuery("tssoMembershipsOfUser", MembershipEntity.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    public Optional<MembershipEntity> find(String userId, String organizationId) {
        return em.createNamedQuery("tssoMembership", MembershipEntity.class)
                .setParameter("userId", userId)
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .findFirst();
    }

    public Optional<String> activeTenant(String userId) {
        return Optional.ofNullable(em.find(ActiveTenantEntity.class, userId))
                .map(ActiveTenantEntity::getOrganizationId);
    }

    public void setActiveTenant(String realmId, String userId, String organizationId, long now) {
        ActiveTenantEntity active = em.find(ActiveTenantEntity.class, userId);
        if (active == null) {
            active = new ActiveTenantEntity();
            active.setUserId(userId);
            active.setRealmId(realmId);
            active.setOrganizationId(organizationId);
            active.setUpdatedAt(now);
            em.persist(active);
        } else {
            active.setOrganizationId(organizationId);
            active.setUpdatedAt(now);
        }
    }
}
