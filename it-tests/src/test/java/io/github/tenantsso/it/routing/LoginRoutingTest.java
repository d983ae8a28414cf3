package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Logins through the routing flow of {@code routing/routing-realm.json}: tenants acme (connections acme-oidc, then
 * acme-saml; domain acme.example), globex (globex-oidc, globex-saml) sharing shared.example with acme, and initech
 * (initech.example, no SSO); the connections' identity provider is the realm {@code routing-idp} of the same server.
 */
@KeycloakIntegrationTest
class LoginRoutingTest {

    private static final String CALLBACK = "http://app.invalid/callback";

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

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    @AfterEach
    void restorePolicy() {
        api.put(
                "/policy",
                "{\"crossTenantDomainSharing\": true, \"ambiguousNewUser\": \"BLOCK\", \"activeTenantLogin\": true}");
        api.put("/connections/acme-oidc", "{\"enabled\": true}");
        api.put("/connections/acme-saml", "{\"enabled\": true}");
        api.delete("/tenants/" + Tenants.idOf(realm, "acme") + "/policy");
        api.delete("/tenants/" + Tenants.idOf(realm, "globex") + "/policy");
    }

    /** These tests are about routing to a password: the tenant's sign-in policy lets its users have one. */
    private void allowPasswordsFor(String alias) {
        api.put(
                "/tenants/" + Tenants.idOf(realm, alias) + "/policy",
                "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
    }

    @Test
    void asksForTheEmailFirst() {
        Page page = browser.open(authorize(""));

        assertThat(page.document().getElementById("kc-tenant-sso-email-form")).isNotNull();
    }

    @Test
    void redirectsASingleTenantDomainToItsIdentityProviderWithTheLoginHint() {
        Page page = signInAs("ann@acme.example", "");

        assertThat(page.visitedPathContaining("/realms/routing/broker/acme-oidc/login"))
                .isTrue();
        assertOnIdentityProviderLoginFor(page, "ann@acme.example");
    }

    @Test
    void completesTheLoginThroughTheCustomersIdentityProvider() {
        Page atIdp = signInAs("ann@acme.example", "");

        Page done =
                browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
    }

    @Test
    void signsInAgainThroughTheIdentityProviderWhenTheClientAsksForAFreshLogin() {
        Page atIdp = signInAs("ann@acme.example", "");
        browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
        Page silent = browser.open(authorize(""));
        assertThat(silent.leftTo()).as("single sign-on without prompt").isNotNull();

        Page fresh = browser.open(authorize("&prompt=login"));

        assertThat(fresh.leftTo()).as("prompt=login must not complete silently").isNull();
        boolean emailForm = fresh.document().getElementById("kc-tenant-sso-email-form") != null;
        boolean atIdentityProvider = fresh.uri().toString().contains("/realms/routing-idp/");
        assertThat(emailForm || atIdentityProvider).as(fresh.body()).isTrue();
    }

    @Test
    void reAuthenticatesThroughTheTenantsIdentityProviderOnceMaxAgeHasPassed() throws InterruptedException {
        Page atIdp = signInAs("ann@acme.example", "");
        browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
        Thread.sleep(2_000);

        Page again = browser.open(authorize("&max_age=1"));

        assertThat(again.visitedPathContaining("/realms/routing/broker/acme-oidc/login"))
                .as(again.body())
                .isTrue();
    }

    @Test
    void takesTheLoginHintOfTheAuthorizationRequestWithoutAskingAgain() {
        Page page = browser.open(authorize("&login_hint=" + encode("ann@acme.example")));

        assertOnIdentityProviderLoginFor(page, "ann@acme.example");
    }

    @Test
    void blocksASharedDomainWithoutAHintAndOffersTheDefaultMethod() {
        allowPasswordsFor("globex");
        Page blocked = signInAs("sam@shared.example", "");

        assertThat(blocked.document().getElementById("kc-tenant-sso-blocked"))
                .as(blocked.body())
                .isNotNull();
        assertThat(blocked.body())
                .contains("sign-in link")
                .doesNotContain("acme")
                .doesNotContain("globex");

        Page password = browser.submit(blocked, "kc-tenant-sso-continue-form", Map.of());
        assertOnPasswordFormFor(password, "sam@shared.example");
    }

    @Test
    void routesNewUserToFirstCreatedTenantWhenDomainIsShared() {
        api.put("/policy", "{\"ambiguousNewUser\": \"FIRST_CREATED\"}");

        Page page = signInAs("sam@shared.example", "");

        assertThat(page.visitedPathContaining("/broker/acme-oidc/login")).isTrue();
    }

    @Test
    void aFreshBrowserGetsTheSameAnswerForAnExistingAndAnUnknownUserOfASharedDomain() {
        String userId = RealmUsers.create(realm, "sam@shared.example", "secret");
        String globex = Tenants.idOf(realm, "globex");
        realm.admin().organizations().get(globex).members().addMember(userId).close();
        assertThat(api.get("/users/" + userId + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(globex);

        Page existing = signInAs("sam@shared.example", "");
        Browser other = new Browser(urls.getBase());
        Page unknown = other.submit(
                other.open(authorize("")), "kc-tenant-sso-email-form", Map.of("username", "nobody@shared.example"));

        assertThat(existing.visitedPathContaining("/broker/"))
                .as("routed by the account's tenant")
                .isFalse();
        assertThat(existing.document().getElementById("kc-tenant-sso-blocked"))
                .as(existing.body())
                .isNotNull();
        assertThat(comparable(existing).replace("sam@", "x@"))
                .isEqualTo(comparable(unknown).replace("nobody@", "x@"));
    }

    @Test
    void aBrowserThatSignedInThroughATenantOfASharedDomainIsSentBackThere() {
        Page atIdp = signInAs("sam@shared.example", "&tenantId=acme");
        Page done =
                browser.submit(atIdp, "kc-form-login", Map.of("username", "sam@shared.example", "password", "secret"));
        assertThat(done.leftTo()).as(done.body()).isNotNull();
        try {
            // A fresh login on this browser: the e-mail is known from the session, and routing decides at once.
            Page again = browser.open(authorize("&prompt=login"));
            Browser other = new Browser(urls.getBase());
            Page elsewhere = other.submit(
                    other.open(authorize("")), "kc-tenant-sso-email-form", Map.of("username", "sam@shared.example"));

            assertThat(again.visitedPathContaining("/broker/acme-oidc/login"))
                    .as(again.body())
                    .isTrue();
            assertThat(elsewhere.document().getElementById("kc-tenant-sso-blocked"))
                    .as(elsewhere.body())
                    .isNotNull();
        } finally {
            realm.admin()
                    .users()
                    .searchByEmail("sam@shared.example", true)
                    .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        }
    }

    @Test
    void letsAHintOfTheAuthorizationRequestPickTheTenant() {
        Page page = signInAs("sam@shared.example", "&tenantId=globex");

        assertThat(page.visitedPathContaining("/broker/globex-oidc/login")).isTrue();
    }

    @Test
    void letsAHintOnTheLoginPageUrlPickTheTenant() {
        Page form = browser.open(authorize(""));
        Page hinted = browser.open(form.uri() + "&tenantId=" + Tenants.idOf(realm, "globex"));

        Page page = browser.submit(hinted, "kc-tenant-sso-email-form", Map.of("username", "sam@shared.example"));

        assertThat(page.visitedPathContaining("/broker/globex-oidc/login")).isTrue();
    }

    @Test
    void givesAHintedTenantWithoutSsoThePasswordForm() {
        allowPasswordsFor("acme");
        assertOnPasswordFormFor(signInAs("ann@acme.example", "&tenantId=initech"), "ann@acme.example");
    }

    @Test
    void answersAnUnknownHintExactlyLikeATenantWithoutSso() {
        allowPasswordsFor("acme");
        Page unknown = signInAs("ann@acme.example", "&tenantId=no-such-tenant");
        Page withoutSso = signInAs("ann@acme.example", "&tenantId=initech");

        assertOnPasswordFormFor(unknown, "ann@acme.example");
        assertThat(comparable(unknown)).isEqualTo(comparable(withoutSso));
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, null, null))
                .anySatisfy(event -> assertThat(event.getDetails())
                        .containsEntry("tenant_sso_reason", "HINT_UNUSABLE")
                        .containsEntry("tenant_sso_outcome", "DEFAULT_METHOD"));
    }

    @Test
    void showsTheSamePageWhetherOrNotTheUserExists() {
        Page existing = signInAs("carol@initech.example", "");
        Page unknown = signInAs("nobody@initech.example", "");

        assertOnPasswordFormFor(existing, "carol@initech.example");
        assertThat(comparable(existing).replace("carol", "nobody")).isEqualTo(comparable(unknown));

        Page existingRefused = browser.submit(existing, "kc-form-login", Map.of("password", "wrong"));
        Page unknownRefused = browser.submit(unknown, "kc-form-login", Map.of("password", "wrong"));

        assertThat(existingRefused.body()).contains("Invalid password");
        assertThat(comparable(existingRefused).replace("carol", "nobody")).isEqualTo(comparable(unknownRefused));
    }

    @Test
    void passwordPageCannotSignInAUserOfAnSsoDomain() {
        RealmUsers.create(realm, "pwuser@acme.example", "pwuser-secret");
        Page password = signInAs("nobody@initech.example", "");

        Page after = browser.submit(
                password, "kc-form-login", Map.of("username", "pwuser@acme.example", "password", "pwuser-secret"));

        assertThat(after.leftTo())
                .as("signed in with a password as a user of a domain routed to SSO")
                .isNull();
    }

    @Test
    void passwordPageSignsInOnlyTheUserTheEmailStepSettled() {
        RealmUsers.create(realm, "pwuser@acme.example", "pwuser-secret");
        Page password = signInAs("carol@initech.example", "");

        Page other = browser.submit(
                password, "kc-form-login", Map.of("username", "pwuser@acme.example", "password", "pwuser-secret"));
        assertThat(other.leftTo())
                .as("signed in as another user than the e-mail step settled")
                .isNull();

        Page carol =
                browser.submit(other, "kc-form-login", Map.of("username", "pwuser@acme.example", "password", "secret"));
        assertThat(new AppClient(urls.getBase(), realm.getName())
                        .redeem(carol)
                        .idClaims()
                        .path("email")
                        .asText())
                .isEqualTo("carol@initech.example");
    }

    @Test
    void continuingAfterARedirectDecisionNeverReachesThePasswordForm() {
        RealmUsers.create(realm, "pwuser@acme.example", "pwuser-secret");
        Page form = browser.open(authorize(""));
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "pwuser@acme.example"));
        assertThat(atIdp.uri().toString()).contains("/realms/routing-idp/");

