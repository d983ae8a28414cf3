package io.github.tenantsso.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.exchange.SwitchOutcome.LoginRequired;
import io.github.tenantsso.exchange.SwitchOutcome.Reason;
import io.github.tenantsso.exchange.SwitchOutcome.Switch;
import io.github.tenantsso.landing.LandingInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantSwitchTest {

    @Test
    void switchesAMemberToTheTenantThatOwnsTheSessionsConnection() {
        assertThat(decide("acme", false, Map.of("globex", false), List.of("globex", "acme"), "acme"))
                .isEqualTo(new Switch("acme", false));
    }

    @Test
    void switchesAMemberToATenantThatTrustsTheSessionsConnection() {
        assertThat(decide("acme", false, Map.of("globex", false), List.of("acme", "globex"), "globex"))
                .isEqualTo(new Switch("globex", false));
    }

    @Test
    void provisionsANonMemberWhereTheTrustingTenantsJitIsOn() {
        assertThat(decide("acme", false, Map.of("globex", true), List.of("acme"), "globex"))
                .isEqualTo(new Switch("globex", true));
    }

    @Test
    void requiresALoginForATenantThatDoesNotTrustTheConnectionEvenForAMember() {
        assertThat(decide("acme", true, Map.of("globex", true), List.of("acme", "initech"), "initech"))
                .isEqualTo(new LoginRequired(Reason.CONNECTION_NOT_TRUSTED));
    }

    @Test
    void requiresALoginForANonMemberOfATrustingTenantWithoutJit() {
        assertThat(decide("acme", true, Map.of("globex", false), List.of("acme"), "globex"))
                .isEqualTo(new LoginRequired(Reason.NOT_A_MEMBER));
    }

    @Test
    void requiresALoginWhenTheSessionSignedInWithoutATenantsConnection() {
        assertThat(TenantSwitch.decide(Optional.empty(), "acme", Set.of()))
                .isEqualTo(new LoginRequired(Reason.NO_CONNECTION));
    }

    @Test
    void requiresALoginWhenTheSessionsConnectionIsDisabledEvenForAMember() {
        LandingInput disabled = new LandingInput(
                "acme", true, Map.of("globex", true), List.of("acme", "globex"), Optional.empty(), false);

        assertThat(TenantSwitch.decide(Optional.of(disabled), "globex", Set.of()))
                .isEqualTo(new LoginRequired(Reason.CONNECTION_DISABLED));
    }

    @Test
    void neverProvisionsBackATenantTheUserLeftWhileTheSessionLived() {
        LandingInput input =
                new LandingInput("acme", true, Map.of("globex", true), List.of("initech"), Optional.empty(), true);

        assertThat(TenantSwitch.decide(Optional.of(input), "acme", Set.of("acme")))
                .isEqualTo(new LoginRequired(Reason.LEFT_DURING_SESSION));
        assertThat(TenantSwitch.decide(Optional.of(input), "globex", Set.of("globex")))
                .isEqualTo(new LoginRequired(Reason.LEFT_DURING_SESSION));
        assertThat(TenantSwitch.decide(Optional.of(input), "globex", Set.of("acme")))
                .isEqualTo(new Switch("globex", true));
    }

    @Test
    void switchesToATenantTheUserLeftAndWasAddedBackTo() {
        LandingInput input = new LandingInput("acme", true, Map.of(), List.of("acme"), Optional.empty(), true);

        assertThat(TenantSwitch.decide(Optional.of(input), "acme", Set.of("acme")))
                .isEqualTo(new Switch("acme", false));
    }

    private static SwitchOutcome decide(
            String owner, boolean ownerJit, Map<String, Boolean> trusting, List<String> memberships, String tenant) {
        return TenantSwitch.decide(
                Optional.of(new LandingInput(owner, ownerJit, trusting, memberships, Optional.empty(), true)),
                tenant,
                Set.of());
    }
}
