package io.github.tenantsso.model;

import java.util.List;

import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.policy.RoutingPolicy;
import org.keycloak.models.RealmModel;

/**
 * Changes a realm's routing policy with the rules every way of changing it shares (admin API, admin console tab).
 */
public final class PolicyChange {

    private PolicyChange() {
    }

    /** Fails, changing nothing, when the change would turn sharing off while domains are still shared. */
    public static void check(TenantSso model, RealmModel realm, RoutingPolicy current, RoutingPolicy updated) {
        if (current.crossTenantDomainSharing() && !updated.crossTenantDomainSharing()) {
            List<String> shared = model.claims(realm).sharedVerifiedDomains();
            if (!shared.isEmpty()) {
                throw new DomainsStillSharedException(shared);
            }
        }
    }

    /** Checks and stores the policy; storing what is already stored changes nothing. */
    public static void apply(TenantSso model, RealmModel realm, RoutingPolicy updated, long now) {
        RoutingPolicy current = model.policies().get(realm.getId());
        if (current.equals(updated)) {
            return;
        }
        check(model, realm, current, updated);
        DomainClaims claims = model.claims(realm);
        if (current.crossTenantDomainSharing() != updated.crossTenantDomainSharing()) {
            claims.guardExclusiveDomains(!updated.crossTenantDomainSharing());
        }
        // The routing index does not read the policy: storing it bumps the policy version only.
        model.policies().put(realm.getId(), updated, now);
    }
}
