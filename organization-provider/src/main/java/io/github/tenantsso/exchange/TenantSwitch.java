package io.github.tenantsso.exchange;

import io.github.tenantsso.landing.Landing;
import io.github.tenantsso.landing.LandingInput;
import io.github.tenantsso.landing.LandingOutcome;
import java.util.Optional;
import java.util.Set;

/**
 * Session exchange: a session may move to tenant D without a new sign-in only where a fresh login through the same
 * connection, routed to D, would land in D. So the connection's binding must be enabled, D must own or trust the
 * session's connection, and the user must be D's member or one D provisions just in time through it; and never
 * provisioned back into a tenant the user left while the session lived.
 */
public final class TenantSwitch {

    private TenantSwitch() {}

    /**
     * @param connection what a landing through the session's connection depends on; empty when the session did not
     *                   sign in through a tenant's connection
     * @param tenant     the tenant to switch to
     * @param left       the tenants the user left while the session lived
     */
    public static SwitchOutcome decide(Optional<LandingInput> connection, String tenant, Set<String> left) {
        if (connection.isEmpty()) {
            return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.NO_CONNECTION);
        }
        LandingInput input = connection.get();
        LandingOutcome landing = Landing.decide(input.routedTo(tenant));
        if (landing.reason() == LandingOutcome.Reason.CONNECTION_DISABLED) {
            return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.CONNECTION_DISABLED);
        }
        if (!tenant.equals(input.ownerTenant()) && !input.trustingJit().containsKey(tenant)) {
            return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.CONNECTION_NOT_TRUSTED);
        }
        if (landing instanceof LandingOutcome.Land land) {
            if (land.join() && left.contains(tenant)) {
                return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.LEFT_DURING_SESSION);
            }
            return new SwitchOutcome.Switch(land.tenant(), land.join());
        }
        return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.NOT_A_MEMBER);
    }
}
