package io.github.tenantsso.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Tenants;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Hostile or malformed input gets a specific error that names the field, shows no internals, does not repeat the
 * input at length, and changes nothing.
 */
@KeycloakIntegrationTest
class MalformedInputTest {

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

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    @Test
    void discoveryRefusesAnAddressWithASecondAt() {
        AdminApi.Reply reply = AdminApi.send(HttpRequest.newBuilder(URI.create(
                        urls.getBase() + "/realms/routing/tenant-sso/discovery?email=" + encode("a@b@acme.example")))
                .GET()
                .build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_email");
    }

    @Test
    void theEmailStepRefusesAnAddressWithASecondAtInsteadOfRoutingIt() {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(authorize());

        Page answer = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "a@b@acme.example"));

        assertThat(answer.visitedPathContaining("/broker/"))
                .as("must not be routed")
                .isFalse();
        assertThat(answer.document().getElementById("kc-tenant-sso-email-form"))
                .as(answer.body())
                .isNotNull();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithoutJavaClassNames() {
        int trustsBefore = api.get("/trusts").json().size();

        AdminApi.Reply reply = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"x\", \"connectionAlias\": \"acme-oidc\", \"jitEnabled\": \"yes\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("jitEnabled");
        assertThat(reply.body())
                .doesNotContain("java.")
                .doesNotContain("Representations")
                .doesNotContain("$");
        assertThat(api.get("/trusts").json().size()).isEqualTo(trustsBefore);
    }

    @Test
    void aHugeUnknownFieldIsNotEchoedBack() {
        AdminApi.Reply reply = api.put("/policy", "{\"" + "x".repeat(20_000) + "\": true}");

        assertThat(reply.status())
                .as(reply.body().substring(0, Math.min(200, reply.body().length())))
                .isEqualTo(400);
        assertThat(reply.body().length()).isLessThan(500);
    }

    @Test
    void aTrustListingOneGroupManyTimesStoresItOnce() {
        String initech = Tenants.idOf(realm, "initech");
        String engineers = organizationGroup(initech, "engineers");
        String many = String.join(", ", Collections.nCopies(150, "\"" + engineers + "\""));

        Reply created = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + initech + "\", \"connectionAlias\": \"acme-oidc\"," + " \"groupIds\": ["
                        + many + "]}");

        try {
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("groupIds"))
                    .extracting(JsonNode::asText)
                    .containsExactly(engineers);
        } finally {
            api.delete("/trusts/" + created.json().path("id").asText());
        }
    }

    @Test
    void aTrustWithTooManyGroupsIsRefusedAndNothingIsCreated() {
        String initech = Tenants.idOf(realm, "initech");
        List<String> ids = IntStream.range(0, 101)
                .mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .toList();
        int trustsBefore = api.get("/trusts").json().size();

        Reply refused = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + initech + "\", \"connectionAlias\": \"acme-oidc\"," + " \"groupIds\": ["
                        + String.join(",", ids) + "]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("groupIds");
        assertThat(api.get("/trusts").json().size()).isEqualTo(trustsBefore);
    }

    private String organizationGroup(String tenant, String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response created =
                realm.admin().organizations().get(tenant).groups().addTopLevelGroup(group)) {
            assertThat(created.getStatus()).isEqualTo(201);
            return created.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    private String authorize() {
        return urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(CALLBACK);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
