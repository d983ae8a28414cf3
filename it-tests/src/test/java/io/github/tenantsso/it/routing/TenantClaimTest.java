package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.util.Map;
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
 * The {@code tenant} claim that the client {@code app} of {@code routing-realm.json} gets from the pack's mapper.
 */
@KeycloakIntegrationTest
class TenantClaimTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    @BeforeEach
    void firstLogins() {
        realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
    }

    @Test
    void namesTheTenantAndConnectionTheLoginLandedIn() throws Exception {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "ann@acme.example"));
        Page done =
                browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));

        JsonNode tenant = idTokenClaims(done).path("tenant");

        assertThat(tenant.path("id").asText()).isEqualTo(Tenants.idOf(realm, "acme"));
        assertThat(tenant.path("alias").asText()).isEqualTo("acme");
        assertThat(tenant.path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(tenant.path("groups").isArray()).isTrue();
    }

    @Test
    void namesTheActiveTenantOfAPasswordLoginWithoutAConnection() throws Exception {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "carol@initech.example"));
        Page done = browser.submit(
                password, "kc-form-login", Map.of("username", "carol@initech.example", "password", "secret"));

        JsonNode tenant = idTokenClaims(done).path("tenant");

        assertThat(tenant.path("alias").asText()).isEqualTo("initech");
        assertThat(tenant.has("connection")).isFalse();
    }

    @Test
    void leavesTheClaimOutForAUserWithoutATenant() throws Exception {
        RealmUsers.create(realm, "loner@nowhere.example", "secret");
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());
        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "loner@nowhere.example"));
        Page done = browser.submit(
                password, "kc-form-login", Map.of("username", "loner@nowhere.example", "password", "secret"));

        assertThat(idTokenClaims(done).has("tenant")).isFalse();
    }

    private JsonNode idTokenClaims(Page done) {
        return new AppClient(urls.getBase(), realm.getName()).redeem(done).idClaims();
    }

    private String authorize() {
        return new AppClient(urls.getBase(), realm.getName()).authorizeUrl("");
    }
}
