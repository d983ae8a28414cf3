package io.github.tenantsso.it.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The tenants' allowed sign-in methods, end to end on the routing realm of {@code routing/routing-realm.json}: acme
 * (acme.example, connections acme-oidc and acme-saml) and globex (globex-oidc, globex-saml) share shared.example;
 * initech (initech.example) has no connection. Every way to a password is tried: the login page, a hint to another
 * tenant, the password grant and a BLOCK page's "continue".
 */
@KeycloakIntegrationTest
class SignInMethodsTest {

    private static final String CALLBACK = "http://app.invalid/callback";
    private static final String DIRECT_GRANT_FLOW = "tenant-sso direct grant";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    Browser browser;
    AdminApi api;
    String acme;
    String globex;
    String initech;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.idOf(realm, "acme");
        globex = Tenants.idOf(realm, "globex");
        initech = Tenants.idOf(realm, "initech");
    }

    @AfterEach
    void restoreDefaults() {
        for (String tenant : new String[] {acme, globex, initech}) {
            api.delete("/tenants/" + tenant + "/policy");
        }
    }

    @Test
    void aTenantWithAConnectionIsSsoOnlyByDefaultAndOneWithoutKeepsPasswords() {
        assertThat(api.get("/tenants/" + acme + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_ONLY");
        assertThat(api.get("/tenants/" + initech + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_WITH_PASSWORD_FALLBACK");

        Page password = signInAs("carol@initech.example", "");
        Page done = browser.submit(password, "kc-form-login", Map.of("password", "secret"));

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
    }

    @Test
    void aMemberOfAnSsoOnlyTenantCannotUseAPasswordOnTheLoginPageAndIsOfferedOnlyItsConnections() {
        member("dora@initech.example", acme);
        Page password = signInAs("dora@initech.example", "");

        Page wrong = browser.submit(password, "kc-form-login", Map.of("password", "wrong"));
        assertThat(wrong.body())
                .as("a wrong password tells nothing of the membership")
                .contains("Invalid password");
        assertThat(wrong.document().getElementById("kc-tenant-sso-sso-required"))
                .isNull();

        Page refused = browser.submit(wrong, "kc-form-login", Map.of("password", "dora-secret"));

        assertThat(refused.leftTo()).as("signed in with a password").isNull();
        assertSsoRequiredOffering(refused, "acme-oidc", "acme-saml");
    }

    @Test
    void theRefusalPageStartsTheOfferedConnectionAndNoOther() {
        Page refused = signInAs("ann@acme.example", "&tenantId=initech");
        assertSsoRequiredOffering(refused, "acme-oidc", "acme-saml");

        Page forged = browser.submit(
                refused, "kc-tenant-sso-sso-required-form", Map.of("tenant_sso_connection", "globex-oidc"));
        assertThat(forged.visitedPathContaining("/broker/globex-oidc/")).isFalse();

        Page again = signInAs("ann@acme.example", "&tenantId=initech");
        Page atIdp =
                browser.submit(again, "kc-tenant-sso-sso-required-form", Map.of("tenant_sso_connection", "acme-oidc"));
        assertThat(atIdp.visitedPathContaining("/realms/routing/broker/acme-oidc/login"))
                .as(atIdp.body())
                .isTrue();
        assertThat(atIdp.uri().toString()).contains("/realms/routing-idp/");
    }

    @Test
    void aHintToATenantWithoutSsoGivesAUserOfAnSsoOnlyDomainNoPasswordWhetherOrNotTheUserExists() {
        RealmUsers.create(realm, "abe@acme.example", "abe-secret");

        Page existing = signInAs("abe@acme.example", "&tenantId=initech");
        Browser other = new Browser(urls.getBase());
        Page unknown = other.submit(
                other.open(authorize("&tenantId=initech")),
                "kc-tenant-sso-email-form",
                Map.of("username", "nobody@acme.example"));

        assertSsoRequiredOffering(existing, "acme-oidc", "acme-saml");
        assertThat(existing.document().getElementById("password")).isNull();
        assertThat(unknown.document().getElementById("kc-tenant-sso-sso-required"))
                .as(unknown.body())
                .isNotNull();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, null, null))
                .anySatisfy(event -> assertThat(event.getDetails())
                        .containsEntry("custom_required_action", "tenant-sso-routing")
                        .containsEntry("tenant_sso_outcome", "SSO_REQUIRED")
                        .containsEntry("tenant_sso_reason", "DOMAIN_OF_SSO_ONLY_TENANT")
                        .containsEntry("tenant_sso_domain", "acme.example")
                        .containsEntry("tenant_sso_tenant", acme));
    }

    @Test
    void aHintedPasswordLoginOfAnSsoOnlyMemberIsRefusedAfterThePassword() {
        member("dina@initech.example", acme);
        Page password = signInAs("dina@initech.example", "&tenantId=initech");

        Page refused = browser.submit(password, "kc-form-login", Map.of("password", "dina-secret"));

        assertThat(refused.leftTo()).isNull();
        assertSsoRequiredOffering(refused, "acme-oidc", "acme-saml");
    }

    @Test
    void thePasswordGrantIsRefusedWithInvalidGrantForAnSsoOnlyMemberAndAllowedWithTheFallback() {
        wireDirectGrantFlow();
        try {
            member("gus@initech.example", acme);

            Reply refused = passwordGrant("gus@initech.example", "gus-secret");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).isEqualTo("invalid_grant");
            assertThat(refused.json().path("error_description").asText())
                    .contains("single sign-on")
                    .doesNotContain("acme")
                    .doesNotContain(acme);
            assertThat(passwordGrant("gus@initech.example", "wrong")
                            .json()
                            .path("error_description")
                            .asText())
                    .as("a wrong password is answered as before, telling nothing of the policy")
                    .isEqualTo("Invalid user credentials");
            assertThat(passwordGrant("carol@initech.example", "secret").status())
                    .isEqualTo(200);

            api.put("/tenants/" + acme + "/policy", "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
            assertThat(passwordGrant("gus@initech.example", "gus-secret").status())
                    .isEqualTo(200);
        } finally {
            unwireDirectGrantFlow();
        }
    }

    @Test
    void aBlockPagesContinueLeadsToNoPasswordWhenEveryClaimantIsSsoOnly() {
        Page blocked = signInAs("sid@shared.example", "");
        assertThat(blocked.document().getElementById("kc-tenant-sso-blocked"))
                .as(blocked.body())
                .isNotNull();

        Page continued = browser.submit(blocked, "kc-tenant-sso-continue-form", Map.of());

        assertThat(continued.document().getElementById("kc-tenant-sso-sso-required"))
                .as(continued.body())
                .isNotNull();
        assertThat(continued.document().getElementById("password")).isNull();
        assertThat(continued.document().getElementById("kc-tenant-sso-sso-required-form"))
                .as("no tenant is guessed for a shared domain")
                .isNull();
        assertThat(continued.body()).doesNotContain("acme").doesNotContain("globex");
    }

    @Test
    void onASharedDomainOnlyAMemberOfTheFallbackClaimantKeepsThePassword() {
        api.put("/tenants/" + globex + "/policy", "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
        member("sue@shared.example", globex);
        RealmUsers.create(realm, "pat@shared.example", "pat-secret");

        Page sue = continueBlocked("sue@shared.example");
        Page signedIn = browser.submit(sue, "kc-form-login", Map.of("password", "sue-secret"));
        assertThat(signedIn.leftTo()).as(signedIn.body()).isNotNull();
        assertThat(new AppClient(urls.getBase(), realm.getName())
                        .redeem(signedIn)
                        .idClaims()
                        .path("email")
                        .asText())
                .isEqualTo("sue@shared.example");

        browser = new Browser(urls.getBase());
        Page pat = continueBlocked("pat@shared.example");
        Page refused = browser.submit(pat, "kc-form-login", Map.of("password", "pat-secret"));
        assertThat(refused.leftTo()).isNull();
        assertThat(refused.document().getElementById("kc-tenant-sso-sso-required"))
                .as(refused.body())
                .isNotNull();
        assertThat(refused.document().getElementById("kc-tenant-sso-sso-required-form"))
                .isNull();
    }

    @Test
    void aMemberOfAFallbackTenantSignsInWithAPassword() {
        api.put("/tenants/" + acme + "/policy", "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
        member("fay@initech.example", acme);

        Page password = signInAs("fay@initech.example", "");
        Page done = browser.submit(password, "kc-form-login", Map.of("password", "fay-secret"));

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
    }

    @Test
    void aChangeOfPolicyTakesEffectAtTheNextLogin() {
        member("max@initech.example", acme);
        assertThat(passwordLogin("max@initech.example", "max-secret").leftTo()).isNull();

        api.put("/tenants/" + acme + "/policy", "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
        assertThat(passwordLogin("max@initech.example", "max-secret").leftTo())
                .as("allowed after the change")
                .isNotNull();

        api.delete("/tenants/" + acme + "/policy");
        assertThat(passwordLogin("max@initech.example", "max-secret").leftTo())
                .as("the default again: SSO only")
                .isNull();
        api.put("/tenants/" + initech + "/policy", "{\"signInMethods\": \"SSO_ONLY\"}");
        assertThat(passwordLogin("carol@initech.example", "secret").document().getElementById("password"))
                .as("a tenant without connection set to SSO only refuses at the e-mail step")
                .isNull();
    }

    /** A user of the routing realm with a password, member of the tenant; the password is the local part + "-secret". */
    private void member(String email, String tenantId) {
        String userId = RealmUsers.create(realm, email, email.substring(0, email.indexOf('@')) + "-secret");
        realm.admin().organizations().get(tenantId).members().addMember(userId).close();
    }

    private Page passwordLogin(String email, String password) {
        browser = new Browser(urls.getBase());
        Page page = signInAs(email, "");
        return page.document().getElementById("kc-form-login") == null
                ? page
                : browser.submit(page, "kc-form-login", Map.of("password", password));
    }

    private Page continueBlocked(String email) {
        Page blocked = signInAs(email, "");
        return browser.submit(blocked, "kc-tenant-sso-continue-form", Map.of());
    }

    private static void assertSsoRequiredOffering(Page page, String... aliases) {
        assertThat(page.document().getElementById("kc-tenant-sso-sso-required"))
                .as(page.body())
                .isNotNull();
        assertThat(page.document().getElementById("password")).isNull();
        assertThat(page.document().select("button[name=tenant_sso_connection]"))
                .extracting(Element::val)
                .containsExactlyInAnyOrder(aliases);
        assertThat(page.body()).doesNotContain("globex-");
    }

    /** The documented flow: Keycloak's direct grant flow with the pack's step after the password. */
    private void wireDirectGrantFlow() {
        AuthenticationManagementResource flows = realm.admin().flows();
        if (flows.getFlows().stream().noneMatch(flow -> flow.getAlias().equals(DIRECT_GRANT_FLOW))) {
            flows.copy("direct grant", Map.of("newName", DIRECT_GRANT_FLOW)).close();
            flows.addExecution(DIRECT_GRANT_FLOW, Map.of("provider", "tenant-sso-direct-grant"));
            AuthenticationExecutionInfoRepresentation step = flows.getExecutions(DIRECT_GRANT_FLOW).stream()
                    .filter(execution -> "tenant-sso-direct-grant".equals(execution.getProviderId()))
                    .findFirst()
                    .orElseThrow();
            step.setRequirement("REQUIRED");
            flows.updateExecutions(DIRECT_GRANT_FLOW, step);
        }
        setDirectGrantFlow(DIRECT_GRANT_FLOW);
    }

    private void unwireDirectGrantFlow() {
        setDirectGrantFlow("direct grant");
    }

    private void setDirectGrantFlow(String alias) {
        RealmRepresentation representation = realm.admin().toRepresentation();
        representation.setDirectGrantFlow(alias);
        realm.admin().update(representation);
    }

    private Reply passwordGrant(String username, String password) {
        String form = "grant_type=password&client_id=admin-cli&scope=openid&username=" + encode(username) + "&password="
                + encode(password);
        return AdminApi.send(HttpRequest.newBuilder(
                        URI.create(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Page signInAs(String email, String extraParameters) {
        Page form = browser.open(authorize(extraParameters));
        return browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
    }

    private String authorize(String extraParameters) {
        return urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(CALLBACK) + extraParameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
