package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

@KeycloakIntegrationTest
class AdminPermissionsTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = Tenants.OrganizationsRealm.class)
    ManagedRealm otherRealm;

    @Test
    void refusesAUserWithoutAdminRoles() {
        RealmUsers.create(realm, "plain", "plain-pass");
        AdminApi api = as(realm, realm, "plain", "plain-pass");

        assertThat(api.get("/policy").status()).isEqualTo(403);
        assertThat(api.put("/policy", "{\"crossTenantDomainSharing\": true}").status())
                .isEqualTo(403);
        assertThat(api.get("/domains").status()).isEqualTo(403);
    }

    @Test
    void letsAViewerReadButNotChange() {
        RealmUsers.create(realm, "viewer", "viewer-pass", "view-realm");
        AdminApi api = as(realm, realm, "viewer", "viewer-pass");
        String tenant = Tenants.create(realm, "viewed");

        assertThat(api.get("/policy").status()).isEqualTo(200);
        assertThat(api.get("/tenants/" + tenant + "/domains").status()).isEqualTo(200);
        assertThat(api.put("/policy", "{\"crossTenantDomainSharing\": true}").status())
                .isEqualTo(403);
        assertThat(api.post("/tenants/" + tenant + "/domains", "{\"domain\": \"viewed.example\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/policy").json().path("crossTenantDomainSharing").asBoolean())
                .isFalse();
    }

    @Test
    void letsARealmManagerChangeItsOwnRealm() {
        RealmUsers.create(realm, "manager", "manager-pass", "manage-realm", "view-realm");
        AdminApi api = as(realm, realm, "manager", "manager-pass");

        assertThat(api.put("/policy", "{\"hintParameter\": \"org\"}").status()).isEqualTo(200);
        assertThat(api.put("/policy", "{\"hintParameter\": \"tenantId\"}").status())
                .isEqualTo(200);
    }

    @Test
    void refusesTheAdminOfAnotherRealm() {
        RealmUsers.create(otherRealm, "other-admin", "other-pass", "realm-admin");
        AdminApi api = as(otherRealm, realm, "other-admin", "other-pass");
        String tenant = Tenants.create(realm, "guarded");

        assertThat(api.get("/policy").status()).isEqualTo(403);
        assertThat(api.post("/tenants/" + tenant + "/domains", "{\"domain\": \"guarded.example\"}")
                        .status())
                .isEqualTo(403);
        assertThat(as(otherRealm, otherRealm, "other-admin", "other-pass")
                        .get("/policy")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesRequestsWithoutAToken() {
        AdminApi anonymous = new AdminApi(urls.getBase(), realm.getName(), () -> "not-a-token");

        assertThat(anonymous.get("/policy").status()).isEqualTo(401);
    }

    private AdminApi as(ManagedRealm userRealm, ManagedRealm targetRealm, String username, String password) {
        String token = RealmUsers.accessToken(urls.getBase(), userRealm.getName(), username, password);
        return new AdminApi(urls.getBase(), targetRealm.getName(), () -> token);
    }
}
