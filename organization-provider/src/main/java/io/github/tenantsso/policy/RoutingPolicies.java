package io.github.tenantsso.policy;

import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;

/**
 * Routing policies of realms.
 */
public final class RoutingPolicies {

    private final EntityManager em;
    private final BiConsumer<String, RoutingPolicy> onPut;

    /** @param onPut told of every policy stored (realm id, policy), so that copies elsewhere can follow */
    public RoutingPolicies(EntityManager em, BiConsumer<String, RoutingPolicy> onPut) {
        this.em = em;
        this.onPut = onPut;
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
        onPut.accept(realmId, policy);
    }
}
