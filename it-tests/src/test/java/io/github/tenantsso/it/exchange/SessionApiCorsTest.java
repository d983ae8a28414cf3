package io.github.tenantsso.it.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A single-page application calls the session API from its client's web origin ({@code http://app.invalid}, from the
 * redirect URI of {@code app} in {@code routing-realm.json}); a token used from another origin is refused.
 */
@KeycloakIntegrationTest
class SessionApiCorsTest {

    private static final String APP_ORIGIN = "http://app.invalid";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    String accessToken;

    @BeforeEach
    void signIn() {
        AppClient app = new AppClient(urls.getBase(), realm.getName());
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(app.authorizeUrl(""));
        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "carol@initech.example"));
        accessToken = app.redeem(browser.submit(
                        password, "kc-form-login", Map.of("username", "carol@initech.example", "password", "secret")))
                .accessToken();
    }

    @Test
    void answersThePreflightOfASessionSwitch() {
        HttpRequest preflight = request("/session/tenant", APP_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build();

        Reply reply = AdminApi.send(preflight);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
        assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(reply.header("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization");
    }

    @Test
    void letsTheClientsWebOriginReadTheSessionAndItsErrors() {
        Reply session = AdminApi.send(request("/session", APP_ORIGIN)
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build());
        Reply refused = AdminApi.send(request("/session/tenant", APP_ORIGIN)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\": \"acme\"}"))
                .build());

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
        assertThat(refused.error()).isEqualTo("login_required");
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
    }

    @Test
    void refusesTheTokenFromAnOriginItsClientDoesNotAllow() {
        Reply reply = AdminApi.send(request("/session", "https://evil.example")
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    private HttpRequest.Builder request(String path, String origin) {
        return HttpRequest.newBuilder(URI.create(urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso" + path))
                .header("Origin", origin);
    }
}
