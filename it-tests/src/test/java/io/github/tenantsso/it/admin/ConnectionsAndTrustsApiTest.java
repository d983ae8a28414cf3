package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

@KeycloakIntegrationTest
class ConnectionsAndTrustsApiTest {

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

    @Test
    void bindsAnIdentityProviderToItsTenantAndLinksItInKeycloak() {
        createIdp("acme-sso");

        Reply reply = api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\", \"jitEnabled\": true}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(api.put("/connections/acme-sso", "{\"jitEnabled\": false}").status())
                .isEqualTo(200);
        assertThat(reply.json().path("tenantId").asText()).isEqualTo(acme);
        assertThat(reply.json().path("enabled").asBoolean()).isTrue();
        assertThat(reply.json().path("jitEnabled").asBoolean()).isTrue();
        assertThat(reply.json().path("createdAt").asLong()).isPositive();
        assertThat(realm.admin().organizations().get(acme).identityProviders().getIdentityProviders())
                .extracting(IdentityProviderRepresentation::getAlias)
                .containsExactly("acme-sso");
    }

    @Test
    void bindsConnectionsLinkedThroughKeycloaksOwnApiToo() {
        createIdp("linked-sso");

        realm.admin()
                .organizations()
                .get(globex)
                .identityProviders()
                .addIdentityProvider("linked-sso")
                .close();

        JsonNode binding = api.get("/connections/linked-sso").json();
        assertThat(binding.path("tenantId").asText()).isEqualTo(globex);
        assertThat(binding.path("jitEnabled").asBoolean()).isFalse();
    }

    @Test
    void refusesToTakeAConnectionFromItsOwner() {
        createIdp("acme-sso");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");

        Reply reply = api.put("/connections/acme-sso", "{\"tenantId\": \"" + globex + "\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("connection_owned_elsewhere");
        assertThat(api.get("/connections/acme-sso").json().path("tenantId").asText())
                .isEqualTo(acme);
    }

    @Test
    void answersNotFoundForAnUnknownIdentityProvider() {
        Reply reply = api.put("/connections/nope", "{\"tenantId\": \"" + acme + "\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("connection_not_found");
    }

    @Test
    void createsListsAndDeletesATrust() {
        createIdp("acme-sso");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");

        Reply created = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + globex
                        + "\", \"connectionAlias\": \"acme-sso\", \"ownerTenantId\": \"" + acme
                        + "\", \"jitEnabled\": true}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("ownerTenantId").asText()).isEqualTo(acme);
        assertThat(api.get("/trusts").json())
                .extracting(trust -> trust.path("connectionAlias").asText())
                .containsExactly("acme-sso");
        assertThat(api.delete("/trusts/" + id).status()).isEqualTo(204);
        assertThat(api.get("/trusts").json()).isEmpty();
        assertThat(api.delete("/trusts/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesATrustInTheTenantsOwnConnectionADuplicateAndAWrongOwner() {
        createIdp("acme-sso");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
        String trust = "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-sso\"}";
        api.post("/trusts", trust);

        Reply own = api.post("/trusts", "{\"trustingTenantId\": \"" + acme + "\", \"connectionAlias\": \"acme-sso\"}");
        Reply duplicate = api.post("/trusts", trust);
        Reply wrongOwner = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-sso\", \"ownerTenantId\": \""
                        + globex + "\"}");

        assertThat(List.of(own.error(), duplicate.error(), wrongOwner.error()))
                .containsExactly("own_connection", "trust_exists", "owner_mismatch");
        assertThat(List.of(own.status(), duplicate.status(), wrongOwner.status()))
                .containsOnly(409);
        assertThat(api.get("/trusts").json()).hasSize(1);
    }

    @Test
    void removesTheBindingAndItsTrustsWithTheIdentityProvider() {
        createIdp("doomed-sso");
        api.put("/connections/doomed-sso", "{\"tenantId\": \"" + acme + "\"}");
        api.post("/trusts", "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"doomed-sso\"}");

        realm.admin().identityProviders().get("doomed-sso").remove();

        assertThat(api.get("/connections/doomed-sso").status()).isEqualTo(404);
        assertThat(api.get("/trusts").json()).isEmpty();
    }

    @Test
    void unbindsAConnectionAndDropsItsTrusts() {
        createIdp("parted-sso");
        api.put("/connections/parted-sso", "{\"tenantId\": \"" + acme + "\"}");
        api.post("/trusts", "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"parted-sso\"}");

        assertThat(api.delete("/connections/parted-sso").status()).isEqualTo(204);

        assertThat(api.get("/connections/parted-sso").status()).isEqualTo(404);
        assertThat(api.get("/trusts").json()).isEmpty();
        assertThat(realm.admin().organizations().get(acme).identityProviders().getIdentityProviders())
                .isEmpty();
    }

    private void createIdp(String alias) {
        Tenants.createIdentityProvider(realm, alias, alias);
    }
}
