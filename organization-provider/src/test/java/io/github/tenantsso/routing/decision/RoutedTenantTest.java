package io.github.tenantsso.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;
import io.github.tenantsso.routing.decision.RoutingOutcome.Blocked;
import io.github.tenantsso.routing.decision.RoutingOutcome.DefaultMethod;
import io.github.tenantsso.routing.decision.RoutingOutcome.Reason;
import io.github.tenantsso.routing.decision.RoutingOutcome.Redirect;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutedTenantTest {

    private static final DomainName CORP = DomainName.parse("corp.example");
    private static final Candidate TRUSTED_BY_INITECH = new Candidate("acme-sso", "acme", "initech", true, 10);

    @Test
    void settlesOnTheTenantTheRedirectLandsIn() {
        RoutingInput input = input(TenantHint.tenant("initech", Set.of("acme-sso")), List.of("acme"));

        assertThat(RoutedTenant.of(input, new Redirect(TRUSTED_BY_INITECH, Reason.HINT)))
                .contains("initech");
    }

    @Test
    void settlesOnAHintedTenantWithoutSso() {
        RoutingInput input = input(TenantHint.tenant("initech", Set.of()), List.of("acme"));

        assertThat(RoutedTenant.of(input, new DefaultMethod(Reason.HINT_WITHOUT_SSO)))
                .contains("initech");
    }

    @Test
    void settlesOnTheOneTenantThatVerifiedTheDomain() {
        assertThat(RoutedTenant.of(input(TenantHint.none(), List.of("initech")), new DefaultMethod(Reason.NO_SSO)))
                .contains("initech");
    }

    @Test
    void settlesOnNoTenantForADomainSeveralTenantsVerified() {
        RoutingInput input = input(TenantHint.none(), List.of("acme", "globex"));

        assertThat(RoutedTenant.of(input, new DefaultMethod(Reason.NO_SSO))).isEmpty();
        assertThat(RoutedTenant.of(input, new Blocked(Reason.AMBIGUOUS))).isEmpty();
    }

    @Test
    void settlesOnNoTenantForAnUnusableHint() {
        assertThat(RoutedTenant.of(
                        input(TenantHint.unusable(), List.of("acme")), new DefaultMethod(Reason.HINT_UNUSABLE)))
                .isEmpty();
    }

    @Test
    void settlesOnNoTenantForAnUnclaimedDomain() {
        assertThat(RoutedTenant.of(input(TenantHint.none(), List.of()), new DefaultMethod(Reason.NO_SSO)))
                .isEmpty();
    }

    private static RoutingInput input(TenantHint hint, List<String> claiming) {
        return new RoutingInput(CORP, hint, false, Optional.empty(), RoutingPolicy.DEFAULT, List.of(), claiming);
    }
}
