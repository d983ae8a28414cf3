package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * IdP-initiated SAML: the customer's identity provider (realm {@code routing-idp}) starts the login and posts a signed
 * assertion to the connection acme-saml (owned by acme, provisions just in time) or globex-saml (owned by globex,
 * does not), which lands it for the SAML application {@code app-saml}.
 */
@KeycloakIntegrationTest
class IdpInitiatedSamlTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;

    /** Trusts the identity provider realm's signing certificate, which exists only once that realm does. */
    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        String certificate = idp.admin().keys().getKeyMetadata().getKeys().stream()
                .filter(key -> "RS256".equals(key.getAlgorithm()) && key.getCertificate() != null)
                .map(KeysMetadataRepresentation.KeyMetadataRepresentation::getCertificate)
                .findFirst()
                .orElseThrow();
        for (String alias : List.of("acme-saml", "globex-saml")) {
            IdentityProviderRepresentation connection =
                    realm.admin().identityProviders().get(alias).toRepresentation();
            connection.getConfig().put("signingCertificate", certificate);
            realm.admin().identityProviders().get(alias).update(connection);
        }
        realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        realm.admin()
                .users()
                .search("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
    }

    @Test
    void landsAnIdpInitiatedSamlLoginInTheOwningTenant() {
        Page delivered = idpInitiatedLogin("routing-acme");

        Element form = delivered.document().selectFirst("form");
        assertThat(form).as(delivered.body()).isNotNull();
        assertThat(form.attr("action")).isEqualTo("http://app.invalid/saml");
        assertThat(form.select("input[name=SAMLResponse]")).isNotEmpty();
        String userId =
                realm.admin().users().search("ann@acme.example", true).get(0).getId();
        assertThat(Tenants.ofUser(realm, api, userId)).containsExactly("acme");
        assertThat(api.get("/users/" + userId + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(Tenants.idOf(realm, "acme"));
    }

    @Test
    void refusesAnIdpInitiatedLoginOfANonMemberWhereTheOwnerDoesNotProvision() {
        Page refused = idpInitiatedLogin("routing-globex");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body())
                .contains("does not give access to this organization")
                .doesNotContain("globex");
        realm.admin()
                .users()
                .search("ann@acme.example", true)
                .forEach(user ->
                        assertThat(Tenants.ofUser(realm, api, user.getId())).isEmpty());
    }

    @Test
    void refusesAnIdpInitiatedLoginBeforeCreatingAnAccount() {
        Page refused = idpInitiatedLogin("routing-globex");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(realm.admin().users().search("ann@acme.example", true))
                .as("no account left behind")
                .isEmpty();
    }

    @Test
    void refusesAnIdpInitiatedLoginBeforeLinkingAnExistingAccount() {
        String ann = RealmUsers.create(realm, "ann@acme.example", "secret");
        realm.admin()
                .organizations()
                .get(Tenants.idOf(realm, "acme"))
                .members()
                .addMember(ann)
                .close();
        useFirstBrokerLoginFlow("globex-saml", "tenant-sso linking first broker login");
        try {
            Page refused = idpInitiatedLogin("routing-globex");

            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(realm.admin().users().get(ann).getFederatedIdentity())
                    .as("no link left behind")
                    .isEmpty();
            assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("acme");
        } finally {
            useFirstBrokerLoginFlow("globex-saml", "tenant-sso first broker login");
        }
    }

    @Test
    void refusesAFirstLoginThroughAConnectionWhoseFirstBrokerLoginFlowLacksTheCheck() {
        useFirstBrokerLoginFlow("acme-saml", "first broker login");
        try {
            Page refused = idpInitiatedLogin("routing-acme");

            assertThat(refused.status())
                    .as("Keycloak's own first broker login flow, without the pack's first step")
                    .isEqualTo(403);
            assertThat(refused.body()).contains("does not give access to this organization");
        } finally {
            useFirstBrokerLoginFlow("acme-saml", "tenant-sso first broker login");
        }
    }

    private void useFirstBrokerLoginFlow(String alias, String flowAlias) {
        IdentityProviderRepresentation connection =
                realm.admin().identityProviders().get(alias).toRepresentation();
        connection.setFirstBrokerLoginFlowAlias(flowAlias);
        realm.admin().identityProviders().get(alias).update(connection);
    }

    private Page idpInitiatedLogin(String idpInitiatedName) {
        Browser browser = new Browser(urls.getBase());
        Page login = browser.open(urls.getBase() + "/realms/routing-idp/protocol/saml/clients/" + idpInitiatedName);
        Page assertion =
                browser.submit(login, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
        assertThat(assertion.document().select("input[name=SAMLResponse]"))
                .as(assertion.body())
                .isNotEmpty();
        return browser.autoPost(assertion);
    }
}
