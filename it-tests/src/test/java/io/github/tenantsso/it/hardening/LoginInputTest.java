package io.github.tenantsso.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * What the e-mail step does with the less common addresses and with restarts: an address whose domain no tenant can
 * own signs in with the default method, the identity provider gets the normalized address, a restart starts from an
 * empty e-mail, and the hint the login started with holds for the whole login.
 */
@KeycloakIntegrationTest
class LoginInputTest {

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
        api.delete("/tenants/" + Tenants.idOf(realm, "globex") + "/policy");
    }

    @Test
    void aUserWhoseDomainNoTenantCanOwnSignsInAndReAuthenticatesWithThePassword() {
        RealmUsers.create(realm, "eve@localhost", "eve-secret");

        Page password = signInAs("eve@localhost", "");
        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();
        Page done = browser.submit(password, "kc-form-login", Map.of("password", "eve-secret"));
        assertThat(done.leftTo()).as(done.body()).isNotNull();

        Page again = browser.open(authorize("&prompt=login"));

        assertThat(again.body()).doesNotContain("Unexpected error").doesNotContain("Exception");
        assertThat(again.document().getElementById("password")).as(again.body()).isNotNull();
        Page reDone = browser.submit(again, "kc-form-login", Map.of("password", "eve-secret"));
        assertThat(reDone.leftTo()).as(reDone.body()).isNotNull();
    }

    @Test
    void theIdentityProviderGetsTheNormalizedAddress() {
        Page atIdp = signInAs("ann@ACME.example.", "");

        assertThat(atIdp.visited())
                .anySatisfy(uri -> assertThat(uri.toString())
                        .contains("/realms/routing-idp/protocol/openid-connect/auth")
                        .contains("login_hint=ann%40acme.example&"));
    }

    @Test
    void restartingFromThePasswordPageAfterABlockPageStartsWithAnEmptyEmail() {
        // A shared domain leads to a password only where a claimant keeps the fallback.
        api.put(
                "/tenants/" + Tenants.idOf(realm, "globex") + "/policy",
                "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
        Page blocked = signInAs("sam@shared.example", "");
        Page password = browser.submit(blocked, "kc-tenant-sso-continue-form", Map.of());
        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();

        Page restarted = browser.open(restartLink(password));

        assertOnEmptyEmailForm(restarted);
    }

    @Test
    void theBlockPageOffersToUseAnotherEmail() {
        Page blocked = signInAs("sam@shared.example", "");
        Element other = blocked.document().getElementById("kc-tenant-sso-other-email");
        assertThat(other).as(blocked.body()).isNotNull();

        Page restarted = browser.open(other.absUrl("href"));

        assertOnEmptyEmailForm(restarted);
    }

    @Test
    void aHintBeyondTheFifthExtraParameterHoldsAfterARestart() {
        String sixth = "&p1=1&p2=2&p3=3&p4=4&p5=5&tenantId=globex";
        Page password = signInAs("carol@initech.example", sixth);
        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();

        Page restarted = browser.open(restartLink(password));
        Page routed = browser.submit(restarted, "kc-tenant-sso-email-form", Map.of("username", "sam@shared.example"));

        assertThat(routed.visitedPathContaining("/realms/routing/broker/globex-"))
                .as(routed.body())
                .isTrue();
    }

    private void assertOnEmptyEmailForm(Page page) {
        assertThat(page.document().getElementById("kc-tenant-sso-email-form"))
                .as(page.body())
                .isNotNull();
        assertThat(page.document()
                        .select("#kc-tenant-sso-email-form input[name=username]")
                        .val())
                .isEmpty();
    }

    /** Keycloak's password page restarts the login from a button whose script opens the restart URL. */
    private String restartLink(Page page) {
        Element button = page.document().getElementById("reset-login");
        assertThat(button).as("a restart button on " + page.body()).isNotNull();
        String script = button.attr("onclick");
        String path = script.substring(script.indexOf("'") + 1, script.lastIndexOf("'"));
        return page.uri().resolve(path).toString();
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
