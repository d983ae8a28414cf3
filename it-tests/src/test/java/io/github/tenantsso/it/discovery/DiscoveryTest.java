package io.github.tenantsso.it.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Tenants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

/**
 * {@code GET /realms/{realm}/tenant-sso/discovery}: what routing would offer, and nothing more.
 */
@KeycloakIntegrationTest
class DiscoveryTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    String acme;
    String globex;
    String initech;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.create(realm, "acme");
        globex = Tenants.create(realm, "globex");
        initech = Tenants.create(realm, "initech");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        Tenants.createIdentityProvider(realm, "globex-sso", "Globex SSO");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
        api.put("/connections/globex-sso", "{\"tenantId\": \"" + globex + "\"}");
    }

    /** Claims first: sharing cannot be turned off while a domain is verified twice. */
    @AfterEach
    void restorePolicy() {
        for (JsonNode claim : api.get("/domains").json()) {
            api.delete("/tenants/" + claim.path("tenantId").asText() + "/domains/"
                    + claim.path("domain").asText());
        }
        api.put("/policy", "{\"crossTenantDomainSharing\": false, \"ambiguousNewUser\": \"BLOCK\"}");
    }

    @Test
    void offersTheConnectionOfTheTenantThatVerifiedTheDomain() throws Exception {
        verify(acme, "acme.example");

        JsonNode answer = discover("ann@ACME.example");

        assertThat(answer.path("domain").asText()).isEqualTo("acme.example");
        assertThat(answer.path("reason").asText()).isEqualTo("SSO");
        assertThat(answer.path("options")).singleElement().satisfies(option -> {
            assertThat(option.path("alias").asText()).isEqualTo("acme-sso");
            assertThat(option.path("displayName").asText()).isEqualTo("Acme SSO");
        });
    }

    @Test
    void neverRoutesThroughAnUnverifiedClaim() throws Exception {
        api.post("/tenants/" + acme + "/domains", "{\"domain\": \"pending.example\"}");

        assertThat(discover("ann@pending.example").path("reason").asText()).isEqualTo("NO_SSO");
    }

    @Test
    void stopsOfferingADisabledConnectionOrADisabledTenant() throws Exception {
        verify(acme, "acme.example");
        api.put("/connections/acme-sso", "{\"enabled\": false}");
        assertThat(discover("ann@acme.example").path("reason").asText()).isEqualTo("NO_SSO");

        api.put("/connections/acme-sso", "{\"enabled\": true}");
        assertThat(discover("ann@acme.example").path("reason").asText()).isEqualTo("SSO");

        OrganizationRepresentation tenant =
                realm.admin().organizations().get(acme).toRepresentation();
        tenant.setEnabled(false);
        realm.admin().organizations().get(acme).update(tenant).close();
        assertThat(discover("ann@acme.example").path("reason").asText()).isEqualTo("NO_SSO");
    }

    @Test
    void stopsOfferingAnIdentityProviderDisabledInKeycloak() throws Exception {
        verify(acme, "acme.example");
        var idp = realm.admin().identityProviders().get("acme-sso").toRepresentation();
        idp.setEnabled(false);
        realm.admin().identityProviders().get("acme-sso").update(idp);

        assertThat(discover("ann@acme.example").path("reason").asText()).isEqualTo("NO_SSO");
    }

    @Test
    void blocksASharedDomainWithoutAHintAndLetsAHintChoose() throws Exception {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        verify(acme, "shared.example");
        verify(globex, "shared.example");

        assertThat(discover("ann@shared.example").path("reason").asText()).isEqualTo("AMBIGUOUS");
        assertThat(discover("ann@shared.example").path("options")).isEmpty();
        assertThat(aliases(discover("ann@shared.example", "tenantId", "globex")))
                .containsExactly("globex-sso");
        assertThat(aliases(discover("ann@shared.example", "tenantId", acme))).containsExactly("acme-sso");
    }

    @Test
    void aHintNamesTheTenantWithThatIdRatherThanOneWhoseAliasSpellsIt() throws Exception {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        String impostor = Tenants.create(realm, globex);
        Tenants.createIdentityProvider(realm, "impostor-sso", "Impostor SSO");
        api.put("/connections/impostor-sso", "{\"tenantId\": \"" + impostor + "\"}");
        verify(acme, "shared.example");
        verify(globex, "shared.example");
        verify(impostor, "shared.example");

        assertThat(aliases(discover("ann@shared.example", "tenantId", globex))).containsExactly("globex-sso");
    }

    @Test
    void routesASharedDomainToTheFirstCreatedTenantWhenThePolicySaysSo() throws Exception {
        api.put("/policy", "{\"crossTenantDomainSharing\": true, \"ambiguousNewUser\": \"FIRST_CREATED\"}");
        verify(globex, "first.example");
        verify(acme, "first.example");

        JsonNode answer = discover("ann@first.example");

        assertThat(answer.path("reason").asText()).isEqualTo("FIRST_CREATED");
        assertThat(aliases(answer)).containsExactly("globex-sso");
    }

    @Test
    void answersAnUnknownHintExactlyLikeATenantWithoutSso() throws Exception {
        verify(acme, "acme.example");

        String unknown =
                discoverRaw("ann@acme.example", "tenantId", "no-such-tenant").body();
        String withoutSso =
                discoverRaw("ann@acme.example", "tenantId", "initech").body();

        assertThat(unknown).isEqualTo(withoutSso);
        assertThat(JsonSerialization.readValue(unknown, JsonNode.class)
                        .path("reason")
                        .asText())
                .isEqualTo("NO_SSO");
    }

    @Test
    void offersATrustedConnectionToTheTrustingTenantOnce() throws Exception {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        verify(acme, "partner.example");
        verify(initech, "partner.example");
        api.post("/trusts", "{\"trustingTenantId\": \"" + initech + "\", \"connectionAlias\": \"acme-sso\"}");

        assertThat(aliases(discover("ann@partner.example", "tenantId", "initech")))
                .containsExactly("acme-sso");
    }

    /** The hinted tenant's trusts are read with the tenant itself: a trust must count although it claims nothing. */
    @Test
    void offersAHintedTenantWithoutAClaimTheConnectionItTrustsAndNothingElse() throws Exception {
        verify(acme, "supplier.example");
        assertThat(discover("ann@supplier.example", "tenantId", "initech")
                        .path("reason")
                        .asText())
                .isEqualTo("NO_SSO");

        api.post("/trusts", "{\"trustingTenantId\": \"" + initech + "\", \"connectionAlias\": \"acme-sso\"}");

        assertThat(aliases(discover("ann@supplier.example", "tenantId", "initech")))
                .containsExactly("acme-sso");
        assertThat(aliases(discover("ann@supplier.example", "tenantId", initech)))
                .containsExactly("acme-sso");
        assertThat(discover("ann@supplier.example", "tenantId", "globex")
                        .path("reason")
                        .asText())
                .isEqualTo("NO_SSO");
    }

    @Test
    void followsTheRealmsHintParameterName() throws Exception {
        api.put("/policy", "{\"crossTenantDomainSharing\": true, \"hintParameter\": \"org\"}");
        verify(acme, "named.example");
        verify(globex, "named.example");
        try {
            assertThat(aliases(discover("ann@named.example", "org", "globex"))).containsExactly("globex-sso");
            assertThat(discover("ann@named.example", "tenantId", "globex")
                            .path("reason")
                            .asText())
                    .isEqualTo("AMBIGUOUS");
        } finally {
            api.put("/policy", "{\"hintParameter\": \"tenantId\"}");
        }
    }

    @Test
    void revealsNoTenantIds() throws Exception {
        verify(acme, "acme.example");

        String body = discoverRaw("ann@acme.example", "tenantId", "acme").body();

        assertThat(body).doesNotContain(acme).doesNotContain("\"acme\"");
    }

    @Test
    void rejectsAMalformedEmailWithASpecificError() throws Exception {
        HttpResponse<String> missing = get("/discovery");
        HttpResponse<String> malformed = get("/discovery?email=" + encode("not-an-email"));
        HttpResponse<String> ipDomain = get("/discovery?email=" + encode("ann@192.0.2.1"));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing)).isEqualTo("invalid_email");
        assertThat(error(malformed)).isEqualTo("invalid_email");
        assertThat(ipDomain.statusCode()).isEqualTo(400);
        assertThat(error(ipDomain)).isEqualTo("ip_address");
    }

    private void verify(String tenant, String domain) {
        api.post("/tenants/" + tenant + "/domains", "{\"domain\": \"" + domain + "\"}");
        assertThat(api.post("/tenants/" + tenant + "/domains/" + domain + "/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(200);
    }

    private JsonNode discover(String email) throws Exception {
        return JsonSerialization.readValue(
                get("/discovery?email=" + encode(email)).body(), JsonNode.class);
    }

    private JsonNode discover(String email, String hintParameter, String hint) throws Exception {
        return JsonSerialization.readValue(
                discoverRaw(email, hintParameter, hint).body(), JsonNode.class);
    }

    private HttpResponse<String> discoverRaw(String email, String hintParameter, String hint) throws Exception {
        return get("/discovery?email=" + encode(email) + "&" + hintParameter + "=" + encode(hint));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso" + path);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.List<String> aliases(JsonNode answer) {
        return answer.path("options").findValuesAsText("alias");
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JsonSerialization.readValue(response.body(), JsonNode.class)
                .path("error")
                .asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
