package io.github.tenantsso.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.LocalDatabase;
import io.github.tenantsso.it.harness.SecondNode;
import io.github.tenantsso.it.harness.Tenants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
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

/**
 * Two nodes on one database: what the pack's data becomes on one node, the other node routes by. Runs on PostgreSQL
 * and MariaDB; H2 files cannot be shared between two processes.
 */
@KeycloakIntegrationTest
class ClusterCoherenceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PROPAGATION = Duration.ofSeconds(15);
    private static SecondNode second;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    /** Started here rather than in a static set-up, so that the first node is running and installed by then. */
    @BeforeEach
    void joinASecondNode() {
        Optional<LocalDatabase> database = LocalDatabase.selected();
        assumeTrue(database.isPresent(), "needs a shared database: run with -Dkc.test.database=postgres or mariadb");
        if (second == null) {
            second = SecondNode.start(database.get());
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void routesOnTheSecondNodeByWhatChangedOnTheFirst() throws Exception {
        AdminApi first = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        assertThat(discoverOnSecond("ann@cluster.example").path("reason").asText())
                .isEqualTo("NO_SSO");

        String acme = Tenants.create(realm, "acme");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        first.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
        first.post("/tenants/" + acme + "/domains", "{\"domain\": \"cluster.example\"}");
        assertThat(first.post("/tenants/" + acme + "/domains/cluster.example/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(200);

        assertThat(awaitReasonOnSecond("ann@cluster.example", "SSO")).isEqualTo("SSO");

        first.put("/connections/acme-sso", "{\"enabled\": false}");

        assertThat(awaitReasonOnSecond("ann@cluster.example", "NO_SSO")).isEqualTo("NO_SSO");
    }

    /**
     * The realm existed when the second node started, so the node builds its index in the background at start, not
     * at its first login (the build's log line names the warm-up thread).
     */
    @Test
    void buildsTheRoutingIndexOfEveryRealmOnceStarted() throws Exception {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (second.logLines().stream().noneMatch(line -> line.contains("Routing indexes of"))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(second.logLines())
                .anyMatch(line -> line.contains("Routing indexes of") && line.contains("built at start"))
                .anyMatch(line -> line.contains("(tenant-sso-index-warm-up)")
                        && line.contains("Routing index of realm " + realm.getName() + " built in"));
    }

    /** Cache invalidations reach the other node shortly after the commit; waits a bounded time for them. */
    private String awaitReasonOnSecond(String email, String expected) throws Exception {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        String reason = discoverOnSecond(email).path("reason").asText();
        while (!reason.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            reason = discoverOnSecond(email).path("reason").asText();
        }
        return reason;
    }

    private JsonNode discoverOnSecond(String email) throws IOException, InterruptedException {
        URI uri = URI.create(SecondNode.BASE_URL + "/realms/" + realm.getName() + "/tenant-sso/discovery?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8));
        HttpResponse<String> response =
                HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonSerialization.readValue(response.body(), JsonNode.class);
    }
}
