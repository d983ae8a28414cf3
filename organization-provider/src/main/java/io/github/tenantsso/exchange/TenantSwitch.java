package io.github.tenantsso.exchange;

import java.util.Optional;

import io.github.tenantsso.landing.Landing;
import io.github.tenantsso.landing.LandingInput;
import io.github.tenantsso.landing.LandingOutcome;

/**
 * Session exchange: a session may move to tenant D without a new sign-in only where a fresh login through the same
 * connection, routed to D, would land in D. So D must own or trust the session's connection, and the user must be
 * D's member or one D provisions just in time through it.
 */
public final class TenantSwitch {

    private TenantSwitch() {
    }

    /**
     * @param connection what a landing through the session's connection depends on; empty when the session did not
     *                   sign in through a tenant's connection
     * @param tenant     the tenant to switch to
     */
    public static SwitchOutcome decide(Optional<LandingInput> connection, String tenant) {
        if (connection.isEmpty()) {
            return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.NO_CONNECTION);
        }
        LandingInput input = connection.get();
        if (!tenant.equals(input.ownerTenant()) && !input.trustingJit().containsKey(tenant)) {
            return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.CONNECTION_NOT_TRUSTED);
        }
        LandingOutcome landing = Landing.decide(new LandingInput(input.ownerTenant(), input.ownerJit(), input.trustingJit(),
                input.memberships(), Optional.of(tenant)));
        if (landing instanceof LandingOutcome.Land land) {
            return new SwitchOutcome.Switch(land.tenant(), land.join());
        }
        return new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.NOT_A_MEMBER);
    }
}
