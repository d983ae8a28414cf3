package io.github.tenantsso.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.landing.Landing;
import io.github.tenantsso.landing.LandingInput;
import io.github.tenantsso.landing.LandingOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of session exchange over generated connections, trusts and memberships (fixed seed, so a failure names
 * its input and reproduces).
 */
class TenantSwitchPropertiesTest {

    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3", "t4", "t5");

    record Case(LandingInput input, String target, Set<String> left) {}

    static Stream<Case> cases() {
        Random random = new Random(20261122L);
        return IntStream.range(0, 500).mapToObj(i -> {
            String owner = TENANTS.get(random.nextInt(TENANTS.size()));
            Map<String, Boolean> trusting = new HashMap<>();
            List<String> memberships = new ArrayList<>();
            for (String tenant : TENANTS) {
                if (!tenant.equals(owner) && random.nextInt(3) == 0) {
                    trusting.put(tenant, random.nextBoolean());
                }
                if (random.nextInt(3) == 0) {
                    memberships.add(tenant);
                }
            }
            LandingInput input = new LandingInput(
                    owner, random.nextBoolean(), trusting, memberships, Optional.empty(), random.nextInt(5) > 0);
            Set<String> left = new HashSet<>();
            for (String tenant : TENANTS) {
                if (!memberships.contains(tenant) && random.nextInt(4) == 0) {
                    left.add(tenant);
                }
            }
            return new Case(input, TENANTS.get(random.nextInt(TENANTS.size())), left);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverSwitchesToATenantThatNeitherOwnsNorTrustsTheConnection(Case c) {
        if (!c.target().equals(c.input().ownerTenant())
                && !c.input().trustingJit().containsKey(c.target())) {
            assertThat(TenantSwitch.decide(Optional.of(c.input()), c.target(), c.left()))
                    .isInstanceOf(SwitchOutcome.LoginRequired.class);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverProvisionsIntoATenantTheUserLeftDuringTheSession(Case c) {
        if (TenantSwitch.decide(Optional.of(c.input()), c.target(), c.left()) instanceof SwitchOutcome.Switch sw
                && sw.join()) {
            assertThat(c.left()).doesNotContain(c.target());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void switchesExactlyWhereALoginRoutedToTheTenantWouldLandThere(Case c) {
        SwitchOutcome outcome = TenantSwitch.decide(Optional.of(c.input()), c.target(), c.left());
        LandingOutcome routed = Landing.decide(c.input().routedTo(c.target()));
        boolean landsThere = routed instanceof LandingOutcome.Land land
                && land.tenant().equals(c.target())
                && !(land.join() && c.left().contains(c.target()));
        assertThat(outcome instanceof SwitchOutcome.Switch).isEqualTo(landsThere);
        if (outcome instanceof SwitchOutcome.Switch sw) {
            assertThat(sw.tenant()).isEqualTo(c.target());
            assertThat(sw.join()).isEqualTo(!c.input().memberships().contains(c.target()));
        }
    }
}
