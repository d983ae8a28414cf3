package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.PortalLogin;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The attacker's view of every portal endpoint: another tenant's admin, a plain member, a realm user of no tenant, a
 * token of another client, an expired token, no token and a malformed one are each refused with the status and code
 * the API promises, and nothing of the tenant changes (read back through the admin API). Tenant {@code acme} is
 * administered by {@code ann}; {@code gus} administers {@code globex}.
 */
@KeycloakIntegrationTest
class PortalNegativeTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    /** Acme's connection, which every refused call names. */
    private static final String CONNECTION = "neg-acme-oidc";

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    PortalLogin login;
    String acme;
    String globex;
    String ann;
    String bob;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        login = new PortalLogin(urls.getBase(), realm.getName());
        acme = Tenants.create(realm, "acme");
        globex = Tenants.create(realm, "globex");
        ann = RealmUsers.create(realm, "ann@acme.example", "ann-secret");
        bob = RealmUsers.create(realm, "bob@acme.example", "bob-secret");
        String gus = RealmUsers.create(realm, "gus@globex.example", "gus-secret");
        RealmUsers.create(realm, "nina@nowhere.example", "nina-secret");
        join(acme, ann);
        join(acme, bob);
        join(globex, gus);
        assertThat(api.post("/tenants/" + acme + "/admins", "{\"userId\": \"" + ann + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/tenants/" + globex + "/admins", "{\"userId\": \"" + gus + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/tenants/" + acme + "/domains", "{\"domain\": \"neg-acme.example\"}")
                        .status())
                .isEqualTo(201);
        Tenants.createIdentityProvider(realm, CONNECTION, "Acme");
        assertThat(api.put("/connections/" + CONNECTION, "{\"tenantId\": \"" + acme + "\", \"enabled\": false}")
                        .status())
                .isEqualTo(201);
    }

    /** Every portal call about a tenant, by what it would do to {@code tenant}. */
    private Map<String, Function<AdminApi, Reply>> tenantCalls(String tenant) {
        String base = "/tenants/" + tenant;
        Map<String, Function<AdminApi, Reply>> calls = new LinkedHashMap<>();
        calls.put("list domains", portal -> portal.get(base + "/domains"));
        calls.put("claim a domain", portal -> portal.post(base + "/domains", "{\"domain\": \"stolen.example\"}"));
        calls.put("verify a claim", portal -> portal.post(base + "/domains/neg-acme.example/verify", ""));
        calls.put("remove a claim", portal -> portal.delete(base + "/domains/neg-acme.example"));
        calls.put("list admins", portal -> portal.get(base + "/admins"));
        calls.put("appoint an admin", portal -> portal.post(base + "/admins", "{\"userId\": \"" + bob + "\"}"));
        calls.put("remove an admin", portal -> portal.delete(base + "/admins/" + ann));
        calls.put("list connections", portal -> portal.get(base + "/connections"));
        calls.put("get a connection", portal -> portal.get(base + "/connections/" + CONNECTION));
        calls.put(
                "create an OIDC connection",
                portal -> portal.post(
                        base + "/connections/oidc",
                        "{\"discoveryUrl\": \"" + urls.getBase() + "/realms/" + realm.getName()
                                + "\", \"clientId\": \"x\", \"clientSecret\": \"y\"}"));
        calls.put(
                "create a SAML connection",
                portal -> portal.post(base + "/connections/saml", "{\"metadataXml\": \"<x/>\"}"));
        calls.put(
                "switch a connection on",
                portal ->
                        portal.patch(base + "/connections/" + CONNECTION, "{\"enabled\": true, \"jitEnabled\": true}"));
        calls.put(
                "rotate a client secret",
                portal -> portal.put(
                        base + "/connections/" + CONNECTION + "/client-secret", "{\"clientSecret\": \"z\"}"));
        calls.put("delete a connection", portal -> portal.delete(base + "/connections/" + CONNECTION));
        return calls;
    }

    private Map<String, Function<AdminApi, Reply>> everyCall() {
        Map<String, Function<AdminApi, Reply>> calls = new LinkedHashMap<>();
        calls.put("me", portal -> portal.get("/me"));
        calls.putAll(tenantCalls(acme));
        return calls;
    }

    @Test
    void anotherTenantsAdminGetsNotFoundForAcmeAsForATenantThatDoesNotExist() {
        AdminApi gus = bearer(login.signIn("gus@globex.example", "gus-secret").accessToken());
        String before = acmeState();

        refusedAsNotFound(gus, acme);
        assertThat(answers(gus, acme))
                .as("acme's answers are those of a tenant that does not exist")
                .isEqualTo(answers(gus, "00000000-0000-0000-0000-000000000000"));
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void aPlainMemberGetsNotFound() {
        AdminApi bobPortal =
                bearer(login.signIn("bob@acme.example", "bob-secret").accessToken());
        String before = acmeState();

        refusedAsNotFound(bobPortal, acme);
        assertThat(bobPortal.get("/me").json().path("tenants")).isEmpty();
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void aRealmUserOfNoTenantGetsNotFound() {
        AdminApi nina =
                bearer(login.signIn("nina@nowhere.example", "nina-secret").accessToken());
        String before = acmeState();

        refusedAsNotFound(nina, acme);
        assertThat(nina.get("/me").json().path("tenants")).isEmpty();
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void aTokenOfAnotherClientIsRefusedEvenForTheTenantsOwnAdmin() {
        AdminApi otherClient =
                bearer(RealmUsers.accessToken(urls.getBase(), realm.getName(), "ann@acme.example", "ann-secret"));
        String before = acmeState();

        refusedAsUnauthenticated(otherClient);
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        ClientResource client = portalClient();
        ClientRepresentation representation = client.toRepresentation();
        representation.getAttributes().put("access.token.lifespan", "1");
        client.update(representation);
        String expired;
        try {
            expired = login.signIn("ann@acme.example", "ann-secret").accessToken();
        } finally {
            // Long enough for the rest of the class; the realm goes with it.
            representation.getAttributes().put("access.token.lifespan", "300");
            client.update(representation);
        }
        Thread.sleep(2_500);
        String before = acmeState();

        refusedAsUnauthenticated(bearer(expired));
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void noTokenIsRefused() {
        String before = acmeState();

        refusedAsUnauthenticated(AdminApi.portalApi(urls.getBase(), realm.getName(), null));
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void aMalformedTokenIsRefused() {
        String valid = login.signIn("ann@acme.example", "ann-secret").accessToken();
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String before = acmeState();

        for (String authorization : List.of("Bearer not-a-token", "Bearer a.b.c", "Bearer " + tampered, "Basic YTpi")) {
            refusedAsUnauthenticated(AdminApi.portalApi(urls.getBase(), realm.getName(), authorization));
        }
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void aTokenOfAnEndedSessionIsRefused() {
        String token = login.signIn("ann@acme.example", "ann-secret").accessToken();
        realm.admin().users().get(ann).logout();
        String before = acmeState();

        refusedAsUnauthenticated(bearer(token));
        assertThat(acmeState()).isEqualTo(before);
    }

    @Test
    void theTenantsOwnAdminIsServedWhereTheOthersAreRefused() {
        AdminApi annPortal =
                bearer(login.signIn("ann@acme.example", "ann-secret").accessToken());

        assertThat(annPortal.get("/tenants/" + acme + "/domains").status()).isEqualTo(200);
        assertThat(annPortal.get("/tenants/" + acme + "/admins").status()).isEqualTo(200);
        refusedAsNotFound(annPortal, globex);
    }

    private void refusedAsNotFound(AdminApi portal, String tenant) {
        tenantCalls(tenant).forEach((name, call) -> {
            Reply reply = call.apply(portal);
            assertThat(reply.status()).as("%s: %s", name, reply.body()).isEqualTo(404);
            assertThat(reply.error()).as(name).isEqualTo("not_found");
        });
    }

    private void refusedAsUnauthenticated(AdminApi portal) {
        everyCall().forEach((name, call) -> {
            Reply reply = call.apply(portal);
            assertThat(reply.status()).as("%s: %s", name, reply.body()).isEqualTo(401);
            assertThat(reply.error()).as(name).isEqualTo("invalid_token");
            assertThat(reply.header("WWW-Authenticate")).as(name).contains("invalid_token");
        });
    }

    private Map<String, String> answers(AdminApi portal, String tenant) {
        Map<String, String> answers = new LinkedHashMap<>();
        tenantCalls(tenant).forEach((name, call) -> {
            Reply reply = call.apply(portal);
            answers.put(name, reply.status() + " " + reply.body());
        });
        return answers;
    }

    /** Acme's claims and admins, as the admin API reads them. */
    private String acmeState() {
        return api.get("/tenants/" + acme + "/domains").body() + "\n"
                + api.get("/tenants/" + acme + "/admins").body() + "\n"
                + api.get("/connections").body() + "\n"
                + realm.admin().identityProviders().findAll().stream()
                        .map(idp -> idp.getAlias() + idp.isEnabled() + idp.getConfig())
                        .toList();
    }

    private AdminApi bearer(String accessToken) {
        return AdminApi.portalApi(urls.getBase(), realm.getName(), "Bearer " + accessToken);
    }

    private ClientResource portalClient() {
        return realm.admin()
                .clients()
                .get(realm.admin()
                        .clients()
                        .findByClientId(PortalLogin.CLIENT_ID)
                        .get(0)
                        .getId());
    }

    private void join(String tenant, String userId) {
        realm.admin().organizations().get(tenant).members().addMember(userId).close();
    }
}