        // The e-mail step's form posted again with "continue", under the login's current code, which the broker put
        // into the state it sent the identity provider (anyone can read it from their own browser's address bar).
        String staleCode = queryParameter(
                URI.create(form.document()
                        .getElementById("kc-tenant-sso-email-form")
                        .attr("action")),
                "session_code");
        String currentCode = queryParameter(atIdp.uri(), "state").split("\\.")[0];
        Page current =
                new Page(form.uri(), form.status(), form.body().replace(staleCode, currentCode), form.visited(), null);
        Page continued = browser.submit(current, "kc-tenant-sso-email-form", Map.of("continue", "true"));

        boolean passwordForm = continued.uri().toString().contains("/realms/routing/")
                && continued.document().getElementById("password") != null;
        assertThat(passwordForm)
                .as("the routing realm's password form, at " + continued.uri() + ":\n" + continued.body())
                .isFalse();
    }

    @Test
    void neverRoutesThroughAnUnverifiedDomain() {
        assertOnPasswordFormFor(signInAs("ann@pending.example", ""), "ann@pending.example");
    }

    @Test
    void neverRoutesThroughADisabledConnection() {
        api.put("/connections/acme-oidc", "{\"enabled\": false}");
        assertThat(signInAs("ann@acme.example", "").visitedPathContaining("/broker/acme-saml/login"))
                .isTrue();

        api.put("/connections/acme-saml", "{\"enabled\": false}");
        assertOnPasswordFormFor(signInAs("ann@acme.example", ""), "ann@acme.example");
    }

    @Test
    void neverRoutesThroughAnIdentityProviderDisabledInKeycloak() {
        List<String> aliases = List.of("acme-oidc", "acme-saml");
        aliases.forEach(alias -> setIdentityProviderEnabled(alias, false));
        try {
            assertOnPasswordFormFor(signInAs("ann@acme.example", ""), "ann@acme.example");
        } finally {
            aliases.forEach(alias -> setIdentityProviderEnabled(alias, true));
        }
    }

    @Test
    void neverRoutesToADisabledTenant() {
        String acme = Tenants.idOf(realm, "acme");
        OrganizationRepresentation tenant =
                realm.admin().organizations().get(acme).toRepresentation();
        tenant.setEnabled(false);
        realm.admin().organizations().get(acme).update(tenant).close();
        try {
            assertOnPasswordFormFor(signInAs("ann@acme.example", ""), "ann@acme.example");
        } finally {
            tenant.setEnabled(true);
            realm.admin().organizations().get(acme).update(tenant).close();
        }
    }

    @Test
    void asksAgainWithAClearMessageForAMalformedEmail() {
        Page form = browser.open(authorize(""));

        Page again = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "not an e-mail"));

        assertThat(again.document().getElementById("kc-tenant-sso-email-form")).isNotNull();
        assertThat(again.body()).contains("Enter a valid e-mail address");
    }

    @Test
    void recordsTheDecisionAsAnEventWithTenantConnectionAndReason() {
        signInAs("ann@acme.example", "");

        List<EventRepresentation> events =
                realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, null, null);

        assertThat(events).anySatisfy(event -> {
            assertThat(event.getDetails())
                    .containsEntry("custom_required_action", "tenant-sso-routing")
                    .containsEntry("tenant_sso_connection", "acme-oidc")
                    .containsEntry("tenant_sso_tenant", Tenants.idOf(realm, "acme"))
                    .containsEntry("tenant_sso_reason", "SINGLE_TENANT")
                    .containsEntry("tenant_sso_domain", "acme.example");
        });
    }

    private void setIdentityProviderEnabled(String alias, boolean enabled) {
        IdentityProviderRepresentation idp =
                realm.admin().identityProviders().get(alias).toRepresentation();
        idp.setEnabled(enabled);
        realm.admin().identityProviders().get(alias).update(idp);
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

    private static void assertOnIdentityProviderLoginFor(Page page, String email) {
        assertThat(page.uri().toString()).contains("/realms/routing-idp/");
        assertThat(page.visited())
                .anySatisfy(uri -> assertThat(uri.toString())
                        .contains("/realms/routing-idp/protocol/openid-connect/auth")
                        .contains("login_hint=" + encode(email)));
        assertThat(page.document().getElementById("username")).isNotNull();
        assertThat(page.document().getElementById("username").val()).isEqualTo(email);
    }

    private static void assertOnPasswordFormFor(Page page, String email) {
        Document document = page.document();
        assertThat(page.uri().toString()).as(page.body()).contains("/realms/routing/");
        assertThat(document.getElementById("kc-form-login")).as(page.body()).isNotNull();
        assertThat(document.getElementById("password")).isNotNull();
        assertThat(document.getElementById("username"))
                .as("an editable e-mail on the password page")
                .isNull();
        assertThat(document.getElementById("kc-attempted-username").val()).isEqualTo(email);
    }

    /** The whole page with what differs per login session (codes, tab ids, client data) taken out of its URLs. */
    private static String comparable(Page page) {
        return page.body().replaceAll("(session_code|execution|tab_id|client_data|code)=[^&\"'<\\s]*", "$1=");
    }

    private static String queryParameter(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " in " + uri));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
