package io.github.tenantsso.policy;

import jakarta.persistence.EntityManager;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Routing policies of realms, read through this node's {@link PolicyCache}: the table is read only when the realm's
 * policy version differs from the cached copy's.
 */
public final class RoutingPolicies {

    private final EntityManager em;
    private final PolicyCache cache;
    private final Function<String, String> versionOf;
    private final BiConsumer<String, RoutingPolicy> onPut;

    /**
     * @param cache     the node's copies; {@code null} to read the table, as a session that stored a policy must until
     *                  it commits
     * @param versionOf a realm's current policy version, by realm id
     * @param onPut     told of every policy stored (realm id, policy), in the storing transaction: it bumps the version
     *                  and lets copies elsewhere follow
     */
    public RoutingPolicies(
            EntityManager em,
            PolicyCache cache,
            Function<String, String> versionOf,
            BiConsumer<String, RoutingPolicy> onPut) {
        this.em = em;
        this.cache = cache;
        this.versionOf = versionOf;
        this.onPut = onPut;
    }

    public RoutingPolicy get(String realmId) {
        if (cache == null) {
            return read(realmId);
        }
        String version = versionOf.apply(realmId);
        return cache.get(realmId, version).orElseGet(() -> {
            RoutingPolicy policy = read(realmId);
            cache.put(realmId, version, policy);
            return policy;
        });
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

    private RoutingPolicy read(String realmId) {
        RoutingPolicyEntity entity = em.find(RoutingPolicyEntity.class, realmId);
        if (entity == null) {
            return RoutingPolicy.DEFAULT;
        }
        return new RoutingPolicy(
                entity.isDomainSharing(),
                RoutingPolicy.parseAmbiguousNewUser(entity.getAmbiguousNewUser()),
                entity.isActiveTenantLogin(),
                entity.getHintParameter());
    }
}
