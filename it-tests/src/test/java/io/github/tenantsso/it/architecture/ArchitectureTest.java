package io.github.tenantsso.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the main code in the pack's four JARs and the demo's sample application (this module is the
 * one that has them all on its class path; test code is not checked). See docs/architecture.md.
 */
class ArchitectureTest {

    private static final String PACK = "io.github.tenantsso";

    /** Where entities may also be named: the model's implementation, which registers them with Keycloak's JPA. */
    private static final String WIRING = PACK + ".wiring";

    /**
     * The rules that decide: plain Java from a record to an outcome, testable without a server. Their nested records
     * and outcomes are held to the same rule. A new decision class is added here.
     */
    private static final Set<String> DECISIONS = Set.of(
            "domain.DomainName",
            "domain.VerificationMethod",
            "domain.dns.DomainVerification",
            "policy.RoutingPolicy",
            "policy.PolicyPatch",
            "policy.SharingChange",
            "routing.DomainIndex",
            "routing.decision.RoutingDecision",
            "routing.decision.RoutingInput",
            "routing.decision.RoutingOutcome",
            "routing.decision.SsoOptions",
            "routing.decision.PasswordSignIn",
            "routing.decision.PasswordSignInInput",
            "routing.decision.MfaSignIn",
            "routing.decision.MfaSignInInput",
            "signin.Mfa",
            "signin.SignInMethods",
            "signin.SessionLimits",
            "signin.SessionLimit",
            "landing.Landing",
            "landing.LandingInput",
            "landing.LandingOutcome",
            "exchange.TenantSwitch",
            "exchange.SwitchOutcome",
            "revocation.SessionRevocation",
            "revocation.SessionFacts",
            "revocation.SessionFate",
            "vanity.VanityHost",
            "importexport.ImportDecider",
            "importexport.ImportInput",
            "importexport.ImportDecision",
            "connection.ConnectionLink",
            "trust.TrustGroups",
            "tenantadmin.Appointment",
            "portal.PortalAccess",
            "audit.AuditQueryParams",
            "audit.AuditQuery",
            "audit.AuditType",
            "web.StaticPath",
            "branding.Branding",
            "branding.BrandingAttributes",
            "branding.BrandColor",
            "branding.DisplayName",
            "branding.LogoUrl");

    /** Packages that decide as a whole: the routing index and the rows it is built from. */
    private static final Set<String> DECISION_PACKAGES = Set.of(PACK + ".routing");

    private static JavaClasses pack;

    @BeforeAll
    static void importMainClasses() {
        pack = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(PACK);
    }

    @Test
    void theImportHoldsTheMainClassesOfAllFourJars() {
        // One class of each JAR: a rule over fewer JARs would pass for the wrong reason.
        assertThat(List.of(
                        "wiring.DefaultTenantSso",
                        "authenticators.routing.TenantSsoRoutingAuthenticator",
                        "branding.BrandedLoginFormsProvider",
                        "policytab.RoutingPolicyTab"))
                .allMatch(name -> pack.contain(PACK + "." + name));
        assertThat(pack.stream().map(JavaClass::getName)).noneMatch(name -> name.startsWith(PACK + ".it."));
        assertThat(DECISIONS).allMatch(name -> pack.contain(PACK + "." + name));
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(PACK + ".(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(pack);
    }

    @Test
    void decisionsUseNoKeycloakOrPersistenceType() {
        noClasses()
                .that(decisions())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.keycloak..", "jakarta.persistence..")
                .check(pack);
    }

    /**
     * An entity is read and written by its own feature's package (and its sub-packages); the others get the values its
     * store returns and write through the store's methods.
     */
    @Test
    void entitiesStayInsideTheirFeature() {
        classes()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should(beUsedOnlyInsideTheirFeature())
                .check(pack);
    }

    /**
     * The routing version is bumped in one place, so that a batched write (an import) bumps it once and every other
     * write exactly for what it changed.
     */
    @Test
    void onlyRoutingVersionsBumpsTheRoutingVersion() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(PACK + ".write.RoutingVersions")
                .and()
                .areNotAssignableTo(PACK + ".model.TenantSso")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "TenantSso.changed",
                        call -> call.getTargetOwner().isAssignableTo(PACK + ".model.TenantSso")
                                && call.getName().equals("changed")))
                .check(pack);
    }

    /** See docs/architecture.md: the prefix marks what Keycloak loads or shows by name, nothing else. */
    @Test
    void onlyWhatKeycloakLoadsIsNamedTenantSso() {
        classes()
                .that()
                .haveSimpleNameStartingWith("TenantSso")
                .or()
                .haveSimpleNameStartingWith("DefaultTenantSso")
                .should(beLoadedByKeycloak())
                .check(pack);
    }

    private static ArchCondition<JavaClass> beLoadedByKeycloak() {
        return new ArchCondition<>(
                "be a Keycloak SPI, provider or provider factory, or the root resource a provider mounts") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean loaded = javaClass.isAssignableTo("org.keycloak.provider.Provider")
                        || javaClass.isAssignableTo("org.keycloak.provider.ProviderFactory")
                        || javaClass.isAssignableTo("org.keycloak.provider.Spi")
                        || javaClass.getSimpleName().endsWith("Resource");
                if (!loaded) {
                    events.add(SimpleConditionEvent.violated(
                            javaClass, javaClass.getName() + " is named TenantSso but Keycloak does not load it"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> decisions() {
        return DescribedPredicate.describe("are decisions", javaClass -> {
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            String topLevel = nested < 0 ? name : name.substring(0, nested);
            return DECISION_PACKAGES.contains(javaClass.getPackageName())
                    || topLevel.startsWith(PACK + ".") && DECISIONS.contains(topLevel.substring(PACK.length() + 1));
        });
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their feature's package and " + WIRING) {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String feature = entity.getPackageName();
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    String user = dependency.getOriginClass().getPackageName();
                    boolean inside = user.equals(feature) || user.startsWith(feature + ".") || user.equals(WIRING);
                    if (!inside) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
