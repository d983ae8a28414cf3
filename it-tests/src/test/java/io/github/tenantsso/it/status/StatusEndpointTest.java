package io.github.tenantsso.it.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

@KeycloakIntegrationTest
class StatusEndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = OrganizationsEnabled.class)
    ManagedRealm organizationsRealm;

    @InjectRealm(ref = "plain")
    ManagedRealm plainRealm;

    @Test
    void runsOnTheKeycloakDistributionTheBuildSelected() {
        String serverVersion = admin.serverInfo().getInfo().getSystemInfo().getVersion();

        assertThat(serverVersion).isEqualTo(System.getProperty("tenantsso.keycloak.server.version"));
    }

    @Test
    void reportsPackVersionAndOrganizationsEnabledForRealmWithOrganizations() throws Exception {
        HttpResponse<String> response = get("/realms/" + organizationsRealm.getName() + "/tenant-sso/status");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JsonSerialization.readValue(response.body(), JsonNode.class);
        assertThat(body.path("version").asText()).isEqualTo(System.getProperty("tenantsso.version"));
        assertThat(body.path("realm").asText()).isEqualTo(organizationsRealm.getName());
        assertThat(body.path("organizationsEnabled").isBoolean()).isTrue();
        assertThat(body.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void reportsOrganizationsDisabledForRealmWithoutOrganizations() throws Exception {
        HttpResponse<String> response = get("/realms/" + plainRealm.getName() + "/tenant-sso/status");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonSerialization.readValue(response.body(), JsonNode.class);
        assertThat(body.path("realm").asText()).isEqualTo(plainRealm.getName());
        assertThat(body.path("organizationsEnabled").asBoolean(true)).isFalse();
    }

    @Test
    void answersNotFoundForUnknownRealm() throws Exception {
        HttpResponse<String> response = get("/realms/no-such-realm-7f3a/tenant-sso/status");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("tenant-sso").doesNotContain("Exception");
    }

    @Test
    void answersNotFoundForUnknownResourceOfThePack() throws Exception {
        HttpResponse<String> response = get("/realms/" + organizationsRealm.getName() + "/tenant-sso/no-such-resource");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(urls.getBase() + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static final class OrganizationsEnabled implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.organizationsEnabled(true);
        }
    }
}
