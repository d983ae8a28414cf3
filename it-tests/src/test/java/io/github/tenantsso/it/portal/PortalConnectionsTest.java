package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.PortalLogin;
import io.github.tenantsso.it.harness.RealmUsers;
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

/**
 * A tenant admin of {@code routing-realm.json}'s Initech sets up connections to the test server's IdP realm through
 * the portal API: the server reads the discovery document (loopback is allowed by the test server's option), the
 * connection is created switched off and never shows its secret, and every change goes through the write service
 * the admin API uses. Hostile bodies are refused with a specific code and create nothing.
 */
@KeycloakIntegrationTest
class PortalConnectionsTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;
    AdminApi portal;
    String initech;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        initech = Tenants.idOf(realm, "initech");
        String pat = RealmUsers.create(realm, "pat@initech.example", "pat-secret");
        realm.admin().organizations().get(initech).members().addMember(pat).close();
        assertThat(api.post("/tenants/" + initech + "/admins", "{\"userId\": \"" + pat + "\"}")
                        .status())
                .isIn(200, 201);
        portal = AdminApi.portalApi(
                urls.getBase(),
                realm.getName(),
                "Bearer "
                        + new PortalLogin(urls.getBase(), realm.getName())
                                .signIn("pat@initech.example", "pat-secret")
                                .accessToken());
        realm.cleanup()
                .add(r -> r.identityProviders().findAll().stream()
                        .filter(p -> p.getAlias().startsWith("initech-"))
                        .forEach(p -> r.identityProviders().get(p.getAlias()).remove()));
    }

    @Test
    void createsAnOidcConnectionFromTheIssuerSwitchedOffAndWithoutShowingItsSecret() {
        Reply created = createOidc(issuer());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode connection = created.json();
        String alias = connection.path("alias").asText();
        assertThat(alias).startsWith("initech-oidc-");
        assertThat(connection.path("type").asText()).isEqualTo("oidc");
        assertThat(connection.path("enabled").asBoolean()).isFalse();
        assertThat(connection.path("issuer").asText()).isEqualTo(issuer());
        assertThat(connection.path("clientSecretSet").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("broker-secret");
        assertThat(connection.path("serviceProvider").path("redirectUri").asText())
                .isEqualTo(urls.getBase() + "/realms/routing/broker/" + alias + "/endpoint");
        IdentityProviderRepresentation stored =
                realm.admin().identityProviders().get(alias).toRepresentation();
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.isHideOnLogin()).isTrue();
        assertThat(stored.getOrganizationId()).isEqualTo(initech);
        assertThat(stored.getConfig())
                .containsEntry("tokenUrl", issuer() + "/protocol/openid-connect/token")
                .containsEntry("clientId", "routing-broker");
        JsonNode binding = api.get("/connections/" + alias).json();
        assertThat(binding.path("tenantId").asText()).isEqualTo(initech);
        assertThat(binding.path("enabled").asBoolean()).isFalse();
        assertThat(binding.path("createdBy").asText()).isNotBlank();
        Reply listed = portal.get(connections());
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.body()).doesNotContain("broker-secret");
    }

    @Test
    void switchesOnAndOffSetsJustInTimeRotatesTheSecretAndDeletes() {
        String alias = createOidc(issuer()).json().path("alias").asText();

        Reply on = portal.patch(connections() + "/" + alias, "{\"enabled\": true, \"jitEnabled\": true}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().path("enabled").asBoolean()).isTrue();
        assertThat(on.json().path("jitEnabled").asBoolean()).isTrue();
        assertThat(realm.admin()
                        .identityProviders()
                        .get(alias)
                        .toRepresentation()
                        .isEnabled())
                .isTrue();
        assertThat(api.get("/connections/" + alias).json().path("enabled").asBoolean())
                .isTrue();

        Reply off = portal.patch(connections() + "/" + alias, "{\"enabled\": false}");
        assertThat(off.json().path("enabled").asBoolean()).isFalse();
        assertThat(off.json().path("jitEnabled").asBoolean()).isTrue();
        assertThat(realm.admin()
                        .identityProviders()
                        .get(alias)
                        .toRepresentation()
                        .isEnabled())
                .isFalse();

        Reply rotated = portal.put(connections() + "/" + alias + "/client-secret", "{\"clientSecret\": \"new-one\"}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(204);

        Reply deleted = portal.delete(connections() + "/" + alias);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(realm.admin().identityProviders().findAll())
                .extracting(IdentityProviderRepresentation::getAlias)
                .doesNotContain(alias);
        assertThat(api.get("/connections/" + alias).status()).isEqualTo(404);
        assertThat(portal.get(connections()).json()).isEmpty();
    }

    @Test
    void answersAnotherTenantsConnectionAndAnUnboundProviderAsMissing() {
        Tenants.createIdentityProvider(realm, "realm-wide-login", "Realm-wide");
        for (String alias : List.of("acme-oidc", "realm-wide-login", "no-such-provider")) {
            for (Reply reply : List.of(
                    portal.get(connections() + "/" + alias),
                    portal.patch(connections() + "/" + alias, "{\"enabled\": true}"),
                    portal.put(connections() + "/" + alias + "/client-secret", "{\"clientSecret\": \"x\"}"),
                    portal.delete(connections() + "/" + alias))) {
                assertThat(reply.status()).as(alias + ": " + reply.body()).isEqualTo(404);
                assertThat(reply.error()).isEqualTo("connection_not_found");
            }
        }
        assertThat(realm.admin()
                        .identityProviders()
                        .get("acme-oidc")
                        .toRepresentation()
                        .isEnabled())
                .isTrue();
        assertThat(api.get("/connections/acme-oidc").json().path("tenantId").asText())
                .isEqualTo(Tenants.idOf(realm, "acme"));
    }

    @Test
    void refusesHostileSetupsWithASpecificCodeAndCreatesNothing() {
        String dtd = "<?xml version=\\\"1.0\\\"?><!DOCTYPE x [<!ENTITY e SYSTEM \\\"file:///etc/passwd\\\">]>"
                + "<md:EntityDescriptor xmlns:md=\\\"urn:oasis:names:tc:SAML:2.0:metadata\\\">&e;</md:EntityDescriptor>";
        record Hostile(String path, String body, String code) {}
        List<Hostile> hostile = List.of(
                new Hostile("/oidc", oidcBody("ftp://idp.example/"), "url_invalid"),
                new Hostile("/oidc", oidcBody("not a url"), "url_invalid"),
                new Hostile("/oidc", oidcBody("https://user:pw@localhost/"), "url_invalid"),
                new Hostile("/oidc", oidcBody("http://169.254.169.254/latest"), "url_address_not_public"),
                new Hostile("/oidc", oidcBody("http://10.0.0.1/"), "url_address_not_public"),
                new Hostile("/oidc", oidcBody("http://[fd00::1]/"), "url_address_not_public"),
                new Hostile("/oidc", oidcBody("http://0.0.0.0:8080/realms/routing-idp"), "url_address_not_public"),
                new Hostile("/oidc", oidcBody(urls.getBase() + "/realms/no-such-realm"), "metadata_fetch_failed"),
                // Ends like a discovery document's URL, so nothing is appended, but answers the key set.
                new Hostile(
                        "/oidc",
                        oidcBody(
                                urls.getBase()
                                        + "/realms/routing-idp/protocol/openid-connect/certs?x=/.well-known/openid-configuration"),
                        "discovery_invalid"),
                new Hostile(
                        "/oidc", "{\"discoveryUrl\": \"" + issuer() + "\", \"clientId\": \"x\"}", "invalid_request"),
                new Hostile("/oidc", "{\"discoveryUrl\": \"" + issuer() + "\", \"extra\": 1}", "invalid_request"),
                new Hostile("/saml", "{\"metadataXml\": \"" + dtd + "\"}", "metadata_dtd_forbidden"),
                new Hostile(
                        "/saml", "{\"metadataXml\": \"<x>" + "a".repeat(300 * 1024) + "</x>\"}", "metadata_too_large"),
                new Hostile("/saml", "{\"metadataXml\": \"<not-metadata/>\"}", "metadata_invalid"),
                new Hostile("/saml", "{\"metadataUrl\": \"http://192.168.0.1/metadata\"}", "url_address_not_public"),
                new Hostile("/saml", "{}", "invalid_request"));
        List<String> before = aliases();

        for (Hostile attempt : hostile) {
            Reply reply = portal.post(connections() + attempt.path(), attempt.body());
            assertThat(reply.status())
                    .as(attempt.body().substring(0, Math.min(120, attempt.body().length())) + " " + reply.body())
                    .isEqualTo(400);
            assertThat(reply.error()).as(reply.body()).isEqualTo(attempt.code());
        }
        assertThat(aliases()).isEqualTo(before);
        assertThat(portal.get(connections()).json()).isEmpty();
    }

    @Test
    void createsASamlConnectionFromTheIdpRealmsMetadataRequiringSignedAssertions() {
        Reply created = portal.post(
                connections() + "/saml",
                "{\"metadataUrl\": \"" + issuer() + "/protocol/saml/descriptor\", \"displayName\": \"Initech SAML\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String alias = created.json().path("alias").asText();
        JsonNode sp = created.json().path("serviceProvider");
        assertThat(sp.path("acsUrl").asText()).endsWith("/realms/routing/broker/" + alias + "/endpoint");
        assertThat(sp.path("entityId").asText()).isEqualTo(urls.getBase() + "/realms/routing/broker/" + alias);
        assertThat(sp.path("metadataUrl").asText()).endsWith("/broker/" + alias + "/endpoint/descriptor");
        assertThat(created.json().path("idpEntityId").asText()).isEqualTo(issuer());
        IdentityProviderRepresentation stored =
                realm.admin().identityProviders().get(alias).toRepresentation();
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.getConfig())
                .containsEntry("wantAssertionsSigned", "true")
                .containsEntry("validateSignature", "true");
        Reply secret = portal.put(connections() + "/" + alias + "/client-secret", "{\"clientSecret\": \"x\"}");
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.error()).isEqualTo("connection_has_no_secret");
    }

    private Reply createOidc(String discoveryUrl) {
        return portal.post(connections() + "/oidc", oidcBody(discoveryUrl));
    }

    private static String oidcBody(String discoveryUrl) {
        return "{\"discoveryUrl\": \"" + discoveryUrl
                + "\", \"clientId\": \"routing-broker\", \"clientSecret\": \"broker-secret\"}";
    }

    private String issuer() {
        return urls.getBase() + "/realms/routing-idp";
    }

    private String connections() {
        return "/tenants/" + initech + "/connections";
    }

    private List<String> aliases() {
        return realm.admin().identityProviders().findAll().stream()
                .map(IdentityProviderRepresentation::getAlias)
                .sorted()
                .toList();
    }
}
