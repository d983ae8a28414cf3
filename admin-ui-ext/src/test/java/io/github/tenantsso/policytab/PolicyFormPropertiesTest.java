package io.github.tenantsso.policytab;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tab's form and the policy over pairs of policies generated from a fixed seed.
 */
class PolicyFormPropertiesTest {

    private static final long SEED = 0x7ab5L;
    private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String REST = FIRST + "0123456789_.-";

    static Stream<Arguments> policyPairs() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(policy(random), policy(random)));
    }

    private static RoutingPolicy policy(Random random) {
        while (true) {
            StringBuilder hint = new StringBuilder().append(FIRST.charAt(random.nextInt(FIRST.length())));
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                hint.append(REST.charAt(random.nextInt(REST.length())));
            }
            try {
                return new RoutingPolicy(
                        random.nextBoolean(),
                        AmbiguousNewUser.values()[random.nextInt(2)],
                        random.nextBoolean(),
                        hint.toString());
            } catch (IllegalArgumentException reserved) {
                // A generated name that is a protocol parameter: draw again.
            }
        }
    }

    @ParameterizedTest
    @MethodSource("policyPairs")
    void aWrittenFormReadsBackAsItsPolicyWhateverThePolicyBefore(RoutingPolicy policy, RoutingPolicy before) {
        assertThat(PolicyForm.patch(PolicyForm.write(policy)).applyTo(before)).isEqualTo(policy);
    }

    @ParameterizedTest
    @MethodSource("policyPairs")
    void anEmptyFormChangesNothing(RoutingPolicy policy, RoutingPolicy unused) {
        assertThat(PolicyForm.patch(Map.of()).applyTo(policy)).isEqualTo(policy);
    }

    @ParameterizedTest
    @MethodSource("policyPairs")
    void aFormShowsTwoPoliciesOnlyWhenTheyAreEqual(RoutingPolicy policy, RoutingPolicy other) {
        assertThat(PolicyForm.shows(PolicyForm.write(policy), other)).isEqualTo(policy.equals(other));
    }

    @ParameterizedTest
    @MethodSource("policyPairs")
    void oneChangedFieldChangesOnlyThatField(RoutingPolicy policy, RoutingPolicy other) {
        RoutingPolicy changed = PolicyForm.patch(Map.of("hintParameter", List.of(other.hintParameter())))
                .applyTo(policy);

        assertThat(changed)
                .isEqualTo(new RoutingPolicy(
                        policy.crossTenantDomainSharing(),
                        policy.ambiguousNewUser(),
                        policy.activeTenantLogin(),
                        other.hintParameter()));
    }
}
