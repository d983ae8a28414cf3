package io.github.tenantsso.landing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.landing.LandingOutcome.Land;
import io.github.tenantsso.landing.LandingOutcome.Reason;
import io.github.tenantsso.landing.LandingOutcome.Refuse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LandingTest {

    @Test
    void landsAMemberInTheTenantTheHintNamed() {
        assertThat(decide("acme", false, Map.of("globex", false), List.of("acme", "globex"), "globex"))
                .isEqualTo(new Land("globex", false, Reason.ROUTED_MEMBER));
    }

    @Test
    void provisionsANewUserIntoTheHintedTenantOnlyWhereItsJitIsOn() {
        assertThat(decide("acme", true, Map.of(), List.of(), "acme"))
                .isEqualTo(new Land("acme", true, Reason.ROUTED_JIT));
        assertThat(decide("acme", false, Map.of(), List.of(), "acme"))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER_OF_ROUTED_TENANT));
    }

    @Test
    void provisionsThroughATrustByTheTrustingTenantsOwnJitSetting() {
        assertThat(decide("acme", false, Map.of("globex", true), List.of(), "globex"))
                .isEqualTo(new Land("globex", true, Reason.ROUTED_JIT));
        assertThat(decide("acme", true, Map.of("globex", false), List.of(), "globex"))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER_OF_ROUTED_TENANT));
    }

    @Test
    void neverLandsAHintedLoginElsewhereThanTheHintedTenant() {
        assertThat(decide("acme", true, Map.of("globex", false), List.of("acme"), "globex"))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER_OF_ROUTED_TENANT));
    }

    @Test
    void landsAnIdpInitiatedLoginInTheOwnerWhenTheUserIsAMember() {
        assertThat(decide("acme", false, Map.of("globex", false), List.of("globex", "acme"), null))
                .isEqualTo(new Land("acme", false, Reason.OWNER_MEMBER));
    }

    @Test
    void landsAnIdpInitiatedLoginInTheOldestMembershipAmongTrustingTenants() {
        assertThat(decide(
                        "acme",
                        false,
                        Map.of("globex", false, "initech", false),
                        List.of("other", "initech", "globex"),
                        null))
                .isEqualTo(new Land("initech", false, Reason.TRUSTING_MEMBER));
    }

    @Test
    void provisionsAnIdpInitiatedNewUserIntoTheOwnerOnlyWhereItsJitIsOn() {
        assertThat(decide("acme", true, Map.of(), List.of("other"), null))
                .isEqualTo(new Land("acme", true, Reason.OWNER_JIT));
        assertThat(decide("acme", false, Map.of("globex", true), List.of("other"), null))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER));
    }

    @Test
    void ignoresAHintedTenantThatNeitherOwnsNorTrustsTheConnection() {
        assertThat(decide("acme", false, Map.of(), List.of("acme"), "other"))
                .isEqualTo(new Land("acme", false, Reason.OWNER_MEMBER));
        assertThat(decide("acme", false, Map.of(), List.of("other"), "other"))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER));
    }

    @Test
    void aDisabledConnectionLandsNobodyNotEvenAMemberOfItsOwner() {
        assertThat(Landing.decide(new LandingInput(
                        "acme", true, Map.of("globex", true), List.of("acme"), Optional.of("acme"), false)))
                .isEqualTo(new Refuse(Reason.CONNECTION_DISABLED));
        assertThat(Landing.decide(new LandingInput("acme", true, Map.of(), List.of(), Optional.empty(), false)))
                .isEqualTo(new Refuse(Reason.CONNECTION_DISABLED));
    }

    @Test
    void landsALoginWithoutAHintOfAMemberOfATrustingTenantThereAndNeverProvisionsItIntoTheOwner() {
        assertThat(decide("acme", true, Map.of("globex", false), List.of("globex"), null))
                .isEqualTo(new Land("globex", false, Reason.TRUSTING_MEMBER));
        assertThat(decide("acme", true, Map.of("globex", false, "initech", false), List.of("initech", "globex"), null))
                .isEqualTo(new Land("initech", false, Reason.TRUSTING_MEMBER));
    }

    @Test
    void decidesANewAccountByTheOwnersJitAlone() {
        assertThat(decide("acme", false, Map.of("globex", true), List.of(), null))
                .isEqualTo(new Refuse(Reason.NOT_A_MEMBER));
        assertThat(decide("acme", true, Map.of("globex", true), List.of(), null))
                .isEqualTo(new Land("acme", true, Reason.OWNER_JIT));
    }

    static LandingOutcome decide(
            String owner, boolean ownerJit, Map<String, Boolean> trusting, List<String> memberships, String hinted) {
        return Landing.decide(
                new LandingInput(owner, ownerJit, trusting, memberships, Optional.ofNullable(hinted), true));
    }
}
