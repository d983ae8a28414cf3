package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Where a login through a customer's identity provider lands: the post-broker step of {@code routing-realm.json}
 * (acme-oidc provisions just in time, globex-oidc does not), with the real identity provider realm {@code routing-idp}.
 */
@KeycloakIntegrationTest
class BrokerLandingTest {

    private static final String CALLBACK = "http://app.invalid/callback";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;

    /** Every test starts as a first login: no local account (and so no membership) for the IdP's users, no trusts. */
    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        for (String email : List.of("ann@acme.example", "sam@shared.example")) {
            realm.admin()
                    .users()
                    .searchByEmail(email, true)
                    .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        }
        for (JsonNode trust : api.get("/trusts").json()) {
            api.delete("/trusts/" + trust.path("id").asText());
        }
    }

    @Test
    void provisionsANewUserIntoATenantThatAllowsItAndMakesItTheActiveTenant() {
        Page done = logIn(new Browser(urls.getBase()), "ann@acme.example", "");

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
        String userId = userId("ann@acme.example");
        assertThat(Tenants.ofUser(realm, api, userId)).containsExactly("acme");
        assertThat(api.get("/users/" + userId + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(Tenants.idOf(realm, "acme"));
    }

    @Test
    void landsAReturningMemberWithoutProvisioningAgain() {
        logIn(new Browser(urls.getBase()), "ann@acme.example", "");

        Page again = logIn(new Browser(urls.getBase()), "ann@acme.example", "");

        assertThat(again.leftTo()).as(again.body()).isNotNull();
        assertThat(Tenants.ofUser(realm, api, userId("ann@acme.example"))).containsExactly("acme");
    }

    @Test
    void refusesANonMemberWhereTheTenantDoesNotProvision() {
        Page refused = logIn(new Browser(urls.getBase()), "sam@shared.example", "&tenantId=globex");

        assertThat(refused.leftTo()).isNull();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("does not give access to this organization");
        UserRepresentation user = realm.admin().users().searchByEmail("sam@shared.example", true).stream()
                .findFirst()
                .orElse(null);
        if (user != null) {
            assertThat(Tenants.ofUser(realm, api, user.getId())).isEmpty();
        }
    }

    @Test
    void provisionsThroughATrustedConnectionIntoTheTrustingTenantOnly() {
        String globex = Tenants.idOf(realm, "globex");
        assertThat(api.post(
                                "/trusts",
                                "{\"trustingTenantId\": \"" + globex
                                        + "\", \"connectionAlias\": \"acme-oidc\", \"jitEnabled\": true}")
                        .status())
                .isEqualTo(201);

        Page done = logIn(new Browser(urls.getBase()), "ann@acme.example", "&tenantId=globex");

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.visitedPathContaining("/broker/acme-oidc/")).isTrue();
        String userId = userId("ann@acme.example");
        assertThat(Tenants.ofUser(realm, api, userId)).containsExactly("globex");
        assertThat(api.get("/users/" + userId + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(globex);
    }

    @Test
    void landsADomainRoutedLoginThroughATrustedConnectionInTheTrustingTenantOfItsMember() {
        String globex = Tenants.idOf(realm, "globex");
        assertThat(api.post(
                                "/trusts",
                                "{\"trustingTenantId\": \"" + globex
                                        + "\", \"connectionAlias\": \"acme-oidc\", \"jitEnabled\": false}")
                        .status())
                .isEqualTo(201);
        String ann = RealmUsers.linkedTo(realm, idp, "acme-oidc", "ann@acme.example");
        realm.admin().organizations().get(globex).members().addMember(ann).close();

        Page done = logIn(new Browser(urls.getBase()), "ann@acme.example", "");

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
        assertThat(Tenants.ofUser(realm, api, ann))
                .as("landed in the member's tenant, not provisioned into the owner")
                .containsExactly("globex");
        assertThat(api.get("/users/" + ann + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(globex);
    }

    private Page logIn(Browser browser, String email, String extraParameters) {
        Page form = browser.open(urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + extraParameters);
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        return browser.submit(atIdp, "kc-form-login", Map.of("username", email, "password", "secret"));
    }

    private String userId(String email) {
        return realm.admin().users().searchByEmail(email, true).get(0).getId();
    }
}
