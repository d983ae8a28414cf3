package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.PortalLogin;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * A tenant admin reads their own tenant's audit trail through the portal API: the events that name the tenant, none
 * of another tenant's or of the realm's own, and the same 404 for any tenant they do not administer.
 */
@KeycloakIntegrationTest
class PortalAuditTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    PortalLogin login;
    String acme;
    String globex;
    String ann;
    String bob;
    long start;

    @BeforeEach
    void setUp() {
        start = System.currentTimeMillis() - 1;
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        login = new PortalLogin(urls.getBase(), realm.getName());
        acme = Tenants.create(realm, "acme");
        globex = Tenants.create(realm, "globex");
        ann = RealmUsers.create(realm, "ann@acme.example", "ann-secret");
        bob = RealmUsers.create(realm, "bob@acme.example", "bob-secret");
        for (String tenant : List.of(acme, globex)) {
            realm.admin().organizations().get(tenant).members().addMember(ann).close();
        }
        realm.admin().organizations().get(acme).members().addMember(bob).close();
        Reply appointed = api.post("/tenants/" + acme + "/admins", "{\"userId\": \"" + ann + "\"}");
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
    }

    @Test
    void aTenantAdminReadsTheirTenantsEventsAndNoneOfAnotherTenantOrOfTheRealm() {
        assertThat(api.post("/tenants/" + acme + "/domains", "{\"domain\": \"acme-audit.example\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/tenants/" + globex + "/domains", "{\"domain\": \"globex-audit.example\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.put("/policy", "{\"ambiguousNewUser\": \"FIRST_CREATED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put("/policy", "{\"ambiguousNewUser\": \"BLOCK\"}").status())
                .isEqualTo(200);
        assertThat(api.get("/audit?type=POLICY_CHANGE&from=" + start).json())
                .as("the realm's own events are in the realm admin's trail")
                .hasSize(2);
        AdminApi portal = portal("ann@acme.example", "ann-secret");

        List<JsonNode> events = events(portal.get("/tenants/" + acme + "/audit?from=" + start));
        List<JsonNode> askingForGlobex =
                events(portal.get("/tenants/" + acme + "/audit?tenant=" + globex + "&from=" + start));

        assertThat(events)
                .extracting(
                        e -> e.path("type").asText() + " " + e.path("action").asText())
                .containsExactly(
                        "DOMAIN_CLAIM CREATED",
                        "TENANT_ADMIN_CHANGE APPOINTED",
                        "MEMBERSHIP_CHANGE JOINED",
                        "MEMBERSHIP_CHANGE JOINED");
        assertThat(events)
                .allSatisfy(event -> assertThat(event.path("tenantIds"))
                        .extracting(JsonNode::asText)
                        .containsExactly(acme));
        assertThat(events.get(0).path("details").path("domain").asText()).isEqualTo("acme-audit.example");
        assertThat(askingForGlobex)
                .as("the tenant parameter cannot widen the portal's query")
                .extracting(e -> e.path("id").asText())
                .isEqualTo(events.stream().map(e -> e.path("id").asText()).toList());
        Reply lines = portal.get("/tenants/" + acme + "/audit?type=DOMAIN_CLAIM&format=jsonl&from=" + start);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(lines.body().split("\n")).hasSize(1).allMatch(line -> line.contains("acme-audit.example"));
    }

    @Test
    void anotherTenantsIdGetsTheSameNotFoundWhetherItExistsOrNot() {
        AdminApi portal = portal("ann@acme.example", "ann-secret");

        Reply member = portal.get("/tenants/" + globex + "/audit");
        Reply unknown = portal.get("/tenants/" + UUID.randomUUID() + "/audit");

        assertThat(member.status()).isEqualTo(404);
        assertThat(member.error()).isEqualTo("not_found");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(member.body());
    }

    @Test
    void refusesAPlainMemberAndTokensOfAnotherClient() {
        Reply plainMember = portal("bob@acme.example", "bob-secret").get("/tenants/" + acme + "/audit");
        Reply otherClient = AdminApi.portalApi(
                        urls.getBase(),
                        realm.getName(),
                        "Bearer "
                                + RealmUsers.accessToken(
                                        urls.getBase(), realm.getName(), "ann@acme.example", "ann-secret"))
                .get("/tenants/" + acme + "/audit");
        Reply noToken =
                AdminApi.portalApi(urls.getBase(), realm.getName(), null).get("/tenants/" + acme + "/audit");

        assertThat(plainMember.status()).isEqualTo(404);
        assertThat(plainMember.error()).isEqualTo("not_found");
        assertThat(otherClient.status()).isEqualTo(401);
        assertThat(otherClient.error()).isEqualTo("invalid_token");
        assertThat(noToken.status()).isEqualTo(401);
    }

    @Test
    void refusesBadQueryParametersOfItsOwnTenantWithTheirCodes() {
        AdminApi portal = portal("ann@acme.example", "ann-secret");

        Reply badMax = portal.get("/tenants/" + acme + "/audit?max=0");
        Reply badType = portal.get("/tenants/" + acme + "/audit?type=EVERYTHING");

        assertThat(badMax.status()).isEqualTo(400);
        assertThat(badMax.error()).isEqualTo("invalid_max");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.error()).isEqualTo("invalid_type");
    }

    @Test
    void theRealmAdminsQueryNeedsTheRealmsViewEventsRole() {
        RealmUsers.create(realm, "auditor", "auditor-secret", "view-events");
        RealmUsers.create(realm, "viewer", "viewer-secret", "view-realm");
        AdminApi auditor = new AdminApi(
                urls.getBase(),
                realm.getName(),
                () -> RealmUsers.accessToken(urls.getBase(), realm.getName(), "auditor", "auditor-secret"));
        AdminApi viewer = new AdminApi(
                urls.getBase(),
                realm.getName(),
                () -> RealmUsers.accessToken(urls.getBase(), realm.getName(), "viewer", "viewer-secret"));

        assertThat(auditor.get("/audit").status()).isEqualTo(200);
        assertThat(viewer.get("/audit").status()).isEqualTo(403);
        assertThat(new AdminApi(urls.getBase(), realm.getName(), () -> "not-a-token")
                        .get("/audit")
                        .status())
                .isEqualTo(401);
    }

    private AdminApi portal(String username, String password) {
        return AdminApi.portalApi(
                urls.getBase(),
                realm.getName(),
                "Bearer " + login.signIn(username, password).accessToken());
    }

    private static List<JsonNode> events(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        reply.json().forEach(events::add);
        return events;
    }
}
