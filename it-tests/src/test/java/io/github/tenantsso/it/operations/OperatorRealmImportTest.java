package io.github.tenantsso.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The Keycloak Operator example of docs/operations.md is a realm Keycloak imports as written, and it routes.
 */
@KeycloakIntegrationTest
class OperatorRealmImportTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "keycloak-realm-import.yaml");

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private String imported;

    @AfterEach
    void removeTheImportedRealm() {
        if (imported != null
                && admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(imported))) {
            admin.realm(imported).remove();
        }
    }

    @Test
    void theOperatorExampleImportsAndRoutesItsTenantsDomainToItsConnection() throws IOException {
        JsonNode resource = new ObjectMapper(new YAMLFactory()).readTree(EXAMPLE.toFile());
        assertThat(resource.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(resource.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(resource.path("spec").path("keycloakCRName").asText()).isNotBlank();
        // Strict reading: a misspelt field of the realm would be silently dropped by Keycloak's own import.
        RealmRepresentation realm =
                new ObjectMapper().treeToValue(resource.path("spec").path("realm"), RealmRepresentation.class);

        admin.realms().create(realm);
        imported = realm.getRealm();

        JsonNode document = api().get("/export").json();
        assertThat(document.path("domains").get(0).path("domain").asText()).isEqualTo("acme.example");
        assertThat(document.path("domains").get(0).path("verified").asBoolean()).isTrue();
        assertThat(document.path("connections").get(0).path("alias").asText()).isEqualTo("acme-oidc");
        assertThat(admin.realm(imported).toRepresentation().getAttributes()).doesNotContainKey("tenant-sso");

        Page routed = emailStep("pat@acme.example");
        assertThat(routed.leftTo()).as(routed.body()).isNotNull();
        assertThat(routed.leftTo().toString())
                .startsWith("https://sso.acme.example/realms/acme/protocol/openid-connect/auth")
                .contains("login_hint=pat%40acme.example");
    }

    @Test
    void theOperatorExampleGivesADomainWithoutSsoThePasswordPageAndNoConnection() throws IOException {
        RealmRepresentation realm = new ObjectMapper()
                .treeToValue(
                        new ObjectMapper(new YAMLFactory())
                                .readTree(EXAMPLE.toFile())
                                .path("spec")
                                .path("realm"),
                        RealmRepresentation.class);
        admin.realms().create(realm);
        imported = realm.getRealm();

        Page password = emailStep("pat@elsewhere.example");

        assertThat(password.leftTo()).isNull();
        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();
        assertThat(password.body()).doesNotContain("Acme", "/broker/");
    }

    private Page emailStep(String email) {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(urls.getBase() + "/realms/" + imported
                + "/protocol/openid-connect/auth?client_id=account"
                + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(urls.getBase() + "/realms/" + imported + "/account/", StandardCharsets.UTF_8));
        return browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
    }

    private AdminApi api() {
        return new AdminApi(urls.getBase(), imported, () -> admin.tokenManager().getAccessTokenString());
    }
}
