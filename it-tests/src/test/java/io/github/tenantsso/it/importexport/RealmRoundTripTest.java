package io.github.tenantsso.it.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A realm moved with Keycloak's export and the pack's document routes and lands every login as the source does.
 *
 * <p>{@code kc.sh export} needs a stopped server, so the test builds the file it would write from the running one:
 * Keycloak's partial export (clients, groups, roles, flows, identity providers) with the organizations, their
 * members, groups and identity provider links, and the users with their identity provider links, read through the
 * admin API; the pack's export goes under the realm attribute {@code tenant-sso}. Every id is taken out, as a file
 * imported into another server keeps none that fits, and the copy is created through Keycloak's realm import (the code
 * path of {@code --import-realm}) as a new realm of the same server: its organizations, groups and users get fresh
 * ids. The logins go through the real identity provider realm {@code roundtrip-idp}.
 */
@KeycloakIntegrationTest
class RealmRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What Keycloak's partial export writes in place of a secret; {@code kc.sh export} writes the secret itself. */
    private static final String MASKED = "**********";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/importexport/roundtrip-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "roundtrip", fromJson = "/importexport/roundtrip-realm.json")
    ManagedRealm realm;

    @Test
    void aCopyMadeFromKeycloaksExportAndThePacksDocumentLandsEveryLoginAsTheSourceDoes() throws Exception {
        String source = realm.getName();
        // Eve joins gamma, then beta, each through its trust in acme's connection; the landing without a hint picks
        // the older membership.
        assertThat(logIn(source, "eve@acme.example", "&tenantId=gamma")).isEqualTo("gamma");
        assertThat(logIn(source, "eve@acme.example", "&tenantId=beta")).isEqualTo("beta");
        // Dan joins acme, is added to globex and signs in to globex last, which makes it his active tenant: the tenant
        // his password logins get.
        assertThat(logIn(source, "dan@shared.example", "&tenantId=acme")).isEqualTo("acme");
        admin.realm(source)
                .organizations()
                .get(organizationId(source, "globex"))
                .members()
                .addMember(userId(source, "dan@shared.example"))
                .close();
        assertThat(logIn(source, "dan@shared.example", "&tenantId=globex")).isEqualTo("globex");
        setPassword(source, "dan@shared.example");
        // Ann is provisioned into beta by its trust, which assigns beta's group engineers.
        assertThat(logIn(source, "ann@acme.example", "&tenantId=beta")).isEqualTo("beta");
        JsonNode exported = api(source).get("/export").json();

        String copy = "roundtrip-copy-" + System.nanoTime();
        try {
            JsonNode created = createRealm(exportedRealm(source, copy, exported));
            assertThat(created.path("status").asInt()).as(created.toString()).isEqualTo(201);

            assertThat(api(copy).get("/export").json())
                    .as("the copy exports what the source exported")
                    .isEqualTo(exported);
            assertThat(userId(copy, "eve@acme.example")).isNotEqualTo(userId(source, "eve@acme.example"));
            // Keycloak's export carries Dan's password hash, which its admin API does not read: the copy gets the same
            // password.
            setPassword(copy, "dan@shared.example");
            Map<String, String> landings = new LinkedHashMap<>();
            for (String user : List.of("eve@acme.example", "ann@acme.example")) {
                landings.put(user, logIn(source, user, ""));
            }
            landings.put("dan@shared.example", passwordLogIn(source, "dan@shared.example"));
            assertThat(landings)
                    .containsExactly(
                            Map.entry("eve@acme.example", "gamma"),
                            Map.entry("ann@acme.example", "beta"),
                            Map.entry("dan@shared.example", "globex"));
            assertThat(logIn(copy, "eve@acme.example", ""))
                    .as("where eve lands in the copy")
                    .isEqualTo("gamma");
            assertThat(logIn(copy, "ann@acme.example", ""))
                    .as("where ann lands in the copy")
                    .isEqualTo("beta");
            assertThat(passwordLogIn(copy, "dan@shared.example"))
                    .as("dan's tenant in the copy")
                    .isEqualTo("globex");
            // A first login through the trust lands in beta's group engineers in both: the copy's trust found it by
            // path.
            assertThat(tenantClaim(source, "fay@acme.example", "&tenantId=beta").path("groups"))
                    .isEqualTo(tenantClaim(copy, "fay@acme.example", "&tenantId=beta")
                            .path("groups"));
            assertThat(tenantClaim(copy, "fay@acme.example", "").path("groups").toString())
                    .contains("engineers");
            // Severing beta's trust takes back in both the memberships it provisioned.
            for (String realmName : List.of(source, copy)) {
                sever(realmName, "beta", "acme-oidc");
                assertThat(tenantsOf(realmName, "ann@acme.example"))
                        .as("ann's tenants in %s", realmName)
                        .isEmpty();
                assertThat(tenantsOf(realmName, "eve@acme.example"))
                        .as("eve's tenants in %s", realmName)
                        .containsExactly("gamma");
            }
        } finally {
            if (admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(copy))) {
                admin.realm(copy).remove();
            }
        }
    }

    /** What {@code kc.sh export --realm source --users realm_file} writes, renamed, without ids. */
    private ObjectNode exportedRealm(String source, String copy, JsonNode packDocument) {
        ObjectNode realmJson = (ObjectNode) keycloak(
                "POST", "/admin/realms/" + source + "/partial-export?exportClients=true&exportGroupsAndRoles=true");
        for (JsonNode provider : realmJson.path("identityProviders")) {
            if (MASKED.equals(provider.path("config").path("clientSecret").asText())) {
                ((ObjectNode) provider.path("config")).put("clientSecret", "broker-secret");
            }
        }
        ArrayNode organizations = realmJson.putArray("organizations");
        for (JsonNode organization :
                keycloak("GET", "/admin/realms/" + source + "/organizations?briefRepresentation=false")) {
            String path = "/admin/realms/" + source + "/organizations/"
                    + organization.path("id").asText();
            ObjectNode exportedOrganization = organization.deepCopy();
            ArrayNode members = exportedOrganization.putArray("members");
            for (JsonNode member : keycloak("GET", path + "/members")) {
                members.addObject()
                        .put("username", member.path("username").asText())
                        .put("membershipType", member.path("membershipType").asText("UNMANAGED"));
            }
            ArrayNode providers = exportedOrganization.putArray("identityProviders");
            keycloak("GET", path + "/identity-providers")
                    .forEach(provider -> providers
                            .addObject()
                            .put("alias", provider.path("alias").asText()));
            ArrayNode groups = exportedOrganization.putArray("groups");
            keycloak("GET", path + "/groups")
                    .forEach(group ->
                            groups.addObject().put("name", group.path("name").asText()));
            organizations.add(exportedOrganization);
        }
        ArrayNode users = realmJson.putArray("users");
        for (JsonNode user : keycloak("GET", "/admin/realms/" + source + "/users?briefRepresentation=false&max=1000")) {
            ObjectNode exportedUser = user.deepCopy();
            exportedUser.set(
                    "federatedIdentities",
                    keycloak(
                            "GET",
                            "/admin/realms/" + source + "/users/"
                                    + user.path("id").asText() + "/federated-identity"));
            users.add(exportedUser);
        }
        withoutIds(realmJson);
        realmJson.put("realm", copy);
        (realmJson.get("attributes") instanceof ObjectNode attributes ? attributes : realmJson.putObject("attributes"))
                .put("tenant-sso", packDocument.toString());
        return realmJson;
    }

    /** Keycloak's realm import, as {@code --import-realm} runs it. */
    private JsonNode createRealm(ObjectNode realmJson) throws Exception {
        AdminApi.Reply reply = AdminApi.send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms"))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realmJson)))
                .build());
        return JSON.createObjectNode().put("status", reply.status()).put("body", reply.body());
    }

    private static void withoutIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("id", "internalId", "containerId", "organizationId", "parentId"));
            object.forEach(RealmRoundTripTest::withoutIds);
        } else if (node instanceof ArrayNode array) {
            array.forEach(RealmRoundTripTest::withoutIds);
        }
    }

    /** Signs the user in through the identity provider realm and answers the alias of the tenant the login landed in. */
    private String logIn(String realmName, String email, String extraParameters) {
        return tenantClaim(realmName, email, extraParameters).path("alias").asText(null);
    }

    private JsonNode tenantClaim(String realmName, String email, String extraParameters) {
        AppClient app = new AppClient(urls.getBase(), realmName);
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(app.authorizeUrl(extraParameters));
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/roundtrip-idp/");
        Page done = browser.submit(atIdp, "kc-form-login", Map.of("username", email, "password", "secret"));
        return app.redeem(done).idClaims().path("tenant");
    }

    /** A password login of a shared domain's user without a remembered tenant: the tenant claim names the active tenant. */
    private String passwordLogIn(String realmName, String email) {
        AppClient app = new AppClient(urls.getBase(), realmName);
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(app.authorizeUrl(""));
        Page blocked = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
        Page password = browser.submit(blocked, "kc-tenant-sso-continue-form", Map.of());
        Page done = browser.submit(password, "kc-form-login", Map.of("username", email, "password", "secret"));
        return app.redeem(done).idClaims().path("tenant").path("alias").asText(null);
    }

    private void setPassword(String realmName, String email) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("secret");
        password.setTemporary(false);
        admin.realm(realmName).users().get(userId(realmName, email)).resetPassword(password);
    }

    private void sever(String realmName, String trustingAlias, String connection) {
        String trusting = organizationId(realmName, trustingAlias);
        for (JsonNode trust : api(realmName).get("/trusts").json()) {
            if (trust.path("trustingTenantId").asText().equals(trusting)
                    && trust.path("connectionAlias").asText().equals(connection)) {
                assertThat(api(realmName)
                                .delete("/trusts/" + trust.path("id").asText())
                                .status())
                        .isEqualTo(204);
            }
        }
    }

    private List<String> tenantsOf(String realmName, String email) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode membership : api(realmName)
                .get("/users/" + userId(realmName, email) + "/tenants")
                .json()
                .path("memberships")) {
            aliases.add(admin.realm(realmName)
                    .organizations()
                    .get(membership.path("tenantId").asText())
                    .toRepresentation()
                    .getAlias());
        }
        return aliases;
    }

    private String organizationId(String realmName, String alias) {
        return admin.realm(realmName).organizations().search(alias).stream()
                .filter(o -> o.getAlias().equals(alias))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private String userId(String realmName, String email) {
        return admin.realm(realmName).users().searchByEmail(email, true).get(0).getId();
    }

    private JsonNode keycloak(String method, String path) {
        AdminApi.Reply reply = AdminApi.send(HttpRequest.newBuilder(URI.create(urls.getBase() + path))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(reply.status()).as(method + " " + path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private AdminApi api(String realmName) {
        return new AdminApi(
                urls.getBase(), realmName, () -> admin.tokenManager().getAccessTokenString());
    }
}
