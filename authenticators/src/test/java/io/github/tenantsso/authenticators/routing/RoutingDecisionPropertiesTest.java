package io.github.tenantsso.authenticators.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the decision over generated inputs from a fixed seed (a failure names its case and reproduces).
 */
class RoutingDecisionPropertiesTest {

    private static final long SEED = 20261122L;
    private static final int CASES = 500;

    record Case(TenantHint hint, boolean remembered, String activeTenant, RoutingPolicy policy,
                List<Candidate> candidates, List<String> claiming, long shuffleSeed) {
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decidesTheSameWhateverTheOrderOfCandidates(Case input) {
        List<Candidate> shuffled = new ArrayList<>(input.candidates());
        Collections.shuffle(shuffled, new Random(input.shuffleSeed()));

        assertThat(decide(input, shuffled)).isEqualTo(decide(input, input.candidates()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void redirectsOnlyToAGivenCandidate(Case input) {
        RoutingOutcome outcome = decide(input, input.candidates());

        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            assertThat(input.candidates()).extracting(Candidate::connectionAlias).contains(redirect.connection().connectionAlias());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRedirectsForAnUnusableHint(Case input) {
        RoutingOutcome outcome = decide(new Case(TenantHint.unusable(), input.remembered(), input.activeTenant(), input.policy(),
                input.candidates(), input.claiming(), input.shuffleSeed()), input.candidates());

        assertThat(outcome).isInstanceOf(RoutingOutcome.DefaultMethod.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRedirectsAHintedTenantToAConnectionItNeitherOwnsNorTrustsNorClaimsThrough(Case input) {
        if (input.hint() instanceof TenantHint.Tenant tenant && decide(input, input.candidates()) instanceof RoutingOutcome.Redirect redirect) {
            Candidate chosen = redirect.connection();
            assertThat(chosen.ownerTenantId().equals(tenant.tenantId()) || tenant.trustedConnections().contains(chosen.connectionAlias())
                    || input.candidates().stream().anyMatch(c -> c.connectionAlias().equals(chosen.connectionAlias()) && c.tenantId().equals(tenant.tenantId())))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void namesATenantForLandingExactlyWhenTheHintNamedIt(Case input) {
        if (decide(input, input.candidates()) instanceof RoutingOutcome.Redirect redirect) {
            if (input.hint() instanceof TenantHint.Tenant tenant) {
                assertThat(redirect.hintedTenant()).contains(tenant.tenantId());
            } else {
                assertThat(redirect.hintedTenant()).isEmpty();
            }
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generate(random));
    }

    private static Case generate(Random random) {
        List<String> tenants = List.of("t0", "t1", "t2", "t3");
        List<String> claiming = new ArrayList<>(tenants.subList(0, random.nextInt(tenants.size() + 1)));
        Collections.shuffle(claiming, random);
        List<Candidate> candidates = new ArrayList<>();
        for (String tenant : claiming) {
            int connections = random.nextInt(3);
            for (int c = 0; c < connections; c++) {
                boolean external = random.nextBoolean();
                String owner = external ? tenants.get(random.nextInt(tenants.size())) : tenant;
                candidates.add(new Candidate(owner + "-sso-" + c, owner, tenant, !owner.equals(tenant), random.nextInt(5)));
            }
        }
        TenantHint hint = switch (random.nextInt(3)) {
            case 0 -> TenantHint.none();
            case 1 -> TenantHint.unusable();
            default -> TenantHint.tenant(tenants.get(random.nextInt(tenants.size())),
                    random.nextBoolean() ? Set.of() : Set.of(tenants.get(random.nextInt(tenants.size())) + "-sso-0"));
        };
        RoutingPolicy policy = new RoutingPolicy(true, random.nextBoolean() ? AmbiguousNewUser.BLOCK : AmbiguousNewUser.FIRST_CREATED,
                random.nextBoolean(), "tenantId");
        String active = random.nextBoolean() ? tenants.get(random.nextInt(tenants.size())) : null;
        return new Case(hint, random.nextBoolean(), active, policy, candidates, claiming, random.nextLong());
    }

    private static RoutingOutcome decide(Case input, List<Candidate> candidates) {
        return RoutingDecisionTest.decide(input.hint(), input.remembered(), input.activeTenant(), input.policy(), candidates, input.claiming());
    }
}
