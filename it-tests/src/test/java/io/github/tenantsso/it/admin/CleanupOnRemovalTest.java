package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Removing a realm, tenant, identity provider or user through Keycloak removes the pack's rows about it.
 */
@KeycloakIntegrationTest
class CleanupOnRemovalTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    @Test
    void removesClaimsBindingsAndTrustsWithTheirTenant() {
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        api.post("/tenants/" + acme + "/domains", "{\"domain\": \"acme.example\"}");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
        api.post("/trusts", "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-sso\"}");
        api.post("/tenants/" + globex + "/domains", "{\"domain\": \"globex.example\"}");

        realm.admin().organizations().get(acme).delete().close();

        assertThat(api.get("/domains").json())
                .extracting(c -> c.path("domain").asText())
                .containsExactly("globex.example");
        assertThat(api.get("/connections").json()).isEmpty();
        assertThat(api.get("/trusts").json()).isEmpty();
    }

    @Test
    void datesMembershipsAndForgetsThemWithTheUser() {
        String acme = Tenants.create(realm, "acme");
        String userId = RealmUsers.create(realm, "member", "member-pass");
        realm.admin().organizations().get(acme).members().addMember(userId).close();

        JsonNode tenants = api.get("/users/" + userId + "/tenants").json();
        assertThat(tenants.path("activeTenant").asText()).isEqualTo(acme);
        assertThat(tenants.path("memberships"))
                .singleElement()
                .satisfies(m -> assertThat(m.path("joinedAt").asLong()).isPositive());

        realm.admin().users().get(userId).remove();
        String recreated = recreateUserWithId(userId);

        JsonNode after = api.get("/users/" + recreated + "/tenants").json();
        assertThat(after.hasNonNull("activeTenant")).isFalse();
        assertThat(after.path("memberships")).isEmpty();
    }

    @Test
    void movesTheActiveTenantToTheOldestRemainingMembershipWhenAUserLeaves() {
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        String userId = RealmUsers.create(realm, "mover", "mover-pass");
        realm.admin().organizations().get(acme).members().addMember(userId).close();
        realm.admin().organizations().get(globex).members().addMember(userId).close();

        realm.admin()
                .organizations()
                .get(acme)
                .members()
                .member(userId)
                .delete()
                .close();

        JsonNode tenants = api.get("/users/" + userId + "/tenants").json();
        assertThat(tenants.path("activeTenant").asText()).isEqualTo(globex);
        assertThat(tenants.path("memberships"))
                .extracting(m -> m.path("tenantId").asText())
                .containsExactly(globex);
    }

    @Test
    void removesEveryRowOfARemovedRealm() {
        String realmId = "tsso-cleanup-" + System.nanoTime();
        createRealm(realmId);
        AdminApi doomed =
                new AdminApi(urls.getBase(), realmId, () -> admin.tokenManager().getAccessTokenString());
        String tenant = createTenant(realmId, "doomed");
        doomed.post("/tenants/" + tenant + "/domains", "{\"domain\": \"doomed.example\"}");
        doomed.put("/policy", "{\"crossTenantDomainSharing\": true}");
        assertThat(doomed.get("/domains").json()).hasSize(1);
        assertThat(doomed.get("/audit").json()).hasSize(2);

        admin.realm(realmId).remove();
        createRealm(realmId);

        try {
            assertThat(doomed.get("/domains").json()).isEmpty();
            assertThat(doomed.get("/audit").json())
                    .as("the removed realm's audit trail")
                    .isEmpty();
            assertThat(doomed.get("/policy")
                            .json()
                            .path("crossTenantDomainSharing")
                            .asBoolean())
                    .isFalse();
        } finally {
            admin.realm(realmId).remove();
        }
    }

    private void createRealm(String realmId) {
        RealmRepresentation representation = new RealmRepresentation();
        representation.setId(realmId);
        representation.setRealm(realmId);
        representation.setEnabled(true);
        representation.setOrganizationsEnabled(true);
        admin.realms().create(representation);
    }

    private String createTenant(String realmName, String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(alias);
        organization.setAlias(alias);
        try (Response response = admin.realm(realmName).organizations().create(organization)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** A new user with the removed one's id: any row the pack kept about the old user would show up on it. */
    private String recreateUserWithId(String userId) {
        UserRepresentation user = new UserRepresentation();
        user.setId(userId);
        user.setUsername("member-again");
        user.setEnabled(true);
        PartialImportRepresentation importRep = new PartialImportRepresentation();
        importRep.setUsers(List.of(user));
        importRep.setIfResourceExists("FAIL");
        realm.admin().partialImport(importRep).close();
        realm.cleanup().add(r -> RealmUsers.removeIfPresent(r, userId));
        return realm.admin().users().search("member-again", true).get(0).getId();
    }
}
