package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Tenants;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Which identity providers the login pages of {@code routing-realm.json} offer as buttons: never another tenant's
 * connection, even with Keycloak's "hide on login page" switched off on every one of them. Besides the routing flow
 * of the client {@code app}, the client {@code app-vanilla} signs in through the flow {@code plain password}, Keycloak's own
 * username-and-password page, which lists the realm's identity providers.
 */
@KeycloakIntegrationTest
class LoginPageConnectionsTest {

    private static final String CALLBACK = "http://app.invalid/callback";
    private static final List<String> CONNECTIONS = List.of("acme-oidc", "acme-saml", "globex-oidc", "globex-saml");

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        CONNECTIONS.forEach(this::showOnLoginPages);
        if (realm.admin().identityProviders().findAll().stream()
                .noneMatch(p -> p.getAlias().equals("partner-login"))) {
            Tenants.createIdentityProvider(realm, "partner-login", "Partner login");
        }
        if (realm.admin().clients().findByClientId("app-vanilla").isEmpty()) {
            createVanillaClient();
        }
    }

    @Test
    void anonymousLoginPageOffersNoTenantsConnection() {
        Page page = browser.open(authorize("app-vanilla", ""));

        assertThat(page.document().getElementById("kc-form-login"))
                .as(page.body())
                .isNotNull();
        assertThat(page.body()).contains("Partner login");
        assertOffersNoConnectionOf(page, "acme", "globex");
    }

    @Test
    void tenantsLoginPageOffersAtMostItsOwnConnections() {
        Page page = browser.open(authorize("app-vanilla", "&tenantId=acme"));

        assertThat(page.body()).contains("/broker/acme-oidc/").contains("Partner login");
        assertOffersNoConnectionOf(page, "globex");
    }

    @Test
    void passwordPageOfATenantWithoutSsoOffersNoOtherTenantsConnection() {
        Page form = browser.open(authorize("app", ""));
        assertOffersNoConnectionOf(form, "acme", "globex");

        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "nobody@initech.example"));

        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();
        assertOffersNoConnectionOf(password, "acme", "globex");
    }

    private static void assertOffersNoConnectionOf(Page page, String... tenants) {
        for (String tenant : tenants) {
            assertThat(page.body())
                    .as("a connection of " + tenant + " offered")
                    .doesNotContain("/broker/" + tenant + "-");
        }
    }

    private void showOnLoginPages(String alias) {
        IdentityProviderRepresentation connection =
                realm.admin().identityProviders().get(alias).toRepresentation();
        connection.setHideOnLogin(false);
        realm.admin().identityProviders().get(alias).update(connection);
    }

    private void createVanillaClient() {
        String browserFlow = realm.admin().flows().getFlows().stream()
                .filter(flow -> flow.getAlias().equals("plain password"))
                .map(AuthenticationFlowRepresentation::getId)
                .findFirst()
                .orElseThrow();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("app-vanilla");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of(CALLBACK));
        client.setAuthenticationFlowBindingOverrides(Map.of("browser", browserFlow));
        try (Response created = realm.admin().clients().create(client)) {
            String id = CreatedResponseUtil.getCreatedId(created);
            realm.cleanup().add(r -> r.clients().get(id).remove());
        }
    }

    private String authorize(String clientId, String extraParameters) {
        return urls.getBase() + "/realms/routing/protocol/openid-connect/auth?client_id=" + clientId
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
                + extraParameters;
    }
}
