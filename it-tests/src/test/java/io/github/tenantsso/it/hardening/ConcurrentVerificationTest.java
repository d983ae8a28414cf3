package io.github.tenantsso.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Two tenants race to verify one domain while sharing is off: exactly one wins, and every loser is told why in a
 * documented code, never Keycloak's generic conflict or a 500.
 */
@KeycloakIntegrationTest
class ConcurrentVerificationTest {

    private static final int ATTEMPTS = 50;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    @Test
    void everyLoserOfARaceToVerifyADomainGetsADocumentedAnswer() throws Exception {
        AdminApi api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        List<String> tenants = List.of(Tenants.create(realm, "racer-a"), Tenants.create(realm, "racer-b"));
        for (String tenant : tenants) {
            assertThat(api.post("/tenants/" + tenant + "/domains", "{\"domain\": \"race.example\"}")
                            .status())
                    .isEqualTo(201);
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Callable<Reply>> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String tenant = tenants.get(i % 2);
                attempts.add(() ->
                        api.post("/tenants/" + tenant + "/domains/race.example/verify", "{\"method\": \"admin\"}"));
            }
            for (Future<Reply> reply : pool.invokeAll(attempts)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> verified = new ArrayList<>();
        for (JsonNode claim : api.get("/domains").json()) {
            if (claim.path("status").asText().equals("VERIFIED")) {
                verified.add(claim.path("tenantId").asText());
            }
        }
        assertThat(verified).hasSize(1);
        String winner = verified.get(0);
        for (int i = 0; i < ATTEMPTS; i++) {
            Reply reply = replies.get(i);
            boolean forWinner = tenants.get(i % 2).equals(winner);
            if (reply.status() == 200) {
                assertThat(forWinner)
                        .as("a 200 for the tenant that lost: " + reply.body())
                        .isTrue();
            } else if (reply.status() == 409) {
                assertThat(reply.error()).as(reply.body()).isEqualTo("domain_verified_elsewhere");
            } else {
                assertThat(reply.status()).as(reply.body()).isEqualTo(503);
                assertThat(reply.error()).isEqualTo("retry_later");
                assertThat(reply.header("Retry-After")).isNotBlank();
            }
        }
    }
}
