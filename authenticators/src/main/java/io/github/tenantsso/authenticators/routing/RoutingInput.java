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
 * @param userExists      whether the realm has a user with this e-mail
 * @param activeTenant    that user's active tenant, if any
 * @param policy          the realm's routing policy
 * @param candidates      the usable candidate connections for the domain, best first
 * @param claimingTenants the enabled tenants with a verified claim on the domain, first created first
 */
public record RoutingInput(DomainName domain, TenantHint hint, boolean userExists, Optional<String> activeTenant,
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
