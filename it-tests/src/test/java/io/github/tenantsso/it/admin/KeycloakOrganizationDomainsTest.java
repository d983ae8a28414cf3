package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Tenants;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/** Keycloak's own organization domains (the admin console's Organizations page) and the pack's claims agree. */
@KeycloakIntegrationTest
class KeycloakOrganizationDomainsTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    String acme;
    String globex;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.create(realm, "acme");
        globex = Tenants.create(realm, "globex");
    }

    @AfterEach
    void restorePolicy() {
        api.put("/policy", "{\"crossTenantDomainSharing\": false}");
    }

    @Test
    void aClaimVerifiedThroughThePackIsTheOrganizationsVerifiedDomainInKeycloak() {
        api.post(domains(acme), "{\"domain\": \"acme.example\", \"includeSubdomains\": true}");
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("*.acme.example", false));

        api.post(domains(acme) + "/acme.example/verify", "{\"method\": \"admin\"}");
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("*.acme.example", true));

        assertThat(api.delete(domains(acme) + "/acme.example").status()).isEqualTo(204);
        assertThat(keycloakDomains(acme)).isEmpty();
    }

    @Test
    void aDomainAddedInKeycloakIsAPendingClaimAndRemovingItThereDeletesTheClaim() {
        setKeycloakDomains(acme, Map.of("console.example", true));

        JsonNode claims = api.get(domains(acme)).json();
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.path("domain").asText()).isEqualTo("console.example");
            assertThat(claim.path("status").asText()).isEqualTo("PENDING");
        });
        // Keycloak's verified flag is no verification: the console shows the pack's state again.
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("console.example", false));

        setKeycloakDomains(acme, Map.of());
        assertThat(api.get(domains(acme)).json()).isEmpty();
    }

    @Test
    void aVerifiedClaimRemovedInKeycloakIsDeleted() {
        api.post(domains(acme), "{\"domain\": \"acme.example\"}");
        api.post(domains(acme) + "/acme.example/verify", "{\"method\": \"admin\"}");

        setKeycloakDomains(acme, Map.of());

        assertThat(api.get(domains(acme) + "/acme.example").status()).isEqualTo(404);
    }

    @Test
    void aDomainSharedByTwoTenantsIsShownForNeitherAndForTheOneLeft() {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        for (String tenant : new String[] {acme, globex}) {
            api.post(domains(tenant), "{\"domain\": \"shared.example\"}");
        }
        // Two pending claims: Keycloak can name only one organization, so it names none.
        assertThat(keycloakDomains(acme)).isEmpty();
        assertThat(keycloakDomains(globex)).isEmpty();

        api.post(domains(acme) + "/shared.example/verify", "{\"method\": \"admin\"}");
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("shared.example", true));
        assertThat(keycloakDomains(globex)).isEmpty();

        api.post(domains(globex) + "/shared.example/verify", "{\"method\": \"admin\"}");
        assertThat(keycloakDomains(acme)).isEmpty();
        assertThat(keycloakDomains(globex)).isEmpty();

        // Adding it in the console changes no claim, and Keycloak's side goes back to naming nobody.
        setKeycloakDomains(globex, Map.of("shared.example", true));
        assertThat(keycloakDomains(globex)).isEmpty();
        assertThat(api.get(domains(globex) + "/shared.example")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");

        api.delete(domains(globex) + "/shared.example");
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("shared.example", true));
    }

    @Test
    void aRemovedOrganizationLeavesTheDomainToTheOtherClaimant() {
        api.post(domains(acme), "{\"domain\": \"contested.example\"}");
        String initech = Tenants.create(realm, "initech");
        api.post(domains(initech), "{\"domain\": \"contested.example\"}");
        assertThat(keycloakDomains(acme)).isEmpty();

        realm.admin().organizations().get(initech).delete().close();

        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("contested.example", false));
    }

    @Test
    void anImportedClaimIsTheOrganizationsDomainInKeycloak() {
        AdminApi.Reply reply = api.post(
                "/import",
                "{\"domains\": ["
                        + "{\"tenant\": \"acme\", \"domain\": \"imported.example\", \"includeSubdomains\": true, \"verified\": true},"
                        + "{\"tenant\": \"globex\", \"domain\": \"pending.example\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(keycloakDomains(acme)).isEqualTo(Map.of("*.imported.example", true));
        assertThat(keycloakDomains(globex)).isEqualTo(Map.of("pending.example", false));
    }

    private Map<String, Boolean> keycloakDomains(String organizationId) {
        Set<OrganizationDomainRepresentation> domains = realm.admin()
                .organizations()
                .get(organizationId)
                .toRepresentation()
                .getDomains();
        return (domains == null ? Set.<OrganizationDomainRepresentation>of() : domains)
                .stream()
                        .collect(Collectors.toMap(
                                OrganizationDomainRepresentation::getName,
                                OrganizationDomainRepresentation::isVerified));
    }

    private void setKeycloakDomains(String organizationId, Map<String, Boolean> domains) {
        OrganizationRepresentation organization =
                realm.admin().organizations().get(organizationId).toRepresentation();
        if (organization.getDomains() != null) {
            List.copyOf(organization.getDomains()).forEach(organization::removeDomain);
        }
        domains.forEach((name, verified) -> {
            OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation(name);
            domain.setVerified(verified);
            organization.addDomain(domain);
        });
        try (Response response =
                realm.admin().organizations().get(organizationId).update(organization)) {
            assertThat(response.getStatus()).isEqualTo(204);
        }
    }

    private static String domains(String tenantId) {
        return "/tenants/" + tenantId + "/domains";
    }
}
