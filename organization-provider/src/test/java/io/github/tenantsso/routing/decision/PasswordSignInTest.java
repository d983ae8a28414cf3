package io.github.tenantsso.routing.decision;

import static io.github.tenantsso.signin.SignInMethods.SSO_ONLY;
import static io.github.tenantsso.signin.SignInMethods.SSO_WITH_PASSWORD_FALLBACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.routing.decision.PasswordSignIn.Reason;
import io.github.tenantsso.routing.decision.PasswordSignInInput.Tenant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordSignInTest {

    private static final Tenant ACME_SSO_ONLY = new Tenant("acme", SSO_ONLY);
    private static final Tenant GLOBEX_FALLBACK = new Tenant("globex", SSO_WITH_PASSWORD_FALLBACK);
    private static final Tenant INITECH_SSO_ONLY = new Tenant("initech", SSO_ONLY);

    private static PasswordSignIn.Outcome before(List<Tenant> claimants) {
        return PasswordSignIn.decide(PasswordSignInInput.beforePassword(claimants, Optional.empty()));
    }

    private static PasswordSignIn.Outcome after(List<Tenant> claimants, List<Tenant> memberships) {
        return after(claimants, memberships, Optional.empty());
    }

    private static PasswordSignIn.Outcome after(
            List<Tenant> claimants, List<Tenant> memberships, Optional<String> hint) {
        return PasswordSignIn.decide(PasswordSignInInput.afterPassword(claimants, memberships, hint));
    }

    @Test
    void theEmailStepRefusesTheDomainOfAnSsoOnlyTenantAndNamesIt() {
        assertThat(before(List.of(ACME_SSO_ONLY)))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.of("acme"), Reason.DOMAIN_OF_SSO_ONLY_TENANT));
    }

    @Test
    void theEmailStepLeavesADomainWithoutSsoOnlyTenantToThePasswordStep() {
        assertThat(before(List.of())).isEqualTo(new PasswordSignIn.AfterPassword());
        assertThat(before(List.of(GLOBEX_FALLBACK))).isEqualTo(new PasswordSignIn.AfterPassword());
    }

    @Test
    void aSharedDomainOfSsoOnlyTenantsIsRefusedAtTheEmailStepWithoutGuessingATenant() {
        assertThat(before(List.of(ACME_SSO_ONLY, INITECH_SSO_ONLY)))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.empty(), Reason.SHARED_DOMAIN_WITHOUT_FALLBACK));
    }

    @Test
    void aSharedDomainWithAFallbackClaimantWaitsForThePassword() {
        assertThat(before(List.of(ACME_SSO_ONLY, GLOBEX_FALLBACK))).isEqualTo(new PasswordSignIn.AfterPassword());
    }

    @Test
    void aMemberOfAnSsoOnlyTenantCannotUseAPasswordWhateverTheDomain() {
        assertThat(after(List.of(), List.of(ACME_SSO_ONLY)))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.of("acme"), Reason.MEMBER_OF_SSO_ONLY_TENANT));
        assertThat(after(List.of(GLOBEX_FALLBACK), List.of(GLOBEX_FALLBACK, ACME_SSO_ONLY)))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.of("acme"), Reason.MEMBER_OF_SSO_ONLY_TENANT));
    }

    @Test
    void aHintToAnotherTenantDoesNotLiftTheRuleButPicksTheHintedSsoOnlyTenantFirst() {
        assertThat(after(List.of(), List.of(ACME_SSO_ONLY, INITECH_SSO_ONLY), Optional.of("initech")))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.of("initech"), Reason.MEMBER_OF_SSO_ONLY_TENANT));
        assertThat(after(List.of(ACME_SSO_ONLY), List.of(GLOBEX_FALLBACK), Optional.of("globex")))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.of("acme"), Reason.DOMAIN_OF_SSO_ONLY_TENANT));
    }

    @Test
    void aMemberOfFallbackTenantsOnlyWithAnUnclaimedDomainKeepsThePassword() {
        assertThat(after(List.of(), List.of(GLOBEX_FALLBACK)))
                .isEqualTo(new PasswordSignIn.Allowed(Reason.NO_SSO_ONLY_TENANT));
        assertThat(after(List.of(), List.of())).isEqualTo(new PasswordSignIn.Allowed(Reason.NO_SSO_ONLY_TENANT));
    }

    @Test
    void onASharedDomainOnlyAMemberOfAFallbackClaimantKeepsThePassword() {
        List<Tenant> shared = List.of(ACME_SSO_ONLY, GLOBEX_FALLBACK);
        assertThat(after(shared, List.of(GLOBEX_FALLBACK)))
                .isEqualTo(new PasswordSignIn.Allowed(Reason.MEMBER_OF_FALLBACK_CLAIMANT));
        assertThat(after(shared, List.of()))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.empty(), Reason.SHARED_DOMAIN_WITHOUT_FALLBACK));
        assertThat(after(shared, List.of(new Tenant("umbrella", SSO_WITH_PASSWORD_FALLBACK))))
                .isEqualTo(new PasswordSignIn.SsoRequired(Optional.empty(), Reason.SHARED_DOMAIN_WITHOUT_FALLBACK));
    }

    @Test
    void aSharedDomainWhereEveryClaimantAllowsTheFallbackKeepsThePassword() {
        List<Tenant> shared = List.of(GLOBEX_FALLBACK, new Tenant("umbrella", SSO_WITH_PASSWORD_FALLBACK));
        assertThat(after(shared, List.of())).isEqualTo(new PasswordSignIn.Allowed(Reason.NO_SSO_ONLY_TENANT));
    }
}
