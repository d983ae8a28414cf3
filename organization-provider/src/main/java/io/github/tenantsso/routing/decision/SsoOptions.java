package io.github.tenantsso.routing.decision;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;
import java.util.List;
import java.util.Objects;

/**
 * The SSO connections routing offers an anonymous caller for an e-mail domain: the rows of {@link RoutingDecision}'s
 * table that do not depend on who the user is (all but row 4). Public discovery answers with exactly this, so it can
 * never say more than a login would show.
 *
 * @param connections the candidates to offer, in routing order; empty means the realm's default sign-in method
 * @param reason      why
 */
public record SsoOptions(List<Candidate> connections, Reason reason) {

    public enum Reason {
        /** Only one tenant claims the domain, or the hint named a tenant with SSO for it. */
        SSO,
        /** No verified claim, no usable connection, or a hint naming no tenant with SSO here (indistinguishable). */
        NO_SSO,
        /** Several tenants claim the domain and the policy blocks guessing: the organization's own link is needed. */
        AMBIGUOUS,
        /** Several tenants claim the domain; the first created one is taken. */
        FIRST_CREATED
    }

    public SsoOptions {
        connections = List.copyOf(connections);
        Objects.requireNonNull(reason);
    }

    /**
     * @param candidates       the usable candidates for the domain, in the index's order
     * @param claimingTenants  the enabled tenants with a verified claim on the domain, first created first
     * @param hint             the tenant the request names, if any
     * @param ambiguousNewUser the realm's policy for a domain several tenants claim
     */
    static SsoOptions decide(
            List<Candidate> candidates,
            List<String> claimingTenants,
            TenantHint hint,
            AmbiguousNewUser ambiguousNewUser) {
        if (hint instanceof TenantHint.Unusable) {
            return none();
        }
        if (hint instanceof TenantHint.Tenant tenant) {
            List<Candidate> usable = candidates.stream()
                    .filter(c -> c.ownerTenantId().equals(tenant.tenantId())
                            || c.tenantId().equals(tenant.tenantId())
                            || tenant.trustedConnections().contains(c.connectionAlias()))
                    .map(c -> c.tenantId().equals(tenant.tenantId()) ? c : asSeenBy(c, tenant.tenantId()))
                    .distinct()
                    .toList();
            return usable.isEmpty() ? none() : new SsoOptions(usable, Reason.SSO);
        }
        if (claimingTenants.size() > 1) {
            if (ambiguousNewUser == AmbiguousNewUser.BLOCK) {
                return new SsoOptions(List.of(), Reason.AMBIGUOUS);
            }
            List<Candidate> first = ofTenant(candidates, claimingTenants.get(0));
            return first.isEmpty() ? none() : new SsoOptions(first, Reason.FIRST_CREATED);
        }
        return candidates.isEmpty() ? none() : new SsoOptions(candidates, Reason.SSO);
    }

    private static List<Candidate> ofTenant(List<Candidate> candidates, String tenant) {
        return candidates.stream().filter(c -> c.tenantId().equals(tenant)).toList();
    }

    private static Candidate asSeenBy(Candidate candidate, String tenant) {
        return new Candidate(
                candidate.connectionAlias(),
                candidate.ownerTenantId(),
                tenant,
                !candidate.ownerTenantId().equals(tenant),
                candidate.connectionCreatedAt());
    }

    private static SsoOptions none() {
        return new SsoOptions(List.of(), Reason.NO_SSO);
    }
}
