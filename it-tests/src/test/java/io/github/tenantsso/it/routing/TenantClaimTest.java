package io.github.tenantsso.it.routing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code tenant} claim that the client {@code app} of {@code routing-realm.json} gets from the pack's mapper.
 */
@KeycloakIntegrationTest
class TenantClaimTest {

    private static final String CALLBACK = "http://app.invalid/callback";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    @BeforeEach
    void firstLogins() {
        realm.admin().users().searchByEmail("ann@acme.example", true).forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
    }

    @Test
    void namesTheTenantAndConnectionTheLoginLandedIn() throws Exception {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "ann@acme.example"));
        Page done = browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));

        JsonNode tenant = idTokenClaims(done).path("tenant");

        assertThat(tenant.path("id").asText()).isEqualTo(Tenants.idOf(realm, "acme"));
        assertThat(tenant.path("alias").asText()).isEqualTo("acme");
        assertThat(tenant.path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(tenant.path("groups").isArray()).isTrue();
    }

    @Test
    void namesTheActiveTenantOfAPasswordLoginWithoutAConnection() throws Exception {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "carol@initech.example"));
        Page done = browser.submit(password, "kc-form-login", Map.of("username", "carol@initech.example", "password", "secret"));

        JsonNode tenant = idTokenClaims(done).path("tenant");

        assertThat(tenant.path("alias").asText()).isEqualTo("initech");
        assertThat(tenant.has("connection")).isFalse();
    }

    @Test
    void leavesTheClaimOutForAUserWithoutATenant() throws Exception {
        RealmUsers.create(realm, "loner@nowhere.example", "secret");
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "loner@nowhere.example"));
        Page done = browser.submit(password, "kc-form-login", Map.of("username", "loner@nowhere.example", "password", "secret"));

        assertThat(idTokenClaims(done).has("tenant")).isFalse();
    }

    private JsonNode idTokenClaims(Page done) throws IOException, InterruptedException {
        assertThat(done.leftTo()).as(done.body()).isNotNull();
        String code = done.leftTo().getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        String form = "grant_type=authorization_code&client_id=app&code=" + code + "&redirect_uri=" + encode(CALLBACK);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/realms/routing/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String idToken = JsonSerialization.readValue(response.body(), JsonNode.class).path("id_token").asText();
        return JsonSerialization.readValue(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), JsonNode.class);
    }

    private String authorize() {
        return urls.getBase() + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(CALLBACK);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
