package io.github.tenantsso.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.routing.decision.MfaSignIn.AssertedByIdentityProvider;
import io.github.tenantsso.routing.decision.MfaSignIn.NotRequired;
import io.github.tenantsso.routing.decision.MfaSignIn.Reason;
import io.github.tenantsso.routing.decision.MfaSignIn.SecondFactorRequired;
import io.github.tenantsso.routing.decision.MfaSignInInput.Password;
import io.github.tenantsso.routing.decision.MfaSignInInput.Sso;
import io.github.tenantsso.routing.decision.MfaSignInInput.Tenant;
import io.github.tenantsso.signin.InvalidTenantPolicyException;
import io.github.tenantsso.signin.Mfa;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MfaSignInTest {

    private static final Sso ASSERTS_MFA = new Sso(List.of("1"), Set.of("mfa", "1"));
    private static final Sso ASSERTS_OTHER = new Sso(List.of("0", "pwd"), Set.of("mfa"));

    private static MfaSignIn.Outcome decide(MfaSignInInput.SignIn signIn, Tenant... tenants) {
        return MfaSignIn.decide(new MfaSignInInput(List.of(tenants), signIn));
    }

    @Test
    void aUserOfNoTenantOrOfTenantsWithMfaOffIsNotAsked() {
        assertThat(decide(new Password())).isEqualTo(new NotRequired());
        assertThat(decide(ASSERTS_OTHER, new Tenant("acme", Mfa.OFF))).isEqualTo(new NotRequired());
    }

    @Test
    void passwordSignInsAreAskedUnderPasswordSignInsAndEverySignIn() {
        assertThat(decide(new Password(), new Tenant("acme", Mfa.PASSWORD_SIGN_INS)))
                .isEqualTo(new SecondFactorRequired("acme", Reason.PASSWORD_SIGN_IN));
        assertThat(decide(new Password(), new Tenant("acme", Mfa.EVERY_SIGN_IN)))
                .isEqualTo(new SecondFactorRequired("acme", Reason.PASSWORD_SIGN_IN));
    }

    @Test
    void ssoSignInsAreNotAskedUnderPasswordSignIns() {
        assertThat(decide(ASSERTS_OTHER, new Tenant("acme", Mfa.PASSWORD_SIGN_INS)))
                .isEqualTo(new NotRequired());
    }

    @Test
    void underEverySignInAnSsoSignInCountsOnlyWithAnAcceptedAssertion() {
        assertThat(decide(ASSERTS_MFA, new Tenant("acme", Mfa.EVERY_SIGN_IN)))
                .isEqualTo(new AssertedByIdentityProvider("acme", "1"));
        assertThat(decide(ASSERTS_OTHER, new Tenant("acme", Mfa.EVERY_SIGN_IN)))
                .isEqualTo(new SecondFactorRequired("acme", Reason.NOT_ASSERTED_BY_IDENTITY_PROVIDER));
        assertThat(decide(new Sso(List.of("mfa"), Set.of()), new Tenant("acme", Mfa.EVERY_SIGN_IN)))
                .as("a connection that accepts nothing never counts")
                .isInstanceOf(SecondFactorRequired.class);
    }

    @Test
    void theStrictestTenantOfTheUserDecides() {
        assertThat(decide(
                        ASSERTS_OTHER,
                        new Tenant("globex", Mfa.OFF),
                        new Tenant("initech", Mfa.PASSWORD_SIGN_INS),
                        new Tenant("acme", Mfa.EVERY_SIGN_IN)))
                .isEqualTo(new SecondFactorRequired("acme", Reason.NOT_ASSERTED_BY_IDENTITY_PROVIDER));
    }

    @Test
    void acceptedValuesAreSplitOnCommasWhiteSpaceAndKeycloaksMultiValueSeparator() {
        assertThat(MfaSignIn.acceptedValues(null)).isEmpty();
        assertThat(MfaSignIn.acceptedValues(" ,  ")).isEmpty();
        assertThat(MfaSignIn.acceptedValues("mfa, otp hwk##urn:example:ac:mfa"))
                .containsExactlyInAnyOrder("mfa", "otp", "hwk", "urn:example:ac:mfa");
    }

    @Test
    void mfaIsParsedStrictlyAndAnUnknownStoredValueIsReadAsTheStrictest() {
        assertThat(Mfa.parse(null)).isEqualTo(Mfa.OFF);
        assertThat(Mfa.parse("EVERY_SIGN_IN")).isEqualTo(Mfa.EVERY_SIGN_IN);
        assertThatThrownBy(() -> Mfa.parse("every_sign_in"))
                .isInstanceOfSatisfying(InvalidTenantPolicyException.class, e -> {
                    assertThat(e.field()).isEqualTo("mfa");
                    assertThat(e.getMessage())
                            .isEqualTo("Field 'mfa' must be one of OFF, PASSWORD_SIGN_INS, EVERY_SIGN_IN.");
                });
        assertThat(Mfa.ofStored(null)).isEqualTo(Mfa.OFF);
        assertThat(Mfa.ofStored("PASSWORD_SIGN_INS")).isEqualTo(Mfa.PASSWORD_SIGN_INS);
        assertThat(Mfa.ofStored("HARDWARE_KEYS_ONLY")).isEqualTo(Mfa.EVERY_SIGN_IN);
    }
}
