package io.github.tenantsso.authenticators.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;

/**
 * Everything a routing decision depends on, gathered by the authenticator before deciding.
 *
 * @param domain          the normalized domain of the e-mail being signed in
 * @param hint            the tenant the request names, if any
 * @param remembered      whether this browser remembers a sign-in with this e-mail ({@link
 *                        io.github.tenantsso.authenticators.landing.RememberedTenant}), never whether an account exists
 * @param activeTenant    the tenant that sign-in landed in, if remembered
 * @param policy          the realm's routing policy
 * @param candidates      the usable candidate connections for the domain, best first
 * @param claimingTenants the enabled tenants with a verified claim on the domain, first created first
 */
public record RoutingInput(DomainName domain, TenantHint hint, boolean remembered, Optional<String> activeTenant,
                           RoutingPolicy policy, List<Candidate> candidates, List<String> claimingTenants) {

    public RoutingInput {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(activeTenant, "activeTenant");
        Objects.requireNonNull(policy, "policy");
        candidates = List.copyOf(candidates);
        claimingTenants = List.copyOf(claimingTenants);
    }
}
