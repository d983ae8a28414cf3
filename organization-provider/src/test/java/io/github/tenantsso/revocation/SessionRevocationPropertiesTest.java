package io.github.tenantsso.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of revocation over generated sessions (fixed seed, so a failure names its input and reproduces).
 */
class SessionRevocationPropertiesTest {

    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3");
    private static final List<String> CONNECTIONS = List.of("c0", "c1");

    record Case(SessionFacts session, Revoked revoked) {}

    static Stream<Case> cases() {
        Random random = new Random(20261201L);
        return IntStream.range(0, 500).mapToObj(i -> {
            Set<String> tenants = new HashSet<>();
            TENANTS.stream().filter(tenant -> random.nextInt(3) == 0).forEach(tenants::add);
            boolean landed = !tenants.isEmpty();
            SessionFacts session = new SessionFacts(
                    landed ? Optional.of(tenants.iterator().next()) : Optional.empty(),
                    tenants,
                    landed ? Optional.of(CONNECTIONS.get(random.nextInt(CONNECTIONS.size()))) : Optional.empty());
            String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
            Revoked revoked = random.nextBoolean()
                    ? new Revoked.Membership(tenant, random.nextBoolean())
                    : new Revoked.Trust(tenant, CONNECTIONS.get(random.nextInt(CONNECTIONS.size())));
            return new Case(session, revoked);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noSessionThatWasEverInTheRevokedTenantThroughTheRevokedGrantSurvives(Case c) {
        SessionFate fate = SessionRevocation.decide(c.session(), c.revoked());
        if (c.revoked() instanceof Revoked.Membership m && c.session().tenants().contains(m.tenant())) {
            assertThat(fate).isEqualTo(new SessionFate.End());
        }
        if (c.revoked() instanceof Revoked.Trust t
                && c.session().tenants().contains(t.trustingTenant())
                && c.session().connection().equals(Optional.of(t.connection()))) {
            assertThat(fate).isEqualTo(new SessionFate.End());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aSessionThatSurvivesARemovalRemembersIt(Case c) {
        if (c.revoked() instanceof Revoked.Membership m) {
            assertThat(SessionRevocation.decide(c.session(), c.revoked()))
                    .isIn(new SessionFate.End(), new SessionFate.Remember(m.tenant()));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void severingNeverEndsASessionThatWasNeverInTheTrustingTenant(Case c) {
        if (c.revoked() instanceof Revoked.Trust t && !c.session().tenants().contains(t.trustingTenant())) {
            assertThat(SessionRevocation.decide(c.session(), c.revoked())).isEqualTo(new SessionFate.Keep());
        }
    }
}
