package io.github.tenantsso.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Landing} over generated inputs from a fixed seed (a failure names its case and reproduces).
 */
class LandingPropertiesTest {

    private static final long SEED = 20261201L;
    private static final int CASES = 500;
    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3", "t4");

    @ParameterizedTest
    @MethodSource("cases")
    void landsOnlyInTheOwnerOrATrustingTenant(LandingInput input) {
        if (Landing.decide(input) instanceof LandingOutcome.Land land) {
            assertThat(land.tenant().equals(input.ownerTenant())
                            || input.trustingJit().containsKey(land.tenant()))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void joinsExactlyWhereTheUserIsNotYetAMemberAndOnlyByThatTenantsJit(LandingInput input) {
        if (Landing.decide(input) instanceof LandingOutcome.Land land) {
            assertThat(land.join()).isEqualTo(!input.memberships().contains(land.tenant()));
            if (land.join()) {
                boolean jit = land.tenant().equals(input.ownerTenant())
                        ? input.ownerJit()
                        : input.trustingJit().get(land.tenant());
                assertThat(jit).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void landsAHintedLoginInTheHintedTenantOrNowhere(LandingInput input) {
        String hinted = input.hintedTenant().orElse(null);
        boolean related = hinted != null
                && (hinted.equals(input.ownerTenant()) || input.trustingJit().containsKey(hinted));
        if (related && Landing.decide(input) instanceof LandingOutcome.Land land) {
            assertThat(land.tenant()).isEqualTo(hinted);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void landsALoginWithoutAHintByTheConnectionsRule(LandingInput input) {
        LandingInput unhinted = new LandingInput(
                input.ownerTenant(),
                input.ownerJit(),
                input.trustingJit(),
                input.memberships(),
                Optional.empty(),
                input.connectionEnabled());
        Optional<String> oldestTrusting = input.memberships().stream()
                .filter(input.trustingJit()::containsKey)
                .findFirst();

        LandingOutcome outcome = Landing.decide(unhinted);

        if (input.memberships().contains(input.ownerTenant())) {
            assertThat(outcome)
                    .isEqualTo(new LandingOutcome.Land(input.ownerTenant(), false, LandingOutcome.Reason.OWNER_MEMBER));
        } else if (oldestTrusting.isPresent()) {
            assertThat(outcome)
                    .isEqualTo(new LandingOutcome.Land(
                            oldestTrusting.get(), false, LandingOutcome.Reason.TRUSTING_MEMBER));
        } else if (input.ownerJit()) {
            assertThat(outcome)
                    .isEqualTo(new LandingOutcome.Land(input.ownerTenant(), true, LandingOutcome.Reason.OWNER_JIT));
        } else {
            assertThat(outcome).isEqualTo(new LandingOutcome.Refuse(LandingOutcome.Reason.NOT_A_MEMBER));
        }
    }

    static Stream<LandingInput> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generate(random));
    }

    private static LandingInput generate(Random random) {
        String owner = TENANTS.get(random.nextInt(TENANTS.size()));
        Map<String, Boolean> trusting = new HashMap<>();
        for (String tenant : TENANTS) {
            if (!tenant.equals(owner) && random.nextInt(3) == 0) {
                trusting.put(tenant, random.nextBoolean());
            }
        }
        List<String> memberships = new ArrayList<>(TENANTS);
        Collections.shuffle(memberships, random);
        memberships = memberships.subList(0, random.nextInt(TENANTS.size() + 1));
        Optional<String> hinted =
                random.nextInt(3) == 0 ? Optional.empty() : Optional.of(TENANTS.get(random.nextInt(TENANTS.size())));
        return new LandingInput(owner, random.nextBoolean(), trusting, memberships, hinted, true);
    }
}
