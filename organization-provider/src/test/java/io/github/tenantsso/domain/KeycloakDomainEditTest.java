package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.KeycloakDomainEdit.Input;
import io.github.tenantsso.domain.KeycloakDomainEdit.NewClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeycloakDomainEditTest {

    private static KeycloakDomainEdit.Outcome edit(Set<String> before, Set<String> after, Set<String> claimed) {
        return KeycloakDomainEdit.decide(new Input(before, new LinkedHashSet<>(after), claimed));
    }

    @Test
    void aNameAddedInKeycloakBecomesAPendingClaimNormalized() {
        KeycloakDomainEdit.Outcome outcome = edit(Set.of(), Set.of("Bücher.example"), Set.of());

        assertThat(outcome.claims()).containsExactly(new NewClaim(DomainName.parse("xn--bcher-kva.example"), false));
        assertThat(outcome.deletions()).isEmpty();
        assertThat(outcome.domains()).containsExactly("xn--bcher-kva.example");
    }

    @Test
    void aWildcardNameBecomesAClaimWithSubdomains() {
        assertThat(edit(Set.of(), Set.of("*.acme.example"), Set.of()).claims())
                .containsExactly(new NewClaim(DomainName.parse("acme.example"), true));
    }

    @Test
    void aNameTheTenantAlreadyClaimsButKeycloakDidNotShowIsNoNewClaim() {
        KeycloakDomainEdit.Outcome outcome = edit(Set.of(), Set.of("shared.example"), Set.of("shared.example"));

        assertThat(outcome.claims()).isEmpty();
        assertThat(outcome.domains()).containsExactly("shared.example");
    }

    @Test
    void aShownNameRemovedInKeycloakDeletesTheClaim() {
        KeycloakDomainEdit.Outcome outcome = edit(
                Set.of("acme.example", "*.globex.example"),
                Set.of("acme.example"),
                Set.of("acme.example", "globex.example"));

        assertThat(outcome.deletions()).containsExactly(DomainName.parse("globex.example"));
        assertThat(outcome.claims()).isEmpty();
        assertThat(outcome.domains()).containsExactlyInAnyOrder("acme.example", "globex.example");
    }

    @Test
    void aWildcardOrFlagChangedInKeycloakChangesNoClaim() {
        KeycloakDomainEdit.Outcome outcome =
                edit(Set.of("acme.example"), Set.of("*.acme.example"), Set.of("acme.example"));

        assertThat(outcome.claims()).isEmpty();
        assertThat(outcome.deletions()).isEmpty();
        assertThat(outcome.domains()).containsExactly("acme.example");
    }

    @Test
    void aNameThePackRefusesIsNoClaimAndIsNotTouched() {
        KeycloakDomainEdit.Outcome outcome = edit(Set.of(), Set.of("co.uk"), Set.of());

        assertThat(outcome.claims()).isEmpty();
        assertThat(outcome.refused())
                .extracting(KeycloakDomainEdit.Refused::name)
                .isEqualTo(List.of("co.uk"));
        assertThat(outcome.domains()).isEmpty();
    }
}
