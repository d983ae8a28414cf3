package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

@KeycloakIntegrationTest
class DomainClaimsApiTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    String acme;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.create(realm, "acme");
    }

    @Test
    void createsListsVerifiesAndDeletesAClaim() {
        Reply created = api.post(domains(acme), "{\"domain\": \"Acme.Example.\", \"includeSubdomains\": true}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode claim = created.json();
        assertThat(claim.path("domain").asText()).isEqualTo("acme.example");
        assertThat(claim.path("tenantId").asText()).isEqualTo(acme);
        assertThat(claim.path("status").asText()).isEqualTo("PENDING");
        assertThat(claim.path("includeSubdomains").asBoolean()).isTrue();
        assertThat(claim.path("verificationRecord").path("type").asText()).isEqualTo("TXT");
        assertThat(claim.path("verificationRecord").path("name").asText()).isEqualTo("_kc-tenant-sso.acme.example");
        assertThat(claim.path("verificationRecord").path("value").asText()).hasSizeGreaterThanOrEqualTo(40);

        assertThat(api.get(domains(acme)).json())
                .extracting(node -> node.path("domain").asText())
                .containsExactly("acme.example");

        Reply verified = api.post(domains(acme) + "/acme.example/verify", "{\"method\": \"admin\"}");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("verificationMethod").asText()).isEqualTo("ADMIN");
        assertThat(verified.json().path("verifiedBy").asText()).isNotBlank();
        assertThat(api.get(domains(acme) + "/ACME.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");

        assertThat(api.delete(domains(acme) + "/acme.example").status()).isEqualTo(204);
        assertThat(api.get(domains(acme) + "/acme.example").status()).isEqualTo(404);
        assertThat(api.get(domains(acme)).json()).isEmpty();
    }

    @Test
    void storesInternationalDomainsInPunycodeAndShowsThemInUnicode() {
        JsonNode claim =
                api.post(domains(acme), "{\"domain\": \"Bücher.example\"}").json();

        assertThat(claim.path("domain").asText()).isEqualTo("xn--bcher-kva.example");
        assertThat(claim.path("domainUnicode").asText()).isEqualTo("bücher.example");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"domain\": \"*.acme.example\"}              | wildcard_domain     | domain",
                "{\"domain\": \"co.uk\"}                       | public_suffix       | domain",
                "{\"domain\": \"192.0.2.10\"}                  | ip_address          | domain",
                "{\"domain\": \"intranet\"}                    | single_label_domain | domain",
                "{\"domain\": \"\"}                            | empty_domain        | domain",
                "{\"domain\": \"acme.example\", \"color\": 1}  | invalid_request     | color",
            })
    void rejectsBadInputWithASpecificErrorAndChangesNothing(String body, String error, String field) {
        Reply reply = api.post(domains(acme), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(error);
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(reply.json().path("error_description").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(api.get(domains(acme)).json()).isEmpty();
    }

    @Test
    void rejectsMalformedJsonWithTheSameErrorShape() {
        Reply reply = api.post(domains(acme), "{\"domain\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_request");
        assertThat(api.get(domains(acme)).json()).isEmpty();
    }

    @Test
    void refusesASecondClaimOfTheSameTenantOnTheSameDomain() {
        api.post(domains(acme), "{\"domain\": \"acme.example\"}");

        Reply again = api.post(domains(acme), "{\"domain\": \"ACME.example.\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("claim_exists");
    }

    @Test
    void answersNotFoundForAnUnknownOrganization() {
        Reply reply = api.post(domains("00000000-0000-0000-0000-000000000000"), "{\"domain\": \"acme.example\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("organization_not_found");
    }

    @Test
    void letsUnverifiedClaimsOfSeveralTenantsCoexistSoThatSquattingBlocksNobody() {
        String squatter = Tenants.create(realm, "squatter");
        assertThat(api.post(domains(squatter), "{\"domain\": \"acme.example\"}").status())
                .isEqualTo(201);

        assertThat(api.post(domains(acme), "{\"domain\": \"acme.example\"}").status())
                .isEqualTo(201);
        assertThat(api.post(domains(acme) + "/acme.example/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesToVerifyADomainAnotherTenantVerifiedWhileSharingIsOff() {
        String globex = Tenants.create(realm, "globex");
        api.post(domains(acme), "{\"domain\": \"shared.example\"}");
        api.post(domains(globex), "{\"domain\": \"shared.example\"}");
        api.post(domains(acme) + "/shared.example/verify", "{\"method\": \"admin\"}");

        Reply second = api.post(domains(globex) + "/shared.example/verify", "{\"method\": \"admin\"}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.error()).isEqualTo("domain_verified_elsewhere");
        assertThat(second.json().path("error_description").asText())
                .doesNotContain(acme)
                .doesNotContain("acme");
        assertThat(api.get(domains(globex) + "/shared.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    @Test
    void rejectsAnUnknownVerificationMethod() {
        api.post(domains(acme), "{\"domain\": \"acme.example\"}");

        Reply reply = api.post(domains(acme) + "/acme.example/verify", "{\"method\": \"trust-me\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("method");
        assertThat(api.get(domains(acme) + "/acme.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    @Test
    void recordsEveryChangeAsAnAdminEvent() {
        api.post(domains(acme), "{\"domain\": \"audited.example\"}");
        api.post(domains(acme) + "/audited.example/verify", "{\"method\": \"admin\"}");
        api.delete(domains(acme) + "/audited.example");

        List<AdminEventRepresentation> events = realm
                .admin()
                .getAdminEvents(null, null, null, null, null, null, List.of("CUSTOM"), null, null, null, null)
                .stream()
                .filter(event -> event.getResourcePath().contains(acme))
                .filter(event -> "DOMAIN_CLAIM".equals(event.getDetails().get("tenant_sso_resource")))
                .toList();

        assertThat(events)
                .extracting(AdminEventRepresentation::getOperationType)
                .containsExactlyInAnyOrder("CREATE", "ACTION", "DELETE");
        assertThat(events)
                .allSatisfy(event ->
                        assertThat(event.getResourcePath()).contains("tenant-sso/tenants/" + acme + "/domains"));
    }

    private static String domains(String tenantId) {
        return "/tenants/" + tenantId + "/domains";
    }
}
