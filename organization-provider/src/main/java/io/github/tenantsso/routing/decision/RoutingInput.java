package io.github.tenantsso.routing.decision;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a routing decision depends on, gathered by {@link RoutingInputs#gather} for the login and for discovery
 * alike.
 *
 * @param domain          the normalized domain of the e-mail being signed in
 * @param hint            the tenant the request names, if any
 * @param remembered      whether this browser remembers a sign-in with this e-mail (the routing authenticator's
 *                        cookie), never whether an account exists; always false for discovery
 * @param activeTenant    the tenant that sign-in landed in, if remembered
 * @param policy          the realm's routing policy
 * @param candidates      the usable candidate connections for the domain, in the routing index's order (best
 *                        first): the decision takes the first that fits and sorts nothing itself
 * @param claimingTenants the enabled tenants with a verified claim on the domain, first created first
 */
public record RoutingInput(
        DomainName domain,
        TenantHint hint,
        boolean remembered,
        Optional<String> activeTenant,
        RoutingPolicy policy,
        List<Candidate> candidates,
        List<String> claimingTenants) {

    public RoutingInput {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(activeTenant, "activeTenant");
        Objects.requireNonNull(policy, "policy");
        candidates = List.copyOf(candidates);
        claimingTenants = List.copyOf(claimingTenants);
    }
}
