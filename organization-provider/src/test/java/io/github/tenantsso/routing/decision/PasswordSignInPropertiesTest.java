package io.github.tenantsso.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.routing.decision.PasswordSignInInput.Tenant;
import io.github.tenantsso.signin.SignInMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the password rule over generated tenants, domains and memberships (fixed seed, so a failure names its
 * input and reproduces).
 */
class PasswordSignInPropertiesTest {

    private static final List<String> TENANTS = List.of("t0", "t1", "t2", "t3", "t4");

    record Case(List<Tenant> claimants, List<Tenant> memberships, Optional<String> hint) {

        PasswordSignIn.Outcome before() {
            return PasswordSignIn.decide(PasswordSignInInput.beforePassword(claimants, hint));
        }

        PasswordSignIn.Outcome after() {
            return PasswordSignIn.decide(PasswordSignInInput.afterPassword(claimants, memberships, hint));
        }

        boolean ssoOnly(String tenantId) {
            return Stream.concat(claimants.stream(), memberships.stream())
                    .anyMatch(t -> t.tenantId().equals(tenantId) && t.methods() == SignInMethods.SSO_ONLY);
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(20261208L);
        return IntStream.range(0, 400).mapToObj(i -> {
            // One policy per tenant, the same wherever the tenant appears.
            List<Tenant> tenants = TENANTS.stream()
                    .map(id -> new Tenant(id, SignInMethods.values()[random.nextInt(2)]))
                    .toList();
            List<Tenant> claimants = new ArrayList<>();
            List<Tenant> memberships = new ArrayList<>();
            for (Tenant tenant : tenants) {
                if (random.nextInt(3) == 0) {
                    claimants.add(tenant);
                }
                if (random.nextInt(3) == 0) {
                    memberships.add(tenant);
                }
            }
            Optional<String> hint =
                    random.nextBoolean() ? Optional.empty() : Optional.of(TENANTS.get(random.nextInt(TENANTS.size())));
            return new Case(claimants, memberships, hint);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPasswordSignsInNoMemberAndNoSingleDomainUserOfAnSsoOnlyTenant(Case c) {
        if (c.after() instanceof PasswordSignIn.Allowed) {
            assertThat(c.memberships()).allMatch(t -> t.methods().allowsPassword());
            if (c.claimants().size() == 1) {
                assertThat(c.claimants().get(0).methods().allowsPassword()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void onASharedDomainWithAnSsoOnlyClaimantOnlyAMemberOfAFallbackClaimantKeepsThePassword(Case c) {
        boolean sharedWithSsoOnly = c.claimants().size() > 1
                && c.claimants().stream().anyMatch(t -> !t.methods().allowsPassword());
        if (sharedWithSsoOnly && c.after() instanceof PasswordSignIn.Allowed) {
            assertThat(c.memberships())
                    .anyMatch(m -> c.claimants().contains(m) && m.methods().allowsPassword());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theEmailStepNeverRefusesAUserThePasswordStepWouldAllow(Case c) {
        if (c.before() instanceof PasswordSignIn.SsoRequired) {
            assertThat(c.after()).isInstanceOf(PasswordSignIn.SsoRequired.class);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theEmailStepNeverAllowsOutrightForItCannotKnowTheMemberships(Case c) {
        assertThat(c.before()).isNotInstanceOf(PasswordSignIn.Allowed.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theTenantOfferedIsAnSsoOnlyTenantOfTheUsersOwnMembershipOrDomain(Case c) {
        for (PasswordSignIn.Outcome outcome : List.of(c.before(), c.after())) {
            if (outcome instanceof PasswordSignIn.SsoRequired required
                    && required.tenantId().isPresent()) {
                String tenant = required.tenantId().get();
                assertThat(c.ssoOnly(tenant)).isTrue();
                boolean own =
                        c.memberships().stream().anyMatch(t -> t.tenantId().equals(tenant))
                                || (c.claimants().size() == 1
                                        && c.claimants().get(0).tenantId().equals(tenant));
                assertThat(own).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theHintChangesOnlyWhichTenantIsOffered(Case c) {
        PasswordSignIn.Outcome unhinted = PasswordSignIn.decide(
                PasswordSignInInput.afterPassword(c.claimants(), c.memberships(), Optional.empty()));
        assertThat(c.after().getClass()).isEqualTo(unhinted.getClass());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void withEveryTenantAllowingTheFallbackThePasswordStays(Case c) {
        if (Stream.concat(c.claimants().stream(), c.memberships().stream())
                .allMatch(t -> t.methods().allowsPassword())) {
            assertThat(c.after()).isInstanceOf(PasswordSignIn.Allowed.class);
        }
    }
}
