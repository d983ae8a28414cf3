package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.domain.dns.LoopbackDnsServer;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import io.github.tenantsso.it.harness.TestDns;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A DNS-verified claim stays verified only while its record is there: the server looks again every
 * {@value TestDns#RECHECK_INTERVAL_SECONDS} s here, marks a claim whose record is gone, and lets it lapse once the
 * record has been gone for the grace period ({@value TestDns#LAPSE_GRACE_SECONDS} s here), recording each step.
 */
@KeycloakIntegrationTest
class DnsRecheckTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    String acme;
    LoopbackDnsServer dns = TestDns.server();

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.create(realm, "acme");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
    }

    @AfterEach
    void answerAgain() {
        dns.staySilent(false);
    }

    @Test
    void verifyingAVerifiedClaimAgainLooksItsRecordUpNow() {
        String record = verifyByDns("now.example");
        dns.remove(record);

        JsonNode claim = api.post(claim("now.example") + "/verify", "{\"method\": \"dns\"}")
                .json();

        assertThat(claim.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(claim.path("recordMissingSince").isNumber())
                .as(claim.toString())
                .isTrue();
    }

    @Test
    void aClaimWhoseRecordIsGoneLapsesAfterTheGracePeriodAndStopsRouting() {
        String record = verifyByDns("lapse.example");
        assertThat(discover("ann@lapse.example")).isEqualTo("SSO");
        assertThat(keycloakDomainVerified("lapse.example")).isTrue();

        dns.remove(record);

        JsonNode missing =
                awaitClaim("lapse.example", c -> c.path("recordMissingSince").isNumber());
        assertThat(missing.path("status").asText()).isEqualTo("VERIFIED");
        JsonNode lapsed =
                awaitClaim("lapse.example", c -> c.path("status").asText().equals("PENDING"));
        assertThat(lapsed.has("verificationMethod")).isFalse();
        assertThat(discover("ann@lapse.example")).isEqualTo("NO_SSO");
        assertThat(recheckEvents("lapse.example")).contains("RECORD_MISSING", "LAPSED");
        // Keycloak's own list of the organization's domains follows the lapse.
        assertThat(keycloakDomainVerified("lapse.example")).isFalse();
    }

    private boolean keycloakDomainVerified(String domain) {
        return realm.admin()
                .organizations()
                .get(acme)
                .toRepresentation()
                .getDomain(domain)
                .isVerified();
    }

    @Test
    void aRecordPublishedAgainWithinTheGracePeriodKeepsTheClaim() {
        String record = verifyByDns("back.example");
        String token = api.get(claim("back.example"))
                .json()
                .path("verificationRecord")
                .path("value")
                .asText();
        dns.remove(record);
        awaitClaim("back.example", c -> c.path("recordMissingSince").isNumber());

        dns.publishTxt(record, token);

        JsonNode back = awaitClaim("back.example", c -> !c.has("recordMissingSince"));
        assertThat(back.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(recheckEvents("back.example"))
                .contains("RECORD_MISSING", "RECORD_RECOVERED")
                .doesNotContain("LAPSED");
    }

    @Test
    void aResolverThatDoesNotAnswerChangesNothing() throws InterruptedException {
        verifyByDns("silent.example");
        dns.staySilent(true);

        Thread.sleep(Duration.ofSeconds(Long.parseLong(TestDns.LAPSE_GRACE_SECONDS) * 2 + 2)
                .toMillis());

        JsonNode claim = api.get(claim("silent.example")).json();
        assertThat(claim.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(claim.has("recordMissingSince")).isFalse();
    }

    private String verifyByDns(String domain) {
        JsonNode created = api.post("/tenants/" + acme + "/domains", "{\"domain\": \"" + domain + "\"}")
                .json();
        String record = "_kc-tenant-sso." + domain;
        dns.publishTxt(record, created.path("verificationRecord").path("value").asText());
        Reply verified = api.post(claim(domain) + "/verify", "{\"method\": \"dns\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        return record;
    }

    private JsonNode awaitClaim(String domain, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode claim = api.get(claim(domain)).json();
        while (!condition.test(claim)) {
            assertThat(System.nanoTime())
                    .as("still waiting for the claim: " + claim)
                    .isLessThan(deadline);
            sleep();
            claim = api.get(claim(domain)).json();
        }
        return claim;
    }

    private List<String> recheckEvents(String domain) {
        return realm.admin().getAdminEvents().stream()
                .filter(event -> event.getDetails() != null
                        && domain.equals(event.getDetails().get("tenant_sso_domain")))
                .map(AdminEventRepresentation::getDetails)
                .map(details -> details.get("tenant_sso_recheck"))
                .filter(what -> what != null)
                .toList();
    }

    private String discover(String email) {
        return AdminApi.send(HttpRequest.newBuilder(URI.create(
                                urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso/discovery?email=" + email))
                        .GET()
                        .build())
                .json()
                .path("reason")
                .asText();
    }

    private String claim(String domain) {
        return "/tenants/" + acme + "/domains/" + domain;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
