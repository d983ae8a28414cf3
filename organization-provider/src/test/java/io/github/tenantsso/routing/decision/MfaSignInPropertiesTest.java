package io.github.tenantsso.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.routing.decision.MfaSignInInput.Password;
import io.github.tenantsso.routing.decision.MfaSignInInput.Sso;
import io.github.tenantsso.routing.decision.MfaSignInInput.Tenant;
import io.github.tenantsso.signin.Mfa;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the MFA rule over generated tenants, sign-ins and assertions (fixed seed, so a failure names its
 * input and reproduces).
 */
class MfaSignInPropertiesTest {

    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3");
    private static final List<String> VALUES = List.of("0", "1", "mfa", "otp", "pwd", "urn:ac:mfa");

    record Case(List<Tenant> tenants, MfaSignInInput.SignIn signIn) {

        MfaSignIn.Outcome outcome() {
            return MfaSignIn.decide(new MfaSignInInput(tenants, signIn));
        }

        boolean password() {
            return signIn instanceof Password;
        }

        boolean assertsAccepted() {
            return signIn instanceof Sso sso && sso.asserted().stream().anyMatch(sso.accepted()::contains);
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(20261208L);
        return IntStream.range(0, 400).mapToObj(i -> {
            List<Tenant> tenants = new ArrayList<>();
            for (String id : TENANTS) {
                if (random.nextBoolean()) {
                    tenants.add(new Tenant(id, Mfa.values()[random.nextInt(Mfa.values().length)]));
                }
            }
            MfaSignInInput.SignIn signIn =
                    random.nextInt(3) == 0 ? new Password() : new Sso(some(random), new HashSet<>(some(random)));
            return new Case(tenants, signIn);
        });
    }

    private static List<String> some(Random random) {
        List<String> values = new ArrayList<>();
        for (String value : VALUES) {
            if (random.nextInt(4) == 0) {
                values.add(value);
            }
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aSecondFactorIsDueExactlyWhenATenantRequiresItAndNoAcceptedAssertionCovers(Case c) {
        boolean required = c.tenants().stream().anyMatch(t -> t.mfa().requiresSecondFactor(c.password()));

        assertThat(c.outcome() instanceof MfaSignIn.SecondFactorRequired).isEqualTo(required && !c.assertsAccepted());
        assertThat(c.outcome() instanceof MfaSignIn.AssertedByIdentityProvider)
                .isEqualTo(required && c.assertsAccepted());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPasswordSignInIsNeverCoveredByAnAssertionAndOffTenantsNeverAsk(Case c) {
        if (c.password()) {
            assertThat(c.outcome()).isNotInstanceOf(MfaSignIn.AssertedByIdentityProvider.class);
        }
        if (c.tenants().stream().allMatch(t -> t.mfa() == Mfa.OFF)) {
            assertThat(c.outcome()).isInstanceOf(MfaSignIn.NotRequired.class);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOutcomeNamesTheFirstRequiringTenantAndAnAcceptedAssertedValue(Case c) {
        MfaSignIn.Outcome outcome = c.outcome();
        if (outcome instanceof MfaSignIn.SecondFactorRequired required) {
            assertThat(c.tenants().stream()
                            .filter(t -> t.mfa().requiresSecondFactor(c.password()))
                            .findFirst()
                            .orElseThrow()
                            .tenantId())
                    .isEqualTo(required.tenantId());
        }
        if (outcome instanceof MfaSignIn.AssertedByIdentityProvider asserted) {
            Sso sso = (Sso) c.signIn();
            assertThat(sso.asserted()).contains(asserted.asserted());
            assertThat(sso.accepted()).contains(asserted.asserted());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aStricterTenantSettingNeverTakesTheSecondFactorAway(Case c) {
        if (!(c.outcome() instanceof MfaSignIn.SecondFactorRequired)
                || c.tenants().isEmpty()) {
            return;
        }
        List<Tenant> stricter = new ArrayList<>(c.tenants());
        Collections.reverse(stricter);
        Tenant first = stricter.get(0);
        stricter.set(0, new Tenant(first.tenantId(), Mfa.EVERY_SIGN_IN));
        assertThat(new Case(stricter, c.signIn()).outcome()).isInstanceOf(MfaSignIn.SecondFactorRequired.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void acceptedValuesReadBackWhatTheyWereWrittenFrom(Case c) {
        if (c.signIn() instanceof Sso sso) {
            Set<String> accepted = sso.accepted();
            assertThat(MfaSignIn.acceptedValues(String.join("##", accepted))).isEqualTo(accepted);
            assertThat(MfaSignIn.acceptedValues(" " + String.join(", ", accepted) + " "))
                    .isEqualTo(accepted);
        }
    }
}
