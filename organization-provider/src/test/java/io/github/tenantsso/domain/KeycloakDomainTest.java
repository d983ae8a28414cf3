package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.KeycloakDomain.Claim;
import io.github.tenantsso.domain.KeycloakDomain.Input;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeycloakDomainTest {

    private static KeycloakDomain.Outcome decide(Claim... claims) {
        return KeycloakDomain.decide(new Input("acme.example", List.of(claims)));
    }

    @Test
    void theOnlyVerifiedClaimIsTheOrganizationsVerifiedDomain() {
        assertThat(decide(new Claim("acme", false, true)))
                .isEqualTo(new KeycloakDomain.Shown("acme", "acme.example", true));
    }

    @Test
    void aVerifiedClaimWinsOverOtherTenantsPendingClaims() {
        assertThat(decide(
                        new Claim("squatter", false, false),
                        new Claim("acme", false, true),
                        new Claim("other", true, false)))
                .isEqualTo(new KeycloakDomain.Shown("acme", "acme.example", true));
    }

    @Test
    void aClaimWithSubdomainsIsKeycloaksWildcardName() {
        assertThat(decide(new Claim("acme", true, true)))
                .isEqualTo(new KeycloakDomain.Shown("acme", "*.acme.example", true));
    }

    @Test
    void theOnlyPendingClaimIsShownUnverified() {
        assertThat(decide(new Claim("acme", false, false)))
                .isEqualTo(new KeycloakDomain.Shown("acme", "acme.example", false));
    }

    @Test
    void aDomainVerifiedBySeveralTenantsIsShownForNone() {
        assertThat(decide(new Claim("acme", false, true), new Claim("globex", true, true)))
                .isInstanceOf(KeycloakDomain.Shared.class);
    }

    @Test
    void pendingClaimsOfSeveralTenantsAreShownForNone() {
        assertThat(decide(new Claim("acme", false, false), new Claim("globex", false, false)))
                .isInstanceOf(KeycloakDomain.Contested.class);
    }

    @Test
    void aDomainWithoutClaimsIsShownForNone() {
        assertThat(decide()).isInstanceOf(KeycloakDomain.Unclaimed.class);
    }
}
