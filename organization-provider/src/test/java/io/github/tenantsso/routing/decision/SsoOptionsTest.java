package io.github.tenantsso.routing.decision;

import static io.github.tenantsso.policy.AmbiguousNewUser.BLOCK;
import static io.github.tenantsso.policy.AmbiguousNewUser.FIRST_CREATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.TenantHint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoOptionsTest {

    private static final Candidate ACME_SSO = new Candidate("acme-sso", "acme", "acme", false, 1);
    private static final Candidate GLOBEX_SSO = new Candidate("globex-sso", "globex", "globex", false, 2);
    private static final Candidate ACME_SSO_VIA_INITECH = new Candidate("acme-sso", "acme", "initech", true, 1);

    @Test
    void offersTheConnectionsOfTheOnlyTenantClaimingTheDomain() {
        SsoOptions options = decide(List.of(ACME_SSO), List.of("acme"), TenantHint.none(), BLOCK);

        assertThat(options.connections()).containsExactly(ACME_SSO);
        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.SSO);
    }

    @Test
    void offersNothingWhenNoTenantHasSsoForTheDomain() {
        assertThat(decide(List.of(), List.of(), TenantHint.none(), BLOCK).reason())
                .isEqualTo(SsoOptions.Reason.NO_SSO);
        assertThat(decide(List.of(), List.of("initech"), TenantHint.none(), BLOCK)
                        .reason())
                .isEqualTo(SsoOptions.Reason.NO_SSO);
    }

    @Test
    void blocksASharedDomainWithoutAHint() {
        SsoOptions options = decide(List.of(ACME_SSO, GLOBEX_SSO), List.of("acme", "globex"), TenantHint.none(), BLOCK);

        assertThat(options.connections()).isEmpty();
        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.AMBIGUOUS);
    }

    @Test
    void countsATenantWithoutSsoAsAClaimantOfASharedDomain() {
        SsoOptions options = decide(List.of(ACME_SSO), List.of("initech", "acme"), TenantHint.none(), BLOCK);

        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.AMBIGUOUS);
    }

    @Test
    void routesASharedDomainToTheFirstCreatedTenantWhenThePolicySaysSo() {
        SsoOptions options =
                decide(List.of(ACME_SSO, GLOBEX_SSO), List.of("acme", "globex"), TenantHint.none(), FIRST_CREATED);

        assertThat(options.connections()).containsExactly(ACME_SSO);
        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.FIRST_CREATED);
    }

    @Test
    void givesTheDefaultMethodWhenTheFirstCreatedTenantHasNoSso() {
        SsoOptions options =
                decide(List.of(GLOBEX_SSO), List.of("initech", "globex"), TenantHint.none(), FIRST_CREATED);

        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.NO_SSO);
    }

    @Test
    void letsAHintPickOneTenantOfASharedDomain() {
        SsoOptions options = decide(
                List.of(ACME_SSO, GLOBEX_SSO), List.of("acme", "globex"), TenantHint.tenant("globex", Set.of()), BLOCK);

        assertThat(options.connections()).containsExactly(GLOBEX_SSO);
        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.SSO);
    }

    @Test
    void givesAHintedTenantWithoutSsoTheDefaultMethod() {
        SsoOptions options = decide(List.of(ACME_SSO), List.of("acme"), TenantHint.tenant("initech", Set.of()), BLOCK);

        assertThat(options.reason()).isEqualTo(SsoOptions.Reason.NO_SSO);
    }

    @Test
    void answersAnUnusableHintExactlyLikeATenantWithoutSso() {
        SsoOptions unusable = decide(List.of(ACME_SSO), List.of("acme"), TenantHint.unusable(), BLOCK);
        SsoOptions withoutSso =
                decide(List.of(ACME_SSO), List.of("acme"), TenantHint.tenant("initech", Set.of()), BLOCK);

        assertThat(unusable).isEqualTo(withoutSso);
    }

    @Test
    void offersAHintedTenantTheConnectionItTrusts() {
        SsoOptions options =
                decide(List.of(ACME_SSO), List.of("acme"), TenantHint.tenant("initech", Set.of("acme-sso")), BLOCK);

        assertThat(options.connections()).containsExactly(ACME_SSO_VIA_INITECH);
    }

    @Test
    void listsAConnectionOnceForAHintedTenantThatBothClaimsAndTrustsIt() {
        SsoOptions options = decide(
                List.of(ACME_SSO_VIA_INITECH, ACME_SSO),
                List.of("initech", "acme"),
                TenantHint.tenant("initech", Set.of("acme-sso")),
                AmbiguousNewUser.BLOCK);

        assertThat(options.connections()).containsExactly(ACME_SSO_VIA_INITECH);
    }

    private static SsoOptions decide(
            List<Candidate> candidates, List<String> claiming, TenantHint hint, AmbiguousNewUser policy) {
        return SsoOptions.decide(candidates, claiming, hint, policy);
    }
}
