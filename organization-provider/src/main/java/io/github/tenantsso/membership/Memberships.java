package io.github.tenantsso.membership;

import io.github.tenantsso.common.BulkWrites;
import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import java.util.Collection;
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
            List<MembershipEntity> remaining = ofUserEntities(userId);
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
    public List<Membership> ofTrust(String trustId) {
        return em.createNamedQuery("tssoMembershipsOfTrust", MembershipEntity.class)
                .setParameter("trustId", trustId)
                .getResultStream()
                .map(Membership::of)
                .toList();
    }

    /** The tenants of a user's memberships, oldest first. */
    public List<String> tenantsOf(String userId) {
        return ofUser(userId).stream().map(Membership::organizationId).toList();
    }

    /** Memberships of a user, oldest first. */
    public List<Membership> ofUser(String userId) {
        return ofUserEntities(userId).stream().map(Membership::of).toList();
    }

    /** The memberships of these users, read for a bulk job ({@link BulkWrites#detached}). */
    public List<Membership> ofUsers(Collection<String> userIds) {
        return BulkWrites.detached(
                em,
                em.createQuery("select m from MembershipEntity m where m.userId in :ids", MembershipEntity.class)
                        .setParameter("ids", userIds)
                        .getResultList(),
                Membership::of);
    }

    /** The active tenants of these users, read for a bulk job ({@link BulkWrites#detached}). */
    public List<ActiveTenant> activeTenantsOf(Collection<String> userIds) {
        return BulkWrites.detached(
                em,
                em.createQuery("select a from ActiveTenantEntity a where a.userId in :ids", ActiveTenantEntity.class)
                        .setParameter("ids", userIds)
                        .getResultList(),
                ActiveTenant::of);
    }

    /**
     * Writes memberships as an import decided ({@link BulkWrites#upsert}): a stored one keeps its user and tenant, and
     * its trust where the row names none (an import names the trust only where its document does).
     */
    public void restore(String realmId, List<Membership> memberships) {
        BulkWrites.upsert(
                em,
                MembershipEntity.class,
                "id",
                memberships,
                Membership::id,
                restored -> {
                    MembershipEntity membership = new MembershipEntity();
                    membership.setId(restored.id());
                    membership.setRealmId(realmId);
                    membership.setUserId(restored.userId());
                    membership.setOrganizationId(restored.organizationId());
                    return membership;
                },
                (membership, restored) -> {
                    membership.setJoinedAt(restored.joinedAt());
                    if (restored.trustId() != null) {
                        membership.setTrustId(restored.trustId());
                    }
                });
    }

    /** Writes active tenants as an import decided ({@link BulkWrites#upsert}). */
    public void restoreActiveTenants(String realmId, List<ActiveTenant> activeTenants) {
        BulkWrites.upsert(
                em,
                ActiveTenantEntity.class,
                "userId",
                activeTenants,
                ActiveTenant::userId,
                restored -> {
                    ActiveTenantEntity active = new ActiveTenantEntity();
                    active.setUserId(restored.userId());
                    active.setRealmId(realmId);
                    return active;
                },
                (active, restored) -> {
                    active.setOrganizationId(restored.organizationId());
                    active.setUpdatedAt(restored.updatedAt());
                });
    }

    private List<MembershipEntity> ofUserEntities(String userId) {
        return em.createNamedQuery("tssoMembershipsOfUser", MembershipEntity.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    private Optional<MembershipEntity> find(String userId, String organizationId) {
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
