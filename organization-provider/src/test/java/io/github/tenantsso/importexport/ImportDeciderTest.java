package io.github.tenantsso.importexport;

import static io.github.tenantsso.importexport.ImportInputs.domain;
import static io.github.tenantsso.importexport.ImportInputs.domains;
import static io.github.tenantsso.importexport.ImportInputs.memberships;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import io.github.tenantsso.signin.TenantPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportDeciderTest {

    @Test
    void createsNewClaimsAndCountsThem() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        ImportPlan plan = accepted(
                realm.apply(domains(domain("acme", "acme.example", true), domain("acme", "Acme.Other.", null))));

        assertThat(plan.claims())
                .extracting(ImportPlan.ClaimWrite::domain)
                .containsExactly("acme.example", "acme.other");
        assertThat(plan.claims().get(0)).satisfies(c -> {
            assertThat(c.existingId()).isNull();
            assertThat(c.verified()).isTrue();
            assertThat(c.verificationMethod()).isEqualTo("ADMIN");
            assertThat(c.verifiedAt()).isEqualTo(ImportInputs.NOW);
            assertThat(c.exclusiveDomain()).isEqualTo("acme.example");
        });
        assertThat(plan.claims().get(1).verified()).isFalse();
        assertThat(plan.summary().domains()).isEqualTo(new ImportSummary.Counts(2, 0, 0));
        assertThat(plan.summary().policyUpdated()).isFalse();
    }

    @Test
    void aClaimStoredExactlySoIsUnchangedAndNotWritten() {
        ImportInputs realm = new ImportInputs().tenant("acme").verifiedClaim("acme", "acme.example");

        ImportPlan plan = accepted(realm.apply(domains(domain("acme", "acme.example", null))));

        assertThat(plan.claims()).isEmpty();
        assertThat(plan.changesAnything()).isFalse();
        assertThat(plan.summary().domains()).isEqualTo(new ImportSummary.Counts(0, 0, 1));
    }

    @Test
    void verifiedFalseMakesAVerifiedClaimPendingAgain() {
        ImportInputs realm = new ImportInputs().tenant("acme").verifiedClaim("acme", "acme.example");

        ImportPlan plan = accepted(realm.apply(domains(domain("acme", "acme.example", false))));

        assertThat(plan.claims()).singleElement().satisfies(c -> {
            assertThat(c.existingId()).isEqualTo("claim-acme-acme.example");
            assertThat(c.verified()).isFalse();
            assertThat(c.verifiedAt()).isNull();
            assertThat(c.verificationMethod()).isNull();
            assertThat(c.exclusiveDomain()).isNull();
            assertThat(c.verificationToken()).isEqualTo("tokentokentokentoken");
        });
        assertThat(plan.summary().domains()).isEqualTo(new ImportSummary.Counts(0, 1, 0));
    }

    @Test
    void anInvalidLastEntryIsNamedWithItsField() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        ImportProblem problem = refused(
                realm.apply(domains(domain("acme", "fine.example", true), domain("acme", "*.wild.example", true))));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.INVALID_DOCUMENT);
        assertThat(problem.field()).isEqualTo("domains[1].domain");
        assertThat(problem.message()).startsWith("domains[1].domain: ");
    }

    @Test
    void anUnknownTenantIsNamedWithoutEchoingALongAlias() {
        String alias = "x".repeat(100_000);

        ImportProblem problem = refused(new ImportInputs().apply(domains(domain(alias, "fine.example", null))));

        assertThat(problem.field()).isEqualTo("domains[0].tenant");
        assertThat(problem.message()).hasSizeLessThan(200).contains("100000 characters");
    }

    @Test
    void twoOrganizationsVerifyingOneDomainInOneDocumentAreRefusedWithoutSharing() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex");

        ImportProblem problem = refused(
                realm.apply(domains(domain("acme", "shared.example", true), domain("globex", "shared.example", true))));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.DOMAIN_VERIFIED_ELSEWHERE);
        assertThat(problem.field()).isEqualTo("domains[1]");
    }

    @Test
    void aDomainVerifiedByAnotherStoredOrganizationIsRefusedWithoutSharing() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").verifiedClaim("acme", "shared.example");

        ImportProblem problem = refused(realm.apply(domains(domain("globex", "shared.example", true))));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.DOMAIN_VERIFIED_ELSEWHERE);
        assertThat(problem.field()).isEqualTo("domains[0]");
    }

    @Test
    void movingAVerifiedDomainToAnotherOrganizationInOneDocumentIsAllowed() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").verifiedClaim("acme", "moved.example");

        ImportPlan plan = accepted(
                realm.apply(domains(domain("globex", "moved.example", true), domain("acme", "moved.example", false))));

        assertThat(plan.claims()).hasSize(2);
    }

    @Test
    void twoOrganizationsMayVerifyOneDomainWhenTheDocumentTurnsSharingOn() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex");
        PackDocument document = new PackDocument(
                new PackDocument.Policy(true, null, null, null),
                List.of(domain("acme", "shared.example", true), domain("globex", "shared.example", true)),
                null,
                null,
                null,
                null);

        ImportPlan plan = accepted(realm.apply(document));

        assertThat(plan.policy()).isEqualTo(new RoutingPolicy(true, AmbiguousNewUser.BLOCK, true, "tenantId"));
        assertThat(plan.claims())
                .extracting(ImportPlan.ClaimWrite::exclusiveDomain)
                .containsOnlyNulls();
        assertThat(plan.summary().policyUpdated()).isTrue();
    }

    @Test
    void sharingCannotEndWhileDomainsAreShared() {
        ImportInputs realm = new ImportInputs();
        realm.policy = new RoutingPolicy(true, AmbiguousNewUser.BLOCK, true, "tenantId");
        realm.sharedVerifiedDomains.add("shared.example");

        ImportProblem problem = refused(realm.apply(
                new PackDocument(new PackDocument.Policy(false, null, null, null), null, null, null, null, null)));

        assertThat(problem.field()).isEqualTo("policy.crossTenantDomainSharing");
        assertThat(problem.message()).contains("shared.example");
    }

    @Test
    void theSameClaimTwiceIsRefusedNamingBothEntries() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        ImportProblem problem = refused(
                realm.apply(domains(domain("acme", "acme.example", null), domain("acme", "ACME.example", null))));

        assertThat(problem.field()).isEqualTo("domains[1]");
        assertThat(problem.message()).contains("domains[0]");
    }

    @Test
    void aMalformedTokenOrMethodIsRefused() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        assertThat(refused(realm.apply(domains(new PackDocument.Domain(
                                "acme", "a.example", null, null, null, "short", null, null, null, null))))
                        .field())
                .isEqualTo("domains[0].verificationToken");
        assertThat(refused(realm.apply(domains(new PackDocument.Domain(
                                "acme", "a.example", null, true, "carrier-pigeon", null, null, null, null, null))))
                        .field())
                .isEqualTo("domains[0].verificationMethod");
    }

    @Test
    void aConnectionLinksAnUnlinkedProviderAndATrustMayUseIt() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").idp("acme-sso", null);
        PackDocument document = new PackDocument(
                null,
                null,
                List.of(new PackDocument.Connection("acme-sso", "acme", null, true, null, null)),
                List.of(new PackDocument.Trust("globex", "acme-sso", true, null, null, null, null)),
                null,
                null);

        ImportPlan plan = accepted(realm.apply(document));

        assertThat(plan.connections()).singleElement().satisfies(c -> {
            assertThat(c.link()).isTrue();
            assertThat(c.organizationId()).isEqualTo("org-acme");
            assertThat(c.enabled()).isTrue();
            assertThat(c.jitEnabled()).isTrue();
        });
        assertThat(plan.trusts())
                .singleElement()
                .satisfies(t -> assertThat(t.trustingOrganizationId()).isEqualTo("org-globex"));
    }

    @Test
    void aProviderOfAnotherOrganizationIsRefused() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").idp("acme-sso", "acme");

        ImportProblem problem = refused(realm.apply(new PackDocument(
                null,
                null,
                List.of(new PackDocument.Connection("acme-sso", "globex", null, null, null, null)),
                null,
                null,
                null)));

        assertThat(problem.field()).isEqualTo("connections[0].tenant");
    }

    @Test
    void anOrganizationCannotTrustItsOwnConnection() {
        ImportInputs realm = new ImportInputs().tenant("acme").binding("acme-sso", "acme");

        ImportProblem problem = refused(realm.apply(new PackDocument(
                null,
                null,
                null,
                List.of(new PackDocument.Trust("acme", "acme-sso", null, null, null, null, null)),
                null,
                null)));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.OWN_CONNECTION);
        assertThat(problem.field()).isEqualTo("trusts[0]");
    }

    @Test
    void aTrustMayOnlyAssignGroupsOfTheTrustingOrganization() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").binding("acme-sso", "acme");
        realm.groupOwners.put("acme-group", "org-acme");
        realm.groupOwners.put("globex-group", "org-globex");

        assertThat(refused(realm.apply(new PackDocument(
                                null,
                                null,
                                null,
                                List.of(new PackDocument.Trust(
                                        "globex",
                                        "acme-sso",
                                        null,
                                        null,
                                        List.of("globex-group", "acme-group"),
                                        null,
                                        null)),
                                null,
                                null)))
                        .field())
                .isEqualTo("trusts[0].groupIds");
        assertThat(accepted(realm.apply(new PackDocument(
                                null,
                                null,
                                null,
                                List.of(new PackDocument.Trust(
                                        "globex",
                                        "acme-sso",
                                        null,
                                        null,
                                        List.of("globex-group", "globex-group"),
                                        null,
                                        null)),
                                null,
                                null)))
                        .trusts())
                .singleElement()
                .satisfies(t -> assertThat(t.groupIds()).containsExactly("globex-group"));
    }

    @Test
    void aTrustInAnUnboundConnectionIsRefused() {
        ImportInputs realm = new ImportInputs().tenant("globex");

        assertThat(refused(realm.apply(new PackDocument(
                                null,
                                null,
                                null,
                                List.of(new PackDocument.Trust("globex", "nowhere", null, null, null, null, null)),
                                null,
                                null)))
                        .field())
                .isEqualTo("trusts[0].connection");
    }

    @Test
    void aRealmWithoutOrganizationsTakesOnlyAPolicy() {
        ImportInputs realm = new ImportInputs().tenant("acme");
        realm.organizationsEnabled = false;

        assertThat(refused(realm.apply(domains(domain("acme", "acme.example", null))))
                        .field())
                .isNull();
        assertThat(accepted(realm.apply(new PackDocument(
                                new PackDocument.Policy(null, "FIRST_CREATED", null, null),
                                null,
                                null,
                                null,
                                null,
                                null)))
                        .policy()
                        .ambiguousNewUser())
                .isEqualTo(AmbiguousNewUser.FIRST_CREATED);
    }

    @Test
    void anInvalidPolicyValueIsNamedAndBounded() {
        ImportProblem problem = refused(new ImportInputs()
                .apply(new PackDocument(
                        new PackDocument.Policy(null, "y".repeat(50_000), null, null), null, null, null, null, null)));

        assertThat(problem.field()).isEqualTo("policy.ambiguousNewUser");
        assertThat(problem.message()).hasSizeLessThan(400);
    }

    @Test
    void datesAStoredMembershipAndNamesTheTrustThatProvisionedIt() {
        ImportInputs realm = new ImportInputs()
                .tenant("acme")
                .tenant("globex")
                .binding("acme-sso", "acme")
                .trust("globex", "acme-sso")
                .user("ann")
                .member("ann", "globex", ImportInputs.NOW - 100);

        ImportPlan plan = accepted(realm.apply(
                memberships(List.of(new PackDocument.Membership("ann", "globex", 1000L, "acme-sso")), null)));

        assertThat(plan.memberships())
                .singleElement()
                .isEqualTo(new ImportPlan.MembershipWrite(
                        "membership-ann-globex", "user-ann", "org-globex", 1000L, "acme-sso"));
        assertThat(plan.summary().memberships()).isEqualTo(new ImportSummary.Counts(0, 1, 0));
        assertThat(plan.changesAnything()).as("memberships are no routing data").isFalse();
    }

    @Test
    void aMembershipStoredExactlySoIsUnchanged() {
        ImportInputs realm = new ImportInputs().tenant("globex").user("ann").member("ann", "globex", 1000L);

        ImportPlan plan = accepted(
                realm.apply(memberships(List.of(new PackDocument.Membership("ann", "globex", 1000L, null)), null)));

        assertThat(plan.memberships()).isEmpty();
        assertThat(plan.summary().memberships()).isEqualTo(new ImportSummary.Counts(0, 0, 1));
    }

    @Test
    void aMembershipOfAnUnknownUserOrOfANonMemberIsRefused() {
        ImportInputs realm =
                new ImportInputs().tenant("acme").tenant("globex").user("ann").member("ann", "globex", 1000L);

        assertThat(refused(realm.apply(
                        memberships(List.of(new PackDocument.Membership("nobody", "globex", 1L, null)), null))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("memberships[0].user");
                    assertThat(p.message()).isEqualTo("memberships[0].user: no user with username 'nobody'.");
                });
        assertThat(refused(realm.apply(
                                memberships(List.of(new PackDocument.Membership("ann", "acme", 1L, null)), null)))
                        .field())
                .isEqualTo("memberships[0]");
        assertThat(refused(realm.apply(memberships(
                                List.of(new PackDocument.Membership("ann", "globex", 1L, "acme-sso")), null)))
                        .field())
                .isEqualTo("memberships[0].provisionedBy");
    }

    @Test
    void aDateOutsideEpochMillisecondsIsRefused() {
        ImportInputs realm = new ImportInputs().tenant("globex").user("ann").member("ann", "globex", 1000L);

        assertThat(refused(realm.apply(
                                memberships(List.of(new PackDocument.Membership("ann", "globex", -1L, null)), null)))
                        .field())
                .isEqualTo("memberships[0].joinedAt");
        assertThat(refused(realm.apply(memberships(
                                null, List.of(new PackDocument.ActiveTenant("ann", "globex", Long.MAX_VALUE)))))
                        .field())
                .isEqualTo("activeTenants[0].updatedAt");
        assertThat(refused(realm.apply(domains(new PackDocument.Domain(
                                "globex",
                                "g.example",
                                null,
                                true,
                                null,
                                null,
                                null,
                                ImportDecider.MAX_EPOCH_MILLIS + 1,
                                null,
                                null))))
                        .field())
                .isEqualTo("domains[0].verifiedAt");
    }

    @Test
    void movesTheActiveTenantToAnotherMembershipOnly() {
        ImportInputs realm = new ImportInputs()
                .tenant("acme")
                .tenant("globex")
                .tenant("initech")
                .user("dan")
                .member("dan", "acme", 1000L)
                .member("dan", "globex", 2000L)
                .active("dan", "acme", 1000L);

        ImportPlan plan = accepted(
                realm.apply(memberships(null, List.of(new PackDocument.ActiveTenant("dan", "globex", 3000L)))));

        assertThat(plan.activeTenants())
                .singleElement()
                .isEqualTo(new ImportPlan.ActiveTenantWrite(true, "user-dan", "org-globex", 3000L));
        assertThat(plan.summary().activeTenants()).isEqualTo(new ImportSummary.Counts(0, 1, 0));
        assertThat(refused(realm.apply(
                                memberships(null, List.of(new PackDocument.ActiveTenant("dan", "initech", null)))))
                        .field())
                .isEqualTo("activeTenants[0].tenant");
    }

    private static PackDocument tenantPolicies(PackDocument.TenantPolicy... policies) {
        return new PackDocument(null, null, null, null, null, null, List.of(policies));
    }

    @Test
    void storesTenantPoliciesThatDifferAndCountsTheRest() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").tenant("initech");
        realm.tenantPolicies.put(
                "org-globex",
                new TenantPolicy(
                        "org-globex", SignInMethods.SSO_WITH_PASSWORD_FALLBACK, Mfa.OFF, SessionLimits.REALM, 1));
        realm.tenantPolicies.put(
                "org-initech",
                new TenantPolicy("org-initech", SignInMethods.SSO_ONLY, Mfa.OFF, SessionLimits.REALM, 1));

        ImportPlan plan = accepted(realm.apply(tenantPolicies(
                new PackDocument.TenantPolicy("acme", "SSO_ONLY", null, null, null),
                new PackDocument.TenantPolicy("globex", "SSO_WITH_PASSWORD_FALLBACK", null, null, null),
                new PackDocument.TenantPolicy("initech", "SSO_ONLY", "EVERY_SIGN_IN", null, null))));

        assertThat(plan.tenantPolicies())
                .containsExactly(
                        new ImportPlan.TenantPolicyWrite(
                                "org-acme", SignInMethods.SSO_ONLY, Mfa.OFF, SessionLimits.REALM),
                        new ImportPlan.TenantPolicyWrite(
                                "org-initech", SignInMethods.SSO_ONLY, Mfa.EVERY_SIGN_IN, SessionLimits.REALM));
        assertThat(plan.summary().tenantPolicies()).isEqualTo(new ImportSummary.Counts(1, 1, 1));
        assertThat(plan.changesAnything()).isTrue();
    }

    @Test
    void storesATenantsSessionLimitsAndCountsTheSameLimitsAsUnchanged() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex");
        realm.tenantPolicies.put(
                "org-globex",
                new TenantPolicy("org-globex", SignInMethods.SSO_ONLY, Mfa.OFF, new SessionLimits(600, 60), 1));

        ImportPlan plan = accepted(realm.apply(tenantPolicies(
                new PackDocument.TenantPolicy("acme", "SSO_ONLY", null, 3_600, null),
                new PackDocument.TenantPolicy("globex", "SSO_ONLY", null, 600, 60))));

        assertThat(plan.tenantPolicies())
                .containsExactly(new ImportPlan.TenantPolicyWrite(
                        "org-acme", SignInMethods.SSO_ONLY, Mfa.OFF, new SessionLimits(3_600, null)));
        assertThat(plan.summary().tenantPolicies()).isEqualTo(new ImportSummary.Counts(1, 0, 1));
    }

    @Test
    void aSessionLimitLongerThanTheRealmsOrNotPositiveIsRefusedWithItsOwnCode() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        ImportProblem longer = refused(
                realm.apply(tenantPolicies(new PackDocument.TenantPolicy("acme", "SSO_ONLY", null, null, 1_801))));
        assertThat(longer.code()).isEqualTo(ImportProblem.Code.SESSION_LIMIT_EXCEEDS_REALM);
        assertThat(longer.field()).isEqualTo("tenantPolicies[0].maxIdleSeconds");
        ImportProblem zero =
                refused(realm.apply(tenantPolicies(new PackDocument.TenantPolicy("acme", "SSO_ONLY", null, 0, null))));
        assertThat(zero.code()).isEqualTo(ImportProblem.Code.INVALID_DOCUMENT);
        assertThat(zero.field()).isEqualTo("tenantPolicies[0].maxSessionAgeSeconds");
    }

    @Test
    void aTenantPolicyWithAnUnknownValueTenantOrASecondEntryForATenantIsRefused() {
        ImportInputs realm = new ImportInputs().tenant("acme");

        assertThat(refused(realm.apply(
                        tenantPolicies(new PackDocument.TenantPolicy("acme", "PASSWORD_ONLY", null, null, null)))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("tenantPolicies[0].signInMethods");
                    assertThat(p.message())
                            .isEqualTo("tenantPolicies[0].signInMethods: must be one of SSO_ONLY,"
                                    + " SSO_WITH_PASSWORD_FALLBACK.");
                });
        assertThat(refused(realm.apply(tenantPolicies(new PackDocument.TenantPolicy("acme", null, null, null, null))))
                        .field())
                .isEqualTo("tenantPolicies[0].signInMethods");
        assertThat(refused(realm.apply(
                        tenantPolicies(new PackDocument.TenantPolicy("acme", "SSO_ONLY", "SOMETIMES", null, null)))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("tenantPolicies[0].mfa");
                    assertThat(p.message())
                            .isEqualTo("tenantPolicies[0].mfa: must be one of OFF, PASSWORD_SIGN_INS, EVERY_SIGN_IN.");
                });
        assertThat(refused(realm.apply(
                                tenantPolicies(new PackDocument.TenantPolicy("initech", "SSO_ONLY", null, null, null))))
                        .field())
                .isEqualTo("tenantPolicies[0].tenant");
        assertThat(refused(realm.apply(tenantPolicies(
                                new PackDocument.TenantPolicy("acme", "SSO_ONLY", null, null, null),
                                new PackDocument.TenantPolicy("acme", "SSO_WITH_PASSWORD_FALLBACK", null, null, null))))
                        .message())
                .isEqualTo("tenantPolicies[1].tenant: the same organization as tenantPolicies[0].");
    }

    @Test
    void aTrustNamesGroupsByPathOfTheTrustingOrganization() {
        ImportInputs realm = new ImportInputs().tenant("acme").tenant("globex").binding("acme-sso", "acme");
        realm.groupsByPath.put(ImportInput.groupKey("org-globex", "/engineers"), "group-1");
        realm.groupsByPath.put(ImportInput.groupKey("org-acme", "/sales"), "group-2");

        assertThat(accepted(realm.apply(new PackDocument(
                                null,
                                null,
                                null,
                                List.of(new PackDocument.Trust(
                                        "globex", "acme-sso", null, List.of("/engineers"), null, null, null)),
                                null,
                                null)))
                        .trusts())
                .singleElement()
                .satisfies(t -> assertThat(t.groupIds()).containsExactly("group-1"));
        assertThat(refused(realm.apply(new PackDocument(
                        null,
                        null,
                        null,
                        List.of(new PackDocument.Trust(
                                "globex", "acme-sso", null, List.of("/engineers", "/sales"), null, null, null)),
                        null,
                        null))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("trusts[0].groups[1]");
                    assertThat(p.message())
                            .isEqualTo("trusts[0].groups[1]: organization 'globex' has no group '/sales'.");
                });
    }

    @Test
    void whoCreatedAndVerifiedIsKeptAsGivenOrAsStored() {
        ImportInputs realm = new ImportInputs().tenant("acme").verifiedClaim("acme", "acme.example");

        ImportPlan given = accepted(realm.apply(domains(new PackDocument.Domain(
                "acme", "acme.example", null, true, null, null, null, null, "source-admin", "source-verifier"))));
        ImportPlan left = accepted(realm.apply(domains(domain("acme", "acme.example", true))));

        assertThat(given.claims()).singleElement().satisfies(c -> {
            assertThat(c.createdBy()).isEqualTo("source-admin");
            assertThat(c.verifiedBy()).isEqualTo("source-verifier");
        });
        assertThat(left.claims()).isEmpty();
        assertThat(refused(realm.apply(domains(new PackDocument.Domain(
                                "acme", "acme.example", null, null, null, null, null, null, " ", null))))
                        .field())
                .isEqualTo("domains[0].createdBy");
    }

    static ImportPlan accepted(ImportInput input) {
        ImportDecision decision = ImportDecider.decide(input);
        assertThat(decision).isInstanceOf(ImportDecision.Accepted.class);
        return ((ImportDecision.Accepted) decision).plan();
    }

    static ImportProblem refused(ImportInput input) {
        ImportDecision decision = ImportDecider.decide(input);
        assertThat(decision).isInstanceOf(ImportDecision.Refused.class);
        return ((ImportDecision.Refused) decision).problem();
    }
}
