package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.domain.dns.LoopbackDnsServer;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import io.github.tenantsso.it.harness.TestDns;
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
 * Verification by the DNS TXT record, with Keycloak asking a real DNS server on loopback.
 */
@KeycloakIntegrationTest
class DnsVerificationTest {

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
    }

    @AfterEach
    void answerAgain() {
        dns.staySilent(false);
    }

    @Test
    void verifiesAClaimWhoseTokenIsPublished() {
        JsonNode claim = api.post(domains(), "{\"domain\": \"dns-ok.example\"}").json();
        dns.publishTxt("_kc-tenant-sso.dns-ok.example", "v=spf1 -all");
        dns.publishTxt(
                "_kc-tenant-sso.dns-ok.example",
                claim.path("verificationRecord").path("value").asText());

        Reply reply = api.post(domains() + "/dns-ok.example/verify", "{\"method\": \"dns\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(reply.json().path("verificationMethod").asText()).isEqualTo("DNS");
    }

    @Test
    void usesDnsWhenNoMethodIsGiven() {
        JsonNode claim =
                api.post(domains(), "{\"domain\": \"dns-default.example\"}").json();
        dns.publishTxt(
                "_kc-tenant-sso.dns-default.example",
                claim.path("verificationRecord").path("value").asText());

        assertThat(api.post(domains() + "/dns-default.example/verify", "")
                        .json()
                        .path("verificationMethod")
                        .asText())
                .isEqualTo("DNS");
    }

    @Test
    void leavesTheClaimPendingWhenTheRecordHoldsAnotherToken() {
        api.post(domains(), "{\"domain\": \"dns-wrong.example\"}");
        dns.publishTxt("_kc-tenant-sso.dns-wrong.example", "someone-elses-token");

        Reply reply = api.post(domains() + "/dns-wrong.example/verify", "{\"method\": \"dns\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("verification_record_not_found");
        assertThat(reply.json().path("error_description").asText())
                .contains("_kc-tenant-sso.dns-wrong.example")
                .doesNotContain("someone-elses-token");
        assertThat(api.get(domains() + "/dns-wrong.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    @Test
    void leavesTheClaimPendingWhenNoRecordExists() {
        api.post(domains(), "{\"domain\": \"dns-missing.example\"}");

        Reply reply = api.post(domains() + "/dns-missing.example/verify", "{\"method\": \"dns\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(api.get(domains() + "/dns-missing.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    @Test
    void reportsAnUnansweredLookupAsAFailureOfDnsNotOfTheClaim() {
        api.post(domains(), "{\"domain\": \"dns-silent.example\"}");
        dns.staySilent(true);

        Reply reply = api.post(domains() + "/dns-silent.example/verify", "{\"method\": \"dns\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.error()).isEqualTo("dns_lookup_failed");
        assertThat(api.get(domains() + "/dns-silent.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    private String domains() {
        return "/tenants/" + acme + "/domains";
    }
}
