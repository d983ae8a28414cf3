package io.github.tenantsso.routing.decision;

import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;
import java.util.List;

/**
 * Where a login goes after the e-mail step: the routing decision table, the only place it is decided. The login
 * ({@link #decide}) and public discovery ({@link #options}) both decide from a {@link RoutingInput} of
 * {@link RoutingInputs#gather}, so discovery answers from the same rows a login would take.
 *
 * <p>The candidates and the claimants come in the routing index's order (claimants by their matching claim's
 * creation, a tenant's own connections before the ones it trusts, then by binding time and alias); "first" below
 * means first in that order. The first row that applies decides:
 *
 * <table>
 * <caption>Routing decision table</caption>
 * <tr><th>#</th><th>hint</th><th>claimants of the domain</th><th>browser</th><th>outcome</th><th>reason</th></tr>
 * <tr><td>1</td><td>names no enabled tenant</td><td>any</td><td>any</td><td>default method</td><td>HINT_UNUSABLE</td></tr>
 * <tr><td>2</td><td>tenant T</td><td>any</td><td>any</td><td>redirect to the first candidate T owns, claims the
 * domain through or trusts</td><td>HINT</td></tr>
 * <tr><td>3</td><td>tenant T, no such candidate</td><td>any</td><td>any</td><td>default method</td>
 * <td>HINT_WITHOUT_SSO</td></tr>
 * <tr><td>4</td><td>none</td><td>several</td><td>remembers a tenant among them, and the policy's active tenant
 * login is on</td><td>redirect to that tenant's first candidate, else default method</td><td>ACTIVE_TENANT</td></tr>
 * <tr><td>5</td><td>none</td><td>several</td><td>any other</td><td>policy {@code BLOCK}: blocked (the
 * organization's own sign-in link is needed; the user may continue with the default method)</td><td>AMBIGUOUS</td></tr>
 * <tr><td>6</td><td>none</td><td>several</td><td>any other</td><td>policy {@code FIRST_CREATED}: redirect to the
 * first claimant's first candidate, else default method</td><td>FIRST_CREATED, else NO_SSO</td></tr>
 * <tr><td>7</td><td>none</td><td>one or none</td><td>any</td><td>redirect to the first candidate, else default
 * method</td><td>SINGLE_TENANT, else NO_SSO</td></tr>
 * </table>
 *
 * <p>Only row 4 depends on who signs in, and only through what the browser remembers (never whether an account
 * exists): the other rows are {@link SsoOptions}, all that discovery answers. An unusable hint (row 1) gets the
 * answer of a tenant without SSO (row 3), so a prober learns nothing from a wrong hint.
 */
public final class RoutingDecision {

    private RoutingDecision() {}

    /** The login's decision: every row. */
    public static RoutingOutcome decide(RoutingInput input) {
        if (input.hint() instanceof TenantHint.None
                && input.claimingTenants().size() > 1
                && input.remembered()
                && input.policy().activeTenantLogin()
                && input.activeTenant()
                        .filter(input.claimingTenants()::contains)
                        .isPresent()) {
            String active = input.activeTenant().get();
            List<Candidate> ofActive = input.candidates().stream()
                    .filter(c -> c.tenantId().equals(active))
                    .toList();
            return ofActive.isEmpty()
                    ? new RoutingOutcome.DefaultMethod(RoutingOutcome.Reason.ACTIVE_TENANT)
                    : new RoutingOutcome.Redirect(ofActive.get(0), RoutingOutcome.Reason.ACTIVE_TENANT);
        }
        SsoOptions options = options(input);
        RoutingOutcome.Reason reason = reason(input.hint(), options);
        return switch (options.reason()) {
            case AMBIGUOUS -> new RoutingOutcome.Blocked(reason);
            case NO_SSO -> new RoutingOutcome.DefaultMethod(reason);
            case SSO, FIRST_CREATED ->
                new RoutingOutcome.Redirect(options.connections().get(0), reason);
        };
    }

    /** The rows that do not depend on who signs in (all but row 4): what discovery tells an anonymous caller. */
    public static SsoOptions options(RoutingInput input) {
        return SsoOptions.decide(
                input.candidates(),
                input.claimingTenants(),
                input.hint(),
                input.policy().ambiguousNewUser());
    }

    private static RoutingOutcome.Reason reason(TenantHint hint, SsoOptions options) {
        if (hint instanceof TenantHint.Unusable) {
            return RoutingOutcome.Reason.HINT_UNUSABLE;
        }
        if (hint instanceof TenantHint.Tenant) {
            return options.connections().isEmpty()
                    ? RoutingOutcome.Reason.HINT_WITHOUT_SSO
                    : RoutingOutcome.Reason.HINT;
        }
        return switch (options.reason()) {
            case SSO -> RoutingOutcome.Reason.SINGLE_TENANT;
            case NO_SSO -> RoutingOutcome.Reason.NO_SSO;
            case AMBIGUOUS -> RoutingOutcome.Reason.AMBIGUOUS;
            case FIRST_CREATED -> RoutingOutcome.Reason.FIRST_CREATED;
        };
    }
}
