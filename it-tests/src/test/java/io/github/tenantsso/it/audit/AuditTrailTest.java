package io.github.tenantsso.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.TenantSsoServerConfig;
import io.github.tenantsso.it.harness.Tenants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
import org.keycloak.util.JsonSerialization;

/**
 * The realm's audit trail as a realm admin reads it: logins through the real identity provider realm
 * {@code routing-idp}, changes through the admin API, each an event naming the tenant, the actor, the connection and
 * the reason; and the counters on Keycloak's metrics endpoint.
 */
@KeycloakIntegrationTest
class AuditTrailTest {

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
    String acme;
    String globex;
    long start;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.idOf(realm, "acme");
        globex = Tenants.idOf(realm, "globex");
        for (String email : List.of("ann@acme.example", "sam@shared.example")) {
            realm.admin()
                    .users()
                    .searchByEmail(email, true)
                    .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        }
        for (JsonNode trust : api.get("/trusts").json()) {
            api.delete("/trusts/" + trust.path("id").asText());
        }
        start = System.currentTimeMillis() - 1;
    }

    @Test
    void aRoutedLoginIsARoutingDecisionAndALandingNamingTenantActorConnectionAndReason() {
        Page done = logIn("ann@acme.example", "");
        assertThat(done.leftTo()).as(done.body()).isNotNull();
        String ann = realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .get(0)
                .getId();

        List<JsonNode> events = events("/audit?tenant=" + acme + "&from=" + start);

        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("LANDING", "ROUTING_DECISION");
        JsonNode landing = events.get(0);
        assertThat(landing.path("action").asText()).isEqualTo("LANDED");
        assertThat(landing.path("reason").asText()).isEqualTo("OWNER_JIT");
        assertThat(landing.path("tenantIds")).extracting(JsonNode::asText).containsExactly(acme);
        assertThat(landing.path("actorUserId").asText()).isEqualTo(ann);
        assertThat(landing.path("actorClientId").asText()).isEqualTo("app");
        assertThat(landing.path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(landing.path("details").path("joined").asText()).isEqualTo("true");
        JsonNode routing = events.get(1);
        assertThat(routing.path("action").asText()).isEqualTo("REDIRECT");
        assertThat(routing.path("reason").asText()).isEqualTo("SINGLE_TENANT");
        assertThat(routing.path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(routing.path("actorClientId").asText()).isEqualTo("app");
        assertThat(routing.path("details").path("domain").asText()).isEqualTo("acme.example");
        assertThat(routing.path("time").asLong())
                .isLessThanOrEqualTo(landing.path("time").asLong());
    }

    @Test
    void aLandingRefusalIsRecordedForTheConnectionsOwnerWithItsReason() {
        Page refused = logIn("sam@shared.example", "&tenantId=globex");
        assertThat(refused.status()).isEqualTo(403);

        List<JsonNode> events = events("/audit?type=REFUSAL&tenant=" + globex + "&from=" + start);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.path("action").asText()).isEqualTo("LANDING");
            assertThat(event.path("reason").asText()).isEqualTo("NOT_A_MEMBER_OF_ROUTED_TENANT");
            assertThat(event.path("connection").asText()).isEqualTo("globex-oidc");
            assertThat(event.path("tenantIds")).extracting(JsonNode::asText).containsExactly(globex);
            assertThat(event.path("actorClientId").asText()).isEqualTo("app");
        });
        assertThat(events("/audit?type=ROUTING_DECISION&tenant=" + globex + "&from=" + start))
                .singleElement()
                .satisfies(event -> assertThat(event.path("reason").asText()).isEqualTo("HINT"));
    }

    @Test
    void aClaimVerificationAndATrustChangeNameTheAdminAndTheTenants() throws Exception {
        JsonNode token = adminToken();
        assertThat(api.post("/tenants/" + acme + "/domains", "{\"domain\": \"audit.example\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/tenants/" + acme + "/domains/audit.example/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(200);
        Reply trust =
                api.post("/trusts", "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-oidc\"}");
        assertThat(trust.status()).as(trust.body()).isEqualTo(201);
        assertThat(api.delete("/trusts/" + trust.json().path("id").asText()).status())
                .isEqualTo(204);

        List<JsonNode> acmes = events("/audit?tenant=" + acme + "&from=" + start);

        assertThat(acmes)
                .extracting(
                        e -> e.path("type").asText() + " " + e.path("action").asText())
                .containsExactly(
                        "TRUST_CHANGE SEVERED",
                        "TRUST_CHANGE CREATED",
                        "DOMAIN_VERIFICATION VERIFIED",
                        "DOMAIN_CLAIM CREATED");
        assertThat(acmes).allSatisfy(event -> {
            assertThat(event.path("actorUserId").asText())
                    .isEqualTo(token.path("sub").asText());
            assertThat(event.path("actorClientId").asText())
                    .isEqualTo(token.path("azp").asText());
        });
        JsonNode verified = acmes.get(2);
        assertThat(verified.path("reason").asText()).isEqualTo("ADMIN");
        assertThat(verified.path("details").path("domain").asText()).isEqualTo("audit.example");
        JsonNode created = acmes.get(1);
        assertThat(created.path("tenantIds")).extracting(JsonNode::asText).containsExactly(globex, acme);
        assertThat(created.path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(acmes.get(0).path("details").path("revokedSessions").asText())
                .isEqualTo("0");
        assertThat(events("/audit?tenant=" + globex + "&type=TRUST_CHANGE&from=" + start))
                .as("the trusting tenant's trail shows the trust too")
                .hasSize(2);
        api.delete("/tenants/" + acme + "/domains/audit.example");
    }

    @Test
    void aMemberAddedThroughKeycloaksApiIsAMembershipChange() {
        String carl = RealmUsers.create(realm, "carl@initech.example", "carl-secret");
        String initech = Tenants.idOf(realm, "initech");

        realm.admin().organizations().get(initech).members().addMember(carl).close();
        realm.admin()
                .organizations()
                .get(initech)
                .members()
                .member(carl)
                .delete()
                .close();

        assertThat(events("/audit?type=MEMBERSHIP_CHANGE&tenant=" + initech + "&from=" + start))
                .extracting(e -> e.path("action").asText() + " "
                        + e.path("details").path("userId").asText())
                .containsExactly("LEFT " + carl, "JOINED " + carl);
        RealmUsers.removeIfPresent(realm.admin(), carl);
    }

    @Test
    void filtersByTenantTypeAndTimeAndPagesNewestFirst() throws InterruptedException {
        for (String domain : List.of("page1.example", "page2.example", "page3.example")) {
            assertThat(api.post("/tenants/" + acme + "/domains", "{\"domain\": \"" + domain + "\"}")
                            .status())
                    .isEqualTo(201);
            Thread.sleep(5);
        }
        assertThat(api.post("/tenants/" + globex + "/domains", "{\"domain\": \"page4.example\"}")
                        .status())
                .isEqualTo(201);
        String claims = "/audit?type=DOMAIN_CLAIM&from=" + start;

        List<JsonNode> all = events(claims);
        List<JsonNode> acmes = events(claims + "&tenant=" + acme);
        List<JsonNode> page = events(claims + "&tenant=" + acme + "&first=1&max=1");
        long secondTime = acmes.get(1).path("time").asLong();
        List<JsonNode> before =
                events("/audit?type=DOMAIN_CLAIM&tenant=" + acme + "&from=" + start + "&to=" + secondTime);

        assertThat(domains(all)).containsExactly("page4.example", "page3.example", "page2.example", "page1.example");
        assertThat(domains(acmes)).containsExactly("page3.example", "page2.example", "page1.example");
        assertThat(domains(page)).containsExactly("page2.example");
        assertThat(domains(before)).containsExactly("page1.example");
        assertThat(events("/audit?type=LANDING,TRUST_CHANGE&from=" + start)).isEmpty();
        assertThat(events("/audit?tenant=no-such-tenant&from=" + start)).isEmpty();
        for (String domain : List.of("page1.example", "page2.example", "page3.example")) {
            api.delete("/tenants/" + acme + "/domains/" + domain);
        }
        api.delete("/tenants/" + globex + "/domains/page4.example");
    }

    @Test
    void exportsJsonLinesByFormatOrByAccept() throws Exception {
        assertThat(api.post("/tenants/" + acme + "/domains", "{\"domain\": \"lines.example\"}")
                        .status())
                .isEqualTo(201);
        api.delete("/tenants/" + acme + "/domains/lines.example");

        Reply byFormat = api.get("/audit?format=jsonl&type=DOMAIN_CLAIM&from=" + start);
        Reply byAccept = api.get("/audit?type=DOMAIN_CLAIM&from=" + start, "application/x-ndjson");

        for (Reply reply : List.of(byFormat, byAccept)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("application/x-ndjson");
            String[] lines = reply.body().split("\n");
            assertThat(lines).hasSize(2);
            List<String> actions = new ArrayList<>();
            for (String line : lines) {
                JsonNode event = JsonSerialization.readValue(line, JsonNode.class);
                assertThat(event.path("details").path("domain").asText()).isEqualTo("lines.example");
                actions.add(event.path("action").asText());
            }
            assertThat(actions).containsExactly("DELETED", "CREATED");
        }
    }

    @Test
    void refusesBadQueryParametersWithTheirOwnCodes() {
        Map<String, String> bad = Map.of(
                "/audit?type=NOPE",
                "invalid_type",
                "/audit?from=yesterday",
                "invalid_time",
                "/audit?from=2000&to=1000",
                "invalid_time_range",
                "/audit?first=-1",
                "invalid_first",
                "/audit?max=5000",
                "invalid_max",
                "/audit?format=xml",
                "invalid_format",
                "/audit?tenant=" + "x".repeat(40),
                "invalid_tenant");
        bad.forEach((query, code) -> {
            Reply reply = api.get(query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.error()).as(query).isEqualTo(code);
        });
    }

    @Test
    void theMetricsEndpointCountsRoutingDecisionsAndLandingsWithoutATenantLabel() {
        logIn("ann@acme.example", "");

        Reply metrics = AdminApi.send(HttpRequest.newBuilder(URI.create(TenantSsoServerConfig.METRICS_URL))
                .build());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern(
                        "tenant_sso_routing_decisions_total\\{[^}]*outcome=\"REDIRECT\"[^}]*reason=\"SINGLE_TENANT\"[^}]*} [1-9]")
                .containsPattern("tenant_sso_landings_total\\{[^}]*reason=\"OWNER_(JIT|MEMBER)\"[^}]*} [1-9]")
                .containsPattern("tenant_sso_routing_decisions_total\\{[^}]*realm=\"routing\"");
        assertThat(metrics.body().lines().filter(line -> line.startsWith("tenant_sso_")))
                .isNotEmpty()
                .noneMatch(line -> line.contains("tenant=") || line.contains(acme));
    }

    private List<JsonNode> events(String query) {
        Reply reply = api.get(query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        reply.json().forEach(events::add);
        return events;
    }

    private static List<String> domains(List<JsonNode> events) {
        return events.stream()
                .map(e -> e.path("details").path("domain").asText())
                .toList();
    }

    /** The admin client's token as the server sees it: the user ({@code sub}) and the client ({@code azp}). */
    private JsonNode adminToken() throws IOException {
        String payload = admin.tokenManager().getAccessTokenString().split("\\.")[1];
        return JsonSerialization.readValue(Base64.getUrlDecoder().decode(payload), JsonNode.class);
    }

    private Page logIn(String email, String extraParameters) {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + extraParameters);
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        return browser.submit(atIdp, "kc-form-login", Map.of("username", email, "password", "secret"));
    }
}
