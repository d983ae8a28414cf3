package io.github.tenantsso.signin;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The stored tenant policies of a realm. Only {@code write.TenantPolicyWrites} stores and removes them (and the
 * clean-up on removal of a tenant or realm). Logins read the sign-in methods from the routing index, never from here;
 * the MFA condition, which runs once a user is known, reads the rows of that user's tenants by key.
 */
public final class TenantPolicies {

    private final EntityManager em;
    private final String realmId;

    public TenantPolicies(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    /** The tenant's stored policy; empty when it has the default. */
    public Optional<TenantPolicy> find(String tenantId) {
        return entity(tenantId).map(TenantPolicies::of);
    }

    /** Every stored policy of the realm, by tenant id. */
    public List<TenantPolicy> all() {
        return em.createNamedQuery("tssoTenantPoliciesOfRealm", TenantPolicyEntity.class)
                .setParameter("realmId", realmId)
                .getResultStream()
                .map(TenantPolicies::of)
                .toList();
    }

    public TenantPolicy put(String tenantId, SignInMethods methods, Mfa mfa, SessionLimits limits, long now) {
        TenantPolicyEntity entity = entity(tenantId).orElse(null);
        boolean created = entity == null;
        if (created) {
            entity = new TenantPolicyEntity();
            entity.setOrganizationId(tenantId);
            entity.setRealmId(realmId);
        }
        entity.setSignInMethods(methods.name());
        entity.setMfa(mfa.name());
        entity.setMaxSessionAge(limits.maxSessionAgeSeconds());
        entity.setMaxIdle(limits.maxIdleSeconds());
        entity.setUpdatedAt(now);
        if (created) {
            em.persist(entity);
        }
        return of(entity);
    }

    /** @return whether a stored policy was removed */
    public boolean remove(String tenantId) {
        Optional<TenantPolicyEntity> entity = entity(tenantId);
        entity.ifPresent(em::remove);
        return entity.isPresent();
    }

    private Optional<TenantPolicyEntity> entity(String tenantId) {
        return Optional.ofNullable(em.find(TenantPolicyEntity.class, tenantId))
                .filter(entity -> realmId.equals(entity.getRealmId()));
    }

    private static TenantPolicy of(TenantPolicyEntity entity) {
        return new TenantPolicy(
                entity.getOrganizationId(),
                SignInMethods.ofStored(entity.getSignInMethods()),
                Mfa.ofStored(entity.getMfa()),
                new SessionLimits(entity.getMaxSessionAge(), entity.getMaxIdle()),
                entity.getUpdatedAt());
    }
}
