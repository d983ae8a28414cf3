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
import io.github.tenantsso.routing.decision.RoutingOutcome.Blocked;
import io.github.tenantsso.routing.decision.RoutingOutcome.DefaultMethod;
import io.github.tenantsso.routing.decision.RoutingOutcome.Reason;
import io.github.tenantsso.routing.decision.RoutingOutcome.Redirect;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the routing decision table ({@link RoutingDecision}).
 */
class RoutingDecisionTest {

    private static final DomainName CORP = DomainName.parse("corp.example");
    private static final Candidate ACME_SSO = new Candidate("acme-sso", "acme", "acme", false, 10);
    private static final Candidate GLOBEX_SSO = new Candidate("globex-sso", "globex", "globex", false, 20);
    private static final RoutingPolicy SHARING_BLOCK =
            new RoutingPolicy(true, AmbiguousNewUser.BLOCK, true, "tenantId");
    private static final RoutingPolicy SHARING_FIRST =
            new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, true, "tenantId");

    @Test
    void redirectsAHintedTenantToItsConnection() {
        RoutingOutcome outcome = decide(
                TenantHint.tenant("globex", Set.of()),
                false,
                null,
                SHARING_BLOCK,
                List.of(ACME_SSO, GLOBEX_SSO),
                List.of("acme", "globex"));

        assertThat(outcome).isEqualTo(new Redirect(GLOBEX_SSO, Reason.HINT));
    }

    @Test
    void redirectsAHintedTenantToAConnectionItTrusts() {
        RoutingOutcome outcome = decide(
                TenantHint.tenant("initech", Set.of("acme-sso")),
                false,
                null,
                RoutingPolicy.DEFAULT,
                List.of(ACME_SSO),
                List.of("acme"));

        assertThat(outcome).isInstanceOfSatisfying(Redirect.class, redirect -> {
            assertThat(redirect.connection().connectionAlias()).isEqualTo("acme-sso");
            assertThat(redirect.connection().tenantId()).isEqualTo("initech");
            assertThat(redirect.reason()).isEqualTo(Reason.HINT);
        });
    }

    @Test
    void landsAHintedRedirectOnlyInTheHintedTenant() {
        RoutingOutcome outcome = decide(
                TenantHint.tenant("initech", Set.of("acme-sso")),
                false,
                null,
                RoutingPolicy.DEFAULT,
                List.of(ACME_SSO),
                List.of("acme"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Redirect.class,
                        redirect -> assertThat(redirect.hintedTenant()).contains("initech"));
    }

    @Test
    void leavesTheLandingOfADomainRoutedRedirectToTheConnectionsRule() {
        Candidate trusted = new Candidate("acme-sso", "acme", "initech", true, 10);
        RoutingOutcome single =
                decide(TenantHint.none(), false, null, RoutingPolicy.DEFAULT, List.of(trusted), List.of("initech"));
        RoutingOutcome active = decide(
                TenantHint.none(),
                true,
                "globex",
                SHARING_BLOCK,
                List.of(ACME_SSO, GLOBEX_SSO),
                List.of("acme", "globex"));
        RoutingOutcome first = decide(
                TenantHint.none(),
                false,
                null,
                SHARING_FIRST,
                List.of(ACME_SSO, GLOBEX_SSO),
                List.of("acme", "globex"));

        assertThat(List.of(single, active, first))
                .allSatisfy(outcome -> assertThat(outcome)
                        .isInstanceOfSatisfying(
                                Redirect.class,
                                redirect -> assertThat(redirect.hintedTenant()).isEmpty()));
    }

    @Test
    void givesAHintedTenantWithoutSsoTheDefaultMethod() {
        RoutingOutcome outcome = decide(
                TenantHint.tenant("initech", Set.of()),
                true,
                "acme",
                RoutingPolicy.DEFAULT,
                List.of(ACME_SSO),
                List.of("acme"));

        assertThat(outcome).isEqualTo(new DefaultMethod(Reason.HINT_WITHOUT_SSO));
    }

    @Test
    void treatsAnUnusableHintLikeATenantWithoutSso() {
        RoutingOutcome outcome =
                decide(TenantHint.unusable(), true, "acme", RoutingPolicy.DEFAULT, List.of(ACME_SSO), List.of("acme"));

        assertThat(outcome).isInstanceOf(DefaultMethod.class);
        assertThat(outcome.reason()).isEqualTo(Reason.HINT_UNUSABLE);
    }

    @Test
    void givesTheDefaultMethodWhenNoTenantHasSsoForTheDomain() {
        assertThat(decide(TenantHint.none(), false, null, RoutingPolicy.DEFAULT, List.of(), List.of()))
                .isEqualTo(new DefaultMethod(Reason.NO_SSO));
        assertThat(decide(TenantHint.none(), true, null, RoutingPolicy.DEFAULT, List.of(), List.of("initech")))
                .isEqualTo(new DefaultMethod(Reason.NO_SSO));
    }

    @Test
    void redirectsToTheOnlyTenantClaimingTheDomain() {
        assertThat(decide(TenantHint.none(), false, null, RoutingPolicy.DEFAULT, List.of(ACME_SSO), List.of("acme")))
                .isEqualTo(new Redirect(ACME_SSO, Reason.SINGLE_TENANT));
    }

    @Test
    void sendsABrowserThatRemembersATenantThereWhenTheDomainIsShared() {
        assertThat(decide(
                        TenantHint.none(),
                        true,
                        "globex",
                        SHARING_BLOCK,
                        List.of(ACME_SSO, GLOBEX_SSO),
                        List.of("acme", "globex")))
                .isEqualTo(new Redirect(GLOBEX_SSO, Reason.ACTIVE_TENANT));
    }

    @Test
    void givesABrowserWhoseRememberedTenantHasNoSsoTheDefaultMethod() {
        assertThat(decide(
                        TenantHint.none(),
                        true,
                        "initech",
                        SHARING_BLOCK,
                        List.of(ACME_SSO),
                        List.of("acme", "initech")))
                .isEqualTo(new DefaultMethod(Reason.ACTIVE_TENANT));
    }

    @Test
    void ignoresTheActiveTenantWhenActiveTenantLoginIsOff() {
        RoutingPolicy off = new RoutingPolicy(true, AmbiguousNewUser.BLOCK, false, "tenantId");

        assertThat(decide(
                        TenantHint.none(),
                        true,
                        "globex",
                        off,
                        List.of(ACME_SSO, GLOBEX_SSO),
                        List.of("acme", "globex")))
                .isEqualTo(new Blocked(Reason.AMBIGUOUS));
    }

    @Test
    void ignoresAnActiveTenantThatDoesNotClaimTheDomain() {
        assertThat(decide(
                        TenantHint.none(),
                        true,
                        "initech",
                        SHARING_BLOCK,
                        List.of(ACME_SSO, GLOBEX_SSO),
                        List.of("acme", "globex")))
                .isEqualTo(new Blocked(Reason.AMBIGUOUS));
    }

    @Test
    void blocksANewUserOfASharedDomainWithoutAHint() {
        assertThat(decide(
                        TenantHint.none(),
                        false,
                        null,
                        SHARING_BLOCK,
                        List.of(ACME_SSO, GLOBEX_SSO),
                        List.of("acme", "globex")))
                .isEqualTo(new Blocked(Reason.AMBIGUOUS));
    }

    @Test
    void routesNewUserToFirstCreatedTenantWhenDomainIsShared() {
        assertThat(decide(
                        TenantHint.none(),
                        false,
                        null,
                        SHARING_FIRST,
                        List.of(GLOBEX_SSO, ACME_SSO),
                        List.of("acme", "globex")))
                .isEqualTo(new Redirect(ACME_SSO, Reason.FIRST_CREATED));
    }

    @Test
    void prefersATenantsOwnConnectionToOneItTrusts() {
        DomainIndex index = DomainIndex.build(
                List.of(new TenantRow("acme", "acme", true), new TenantRow("partner", "partner", true)),
                List.of(new DomainClaimRow("acme", CORP, false, true, 1)),
                List.of(
                        new ConnectionRow("partner-sso", "partner", true, 1),
                        new ConnectionRow("acme-sso", "acme", true, 10)),
                List.of(new TrustRow("acme", "partner-sso", 1)));

        assertThat(decide(
                        TenantHint.none(),
                        false,
                        null,
                        RoutingPolicy.DEFAULT,
                        index.candidates(CORP),
                        List.copyOf(index.tenantsClaiming(CORP))))
                .isEqualTo(new Redirect(ACME_SSO, Reason.SINGLE_TENANT));
    }

    static RoutingOutcome decide(
            TenantHint hint,
            boolean remembered,
            String activeTenant,
            RoutingPolicy policy,
            List<Candidate> candidates,
            List<String> claiming) {
        return RoutingDecision.decide(new RoutingInput(
                CORP, hint, remembered, Optional.ofNullable(activeTenant), policy, candidates, claiming));
    }
}
