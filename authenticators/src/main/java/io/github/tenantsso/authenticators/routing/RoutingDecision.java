package io.github.tenantsso.authenticators.routing;

import java.util.Comparator;
import java.util.List;

import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.SsoOptions;
import io.github.tenantsso.routing.TenantHint;

/**
 * The routing decision table of the design: the rows that do not depend on the user are {@link SsoOptions}, which
 * public discovery shares; this adds the one that does, an existing user's active tenant.
 */
public final class RoutingDecision {

    private RoutingDecision() {
    }

    public static RoutingOutcome decide(RoutingInput input) {
        List<Candidate> candidates = canonicalOrder(input.candidates(), input.claimingTenants());
        if (input.hint() instanceof TenantHint.None && input.claimingTenants().size() > 1
                && input.remembered() && input.policy().activeTenantLogin()
                && input.activeTenant().filter(input.claimingTenants()::contains).isPresent()) {
            String active = input.activeTenant().get();
            List<Candidate> ofActive = candidates.stream().filter(c -> c.tenantId().equals(active)).toList();
            return ofActive.isEmpty()
                    ? new RoutingOutcome.DefaultMethod(RoutingOutcome.Reason.ACTIVE_TENANT)
                    : new RoutingOutcome.Redirect(ofActive.get(0), RoutingOutcome.Reason.ACTIVE_TENANT);
        }
        SsoOptions options = SsoOptions.decide(candidates, input.claimingTenants(), input.hint(), input.policy().ambiguousNewUser());
        RoutingOutcome.Reason reason = reason(input.hint(), options);
        return switch (options.reason()) {
            case AMBIGUOUS -> new RoutingOutcome.Blocked(reason);
            case NO_SSO -> new RoutingOutcome.DefaultMethod(reason);
            case SSO, FIRST_CREATED -> new RoutingOutcome.Redirect(options.connections().get(0), reason);
        };
    }

    /**
     * Candidates ordered by their tenant's place among the claimants (first created first), a tenant's own connections
     * before trusted ones, then by the connection's binding time and alias: the same outcome whatever order the
     * caller passed them in.
     */
    private static List<Candidate> canonicalOrder(List<Candidate> candidates, List<String> claimingTenants) {
        return candidates.stream()
                .sorted(Comparator.<Candidate>comparingInt(c -> rank(claimingTenants, c.tenantId()))
                        .thenComparing(Candidate::external)
                        .thenComparingLong(Candidate::connectionCreatedAt)
                        .thenComparing(Candidate::connectionAlias)
                        .thenComparing(Candidate::tenantId))
                .toList();
    }

    private static int rank(List<String> claimingTenants, String tenantId) {
        int index = claimingTenants.indexOf(tenantId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static RoutingOutcome.Reason reason(TenantHint hint, SsoOptions options) {
        if (hint instanceof TenantHint.Unusable) {
            return RoutingOutcome.Reason.HINT_UNUSABLE;
        }
        if (hint instanceof TenantHint.Tenant) {
            return options.connections().isEmpty() ? RoutingOutcome.Reason.HINT_WITHOUT_SSO : RoutingOutcome.Reason.HINT;
        }
        return switch (options.reason()) {
            case SSO -> RoutingOutcome.Reason.SINGLE_TENANT;
            case NO_SSO -> RoutingOutcome.Reason.NO_SSO;
            case AMBIGUOUS -> RoutingOutcome.Reason.AMBIGUOUS;
            case FIRST_CREATED -> RoutingOutcome.Reason.FIRST_CREATED;
        };
    }
}
