package io.github.tenantsso.policy;

import jakarta.persistence.EntityManager;

/**
 * Routing policies of realms.
 */
public final class RoutingPolicies {

    private final EntityManager em;

    public RoutingPolicies(EntityManager em) {
        this.em = em;
    }

    public RoutingPolicy get(String realmId) {
        RoutingPolicyEntity entity = em.find(RoutingPolicyEntity.class, realmId);
        if (entity == null) {
            return RoutingPolicy.DEFAULT;
        }
        return new RoutingPolicy(entity.isDomainSharing(), RoutingPolicy.parseAmbiguousNewUser(entity.getAmbiguousNewUser()),
                entity.isActiveTenantLogin(), entity.getHintParameter());
    }

    public void put(String realmId, RoutingPolicy policy, long now) {
        RoutingPolicyEntity existing = em.find(RoutingPolicyEntity.class, realmId);
        RoutingPolicyEntity entity = existing == null ? new RoutingPolicyEntity() : existing;
        entity.setRealmId(realmId);
        entity.setDomainSharing(policy.crossTenantDomainSharing());
        entity.setAmbiguousNewUser(policy.ambiguousNewUser().name());
        entity.setActiveTenantLogin(policy.activeTenantLogin());
        entity.setHintParameter(policy.hintParameter());
        entity.setUpdatedAt(now);
        if (existing == null) {
            em.persist(entity);
        }
    }
}
