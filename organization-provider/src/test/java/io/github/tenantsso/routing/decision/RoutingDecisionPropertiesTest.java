package io.github.tenantsso.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.ConnectionRow;
import io.github.tenantsso.routing.DomainClaimRow;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.TenantHint;
import io.github.tenantsso.routing.TenantRow;
import io.github.tenantsso.routing.TrustRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the decision over generated inputs from a fixed seed (a failure names its case and reproduces).
 */
class RoutingDecisionPropertiesTest {

    private static final long SEED = 20261122L;
    private static final int CASES = 500;
    private static final DomainName CORP = DomainName.parse("corp.example");
    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3");

    record Case(
            TenantHint hint,
            boolean remembered,
            String activeTenant,
            RoutingPolicy policy,
            List<Candidate> candidates,
            List<String> claiming,
            long shuffleSeed) {}

    /** The decision sorts nothing: the order is the index's, whatever the order of the rows it is built from. */
    @ParameterizedTest
    @MethodSource("cases")
    void decidesTheSameWhateverTheOrderOfTheRows(Case input) {
        Rows rows = Rows.of(input);

        assertThat(decideFromIndex(input, rows.shuffled(new Random(input.shuffleSeed()))))
                .isEqualTo(decideFromIndex(input, rows));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void redirectsOnlyToAGivenCandidate(Case input) {
        RoutingOutcome outcome = decide(input, input.candidates());

        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            assertThat(input.candidates())
                    .extracting(Candidate::connectionAlias)
                    .contains(redirect.connection().connectionAlias());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRedirectsForAnUnusableHint(Case input) {
        RoutingOutcome outcome = decide(
                new Case(
                        TenantHint.unusable(),
                        input.remembered(),
                        input.activeTenant(),
                        input.policy(),
                        input.candidates(),
                        input.claiming(),
                        input.shuffleSeed()),
                input.candidates());

        assertThat(outcome).isInstanceOf(RoutingOutcome.DefaultMethod.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRedirectsAHintedTenantToAConnectionItNeitherOwnsNorTrustsNorClaimsThrough(Case input) {
        if (input.hint() instanceof TenantHint.Tenant tenant
                && decide(input, input.candidates()) instanceof RoutingOutcome.Redirect redirect) {
            Candidate chosen = redirect.connection();
            assertThat(chosen.ownerTenantId().equals(tenant.tenantId())
                            || tenant.trustedConnections().contains(chosen.connectionAlias())
                            || input.candidates().stream()
                                    .anyMatch(c -> c.connectionAlias().equals(chosen.connectionAlias())
                                            && c.tenantId().equals(tenant.tenantId())))
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

    /** The rows that yield the case's candidates: its claimants claim the domain in order (ties two by two). */
    record Rows(
            List<TenantRow> tenants,
            List<DomainClaimRow> claims,
            List<ConnectionRow> connections,
            List<TrustRow> trusts) {

        static Rows of(Case input) {
            List<DomainClaimRow> claims = IntStream.range(0, input.claiming().size())
                    .mapToObj(i -> new DomainClaimRow(input.claiming().get(i), CORP, false, true, i / 2))
                    .toList();
            Map<String, ConnectionRow> connections = new LinkedHashMap<>();
            Set<TrustRow> trusts = new LinkedHashSet<>();
            for (Candidate candidate : input.candidates()) {
                connections.putIfAbsent(
                        candidate.connectionAlias(),
                        new ConnectionRow(
                                candidate.connectionAlias(),
                                candidate.ownerTenantId(),
                                true,
                                candidate.connectionCreatedAt()));
                if (candidate.external()) {
                    trusts.add(new TrustRow(candidate.tenantId(), candidate.connectionAlias(), 1));
                }
            }
            return new Rows(
                    TENANTS.stream().map(t -> new TenantRow(t, t, true)).toList(),
                    claims,
                    List.copyOf(connections.values()),
                    List.copyOf(trusts));
        }

        Rows shuffled(Random random) {
            return new Rows(
                    shuffle(tenants, random),
                    shuffle(claims, random),
                    shuffle(connections, random),
                    shuffle(trusts, random));
        }

        DomainIndex index() {
            return DomainIndex.build(tenants, claims, connections, trusts);
        }

        private static <T> List<T> shuffle(List<T> rows, Random random) {
            List<T> copy = new ArrayList<>(rows);
            Collections.shuffle(copy, random);
            return copy;
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generate(random));
    }

    private static Case generate(Random random) {
        List<String> tenants = TENANTS;
        List<String> claiming = new ArrayList<>(tenants.subList(0, random.nextInt(tenants.size() + 1)));
        Collections.shuffle(claiming, random);
        List<Candidate> candidates = new ArrayList<>();
        for (String tenant : claiming) {
            int connections = random.nextInt(3);
            for (int c = 0; c < connections; c++) {
                boolean external = random.nextBoolean();
                String owner = external ? tenants.get(random.nextInt(tenants.size())) : tenant;
                candidates.add(
                        new Candidate(owner + "-sso-" + c, owner, tenant, !owner.equals(tenant), random.nextInt(5)));
            }
        }
        TenantHint hint = switch (random.nextInt(3)) {
            case 0 -> TenantHint.none();
            case 1 -> TenantHint.unusable();
            default ->
                TenantHint.tenant(
                        tenants.get(random.nextInt(tenants.size())),
                        random.nextBoolean()
                                ? Set.of()
                                : Set.of(tenants.get(random.nextInt(tenants.size())) + "-sso-0"));
        };
        RoutingPolicy policy = new RoutingPolicy(
                true,
                random.nextBoolean() ? AmbiguousNewUser.BLOCK : AmbiguousNewUser.FIRST_CREATED,
                random.nextBoolean(),
                "tenantId");
        String active = random.nextBoolean() ? tenants.get(random.nextInt(tenants.size())) : null;
        return new Case(hint, random.nextBoolean(), active, policy, candidates, claiming, random.nextLong());
    }

    private static RoutingOutcome decideFromIndex(Case input, Rows rows) {
        DomainIndex index = rows.index();
        return decide(input, index.candidates(CORP), List.copyOf(index.tenantsClaiming(CORP)));
    }

    private static RoutingOutcome decide(Case input, List<Candidate> candidates, List<String> claiming) {
        return RoutingDecisionTest.decide(
                input.hint(), input.remembered(), input.activeTenant(), input.policy(), candidates, claiming);
    }

    private static RoutingOutcome decide(Case input, List<Candidate> candidates) {
        return RoutingDecisionTest.decide(
                input.hint(), input.remembered(), input.activeTenant(), input.policy(), candidates, input.claiming());
    }
}
