package io.github.tenantsso.it.importexport;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

/**
 * Imports of many entries: refused whole when too large, too long or wrong anywhere (the realm stays exactly as it
 * was), and answered with a summary when applied.
 */
@KeycloakIntegrationTest
class BulkImportTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    JsonNode before;

    /** A realm with data of every kind, so that "nothing changed" is checked against more than emptiness. */
    @BeforeEach
    void seed() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        api.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\"}");
        api.post("/tenants/" + acme + "/domains", "{\"domain\": \"acme.example\"}");
        api.post("/tenants/" + acme + "/domains/acme.example/verify", "{\"method\": \"admin\"}");
        api.post("/tenants/" + globex + "/domains", "{\"domain\": \"globex.example\"}");
        api.post("/trusts", "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-sso\"}");
        before = api.get("/export").json();
        assertThat(before.path("domains")).hasSize(2);
    }

    @AfterEach
    void restorePolicy() {
        api.put("/policy", "{\"crossTenantDomainSharing\": false}");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWith413AndChangesNothing() {
        // Over the pack's default of 10,000,000 bytes, under the HTTP layer's own 10 MiB limit.
        String document = "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"big.example\", \"verified\": true}]"
                + " ".repeat(10_100_000) + "}";

        AdminApi.Reply reply = api.post("/import", document);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error()).isEqualTo("document_too_large");
        assertThat(api.get("/export").json()).isEqualTo(before);
    }

    @Test
    void aDocumentWithMoreEntriesThanTheLimitIsRefusedWith400AndChangesNothing() {
        StringJoiner entries =
                new StringJoiner(",", "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"many.example\"},", "]}");
        for (int i = 0; i < 200_000; i++) {
            entries.add("{}");
        }

        AdminApi.Reply reply = api.post("/import", entries.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("too_many_entries");
        assertThat(api.get("/export").json()).isEqualTo(before);
    }

    @Test
    void anInvalidLastEntryIsNamedAndLeavesTheRealmExactlyAsBefore() {
        List<String> domains = claims("acme", "valid", 999, true);
        domains.add(
                "{\"tenant\": \"acme\", \"domain\": \"last.example\", \"verificationMethod\": \"DNS\", \"verified\": true, \"createdAt\": \"yesterday\"}");

        AdminApi.Reply reply = api.post("/import", document("{\"crossTenantDomainSharing\": true}", domains));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_document");
        assertThat(reply.json().path("field").asText()).isEqualTo("domains[999].createdAt");
        assertThat(reply.body()).doesNotContain("java.", "PackDocument");
        assertThat(api.get("/export").json()).isEqualTo(before);
    }

    @Test
    void aLastEntryThatConflictsWithStoredDataLeavesTheRealmExactlyAsBefore() {
        List<String> domains = claims("globex", "valid", 999, true);
        domains.add("{\"tenant\": \"globex\", \"domain\": \"acme.example\", \"verified\": true}");

        AdminApi.Reply reply = api.post("/import", document(null, domains));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("domain_verified_elsewhere");
        assertThat(reply.json().path("field").asText()).isEqualTo("domains[999]");
        assertThat(api.get("/export").json()).isEqualTo(before);
    }

    @Test
    void twoOrganizationsVerifyingOneDomainInOneDocumentGetThePacksCode() {
        List<String> domains = List.of(
                "{\"tenant\": \"acme\", \"domain\": \"twice.example\", \"verified\": true}",
                "{\"tenant\": \"globex\", \"domain\": \"twice.example\", \"verified\": true}");

        AdminApi.Reply reply = api.post("/import", document(null, domains));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("domain_verified_elsewhere");
        assertThat(reply.json().path("field").asText()).isEqualTo("domains[1]");
        assertThat(api.get("/export").json()).isEqualTo(before);
    }

    @Test
    void importsThousandsOfClaimsAnswersWithASummaryAndRoutesByThem() throws Exception {
        int tenants = 10;
        int perTenant = 300;
        List<String> connections = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            Tenants.create(realm, "bulk" + t);
            Tenants.createIdentityProvider(realm, "bulk" + t + "-sso", "Bulk " + t);
            connections.add("{\"alias\": \"bulk" + t + "-sso\", \"tenant\": \"bulk" + t + "\"}");
            domains.addAll(claims("bulk" + t, "bulk" + t, perTenant, true));
        }
        String document = "{\"connections\": [" + String.join(",", connections) + "], \"domains\": ["
                + String.join(",", domains) + "]}";

        AdminApi.Reply reply = api.post("/import", document);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json())
                .isEqualTo(JsonSerialization.readValue(
                        "{\"policyUpdated\": false,"
                                + " \"domains\": {\"created\": 3000, \"updated\": 0, \"unchanged\": 0},"
                                + " \"connections\": {\"created\": 10, \"updated\": 0, \"unchanged\": 0},"
                                + " \"trusts\": {\"created\": 0, \"updated\": 0, \"unchanged\": 0},"
                                + " \"memberships\": {\"created\": 0, \"updated\": 0, \"unchanged\": 0},"
                                + " \"activeTenants\": {\"created\": 0, \"updated\": 0, \"unchanged\": 0},"
                                + " \"tenantPolicies\": {\"created\": 0, \"updated\": 0, \"unchanged\": 0}}",
                        JsonNode.class));
        assertThat(api.get("/export").json().path("domains")).hasSize(3002);
        assertThat(aliases(discover("ann@d0.bulk0.example"))).containsExactly("bulk0-sso");
        assertThat(aliases(discover("ann@d150.bulk4.example"))).containsExactly("bulk4-sso");
        assertThat(aliases(discover("ann@d299.bulk9.example"))).containsExactly("bulk9-sso");

        JsonNode again = api.post("/import", document).json();

        assertThat(again.path("domains").path("unchanged").asInt()).isEqualTo(3000);
        assertThat(again.path("connections").path("unchanged").asInt()).isEqualTo(10);
    }

    @Test
    void aRealmImportAppliesThousandsOfClaimsThroughTheSameImporter() {
        String name = "tsso-bulk-" + System.nanoTime();
        List<OrganizationRepresentation> organizations = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setName("realm" + t);
            organization.setAlias("realm" + t);
            organization.setEnabled(true);
            organizations.add(organization);
            domains.addAll(claims("realm" + t, "realm" + t, 100, true));
        }
        RealmRepresentation representation = new RealmRepresentation();
        representation.setRealm(name);
        representation.setEnabled(true);
        representation.setOrganizationsEnabled(true);
        representation.setOrganizations(organizations);
        representation.setIdentityProviders(List.<IdentityProviderRepresentation>of());
        representation.setAttributes(new HashMap<>(Map.of("tenant-sso", document(null, domains))));
        try {
            admin.realms().create(representation);

            AdminApi copy = new AdminApi(
                    urls.getBase(), name, () -> admin.tokenManager().getAccessTokenString());
            assertThat(copy.get("/export").json().path("domains")).hasSize(2000);
        } finally {
            admin.realm(name).remove();
        }
    }

    private static List<String> claims(String tenant, String prefix, int count, boolean verified) {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            claims.add("{\"tenant\": \"" + tenant + "\", \"domain\": \"d" + i + "." + prefix
                    + ".example\", \"verified\": " + verified + "}");
        }
        return claims;
    }

    private static String document(String policy, List<String> domains) {
        return "{" + (policy == null ? "" : "\"policy\": " + policy + ", ") + "\"domains\": ["
                + String.join(",", domains) + "]}";
    }

    private JsonNode discover(String email) throws IOException, InterruptedException {
        URI uri = URI.create(urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso/discovery?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8));
        return JsonSerialization.readValue(
                HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body(),
                JsonNode.class);
    }

    private static List<String> aliases(JsonNode answer) {
        return answer.path("options").findValuesAsText("alias");
    }
}
