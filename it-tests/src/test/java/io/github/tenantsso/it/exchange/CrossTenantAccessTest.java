package io.github.tenantsso.it.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.AppClient.Tokens;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * SSO through tenant A's connection gives no access to tenant B unless B trusts that connection, and the trust is
 * revocable: the negative end-to-end suite of cross-tenant access, against the real identity provider realm
 * {@code routing-idp}. A is {@code acme} (owner of {@code acme-oidc}, whose just-in-time provisioning is off here),
 * B is {@code globex}. The user {@code ann@acme.example} is signed in by A's identity provider but is a member of B
 * (and in some tests of other tenants), never of A unless a test says so.
 */
@KeycloakIntegrationTest
class CrossTenantAccessTest {

    /** Straight to A's identity provider, as an authorization request anyone can craft. */
    private static final String THROUGH_A = "&kc_idp_hint=acme-oidc";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;
    AppClient app;
    String acme;
    String globex;
    String initech;
    String ann;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        app = new AppClient(urls.getBase(), realm.getName());
        acme = Tenants.idOf(realm, "acme");
        globex = Tenants.idOf(realm, "globex");
        initech = Tenants.idOf(realm, "initech");
        for (JsonNode trust : api.get("/trusts").json()) {
            api.delete("/trusts/" + trust.path("id").asText());
        }
        // 201 where a test deleted or unlinked the connection, which this binds again.
        assertThat(api.put(
                                "/connections/acme-oidc",
                                "{\"tenantId\": \"" + acme + "\", \"enabled\": true, \"jitEnabled\": false}")
                        .status())
                .isIn(200, 201);
        realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        ann = RealmUsers.linkedTo(realm, idp, "acme-oidc", "ann@acme.example");
        join(globex, ann);
        RealmRepresentation events = realm.admin().toRepresentation();
        events.setAdminEventsEnabled(true);
        events.setAdminEventsDetailsEnabled(true);
        events.setEnabledEventTypes(List.of("LOGIN", "LOGIN_ERROR", "TOKEN_EXCHANGE", "TOKEN_EXCHANGE_ERROR"));
        realm.admin().update(events);
    }

    @Test
    void refusesAMemberOfTenantBSignedInByTenantAsIdentityProviderWithoutATrust() {
        Page refused = signIn(THROUGH_A);

        assertThat(refused.leftTo()).as(refused.body()).isNull();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body())
                .contains("does not give access to this organization")
                .doesNotContain("globex", "Globex");
    }

    @Test
    void landsTheSameLoginInTenantBOnceBTrustsTheConnection() {
        trust(globex, false);

        Tokens tokens = app.redeem(signIn(THROUGH_A));

        assertThat(tokens.accessClaims().path("tenant").path("id").asText()).isEqualTo(globex);
        assertThat(tokens.accessClaims().path("tenant").path("connection").asText())
                .isEqualTo("acme-oidc");
        Reply me = AdminApi.sessionApi(urls.getBase(), realm.getName(), tokens.accessToken())
                .get("/tenants/globex/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("alias").asText()).isEqualTo("globex");
    }

    @Test
    void severingTheTrustEndsTheSessionItsRefreshTokenAndLaterLogins() {
        String trust = trust(globex, false);
        Tokens tokens = app.redeem(signIn(THROUGH_A));
        assertThat(app.refresh(tokens.refreshToken()).status()).isEqualTo(200);

        assertThat(api.delete("/trusts/" + trust).status()).isEqualTo(204);

        Reply refreshed = app.refresh(tokens.refreshToken());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(400);
        assertThat(refreshed.error()).isEqualTo("invalid_grant");
        assertThat(AdminApi.sessionApi(urls.getBase(), realm.getName(), tokens.accessToken())
                        .get("/session")
                        .status())
                .isEqualTo(401);
        assertThat(signIn(THROUGH_A).status()).isEqualTo(403);
        AdminEventRepresentation severed = realm
                .admin()
                .getAdminEvents(
                        List.of("DELETE"), null, null, null, null, null, List.of("CUSTOM"), null, null, null, null)
                .stream()
                .filter(event -> "TRUST".equals(event.getDetails().get("tenant_sso_resource")))
                .findFirst()
                .orElseThrow();
        assertThat(severed.getDetails()).containsEntry("tenant_sso_revoked_sessions", "1");
        assertThat(Tenants.ofUser(realm, api, ann))
                .as("a membership the trust did not provision stays")
                .containsExactly("globex");
    }

    @Test
    void severingATrustRemovesTheMembershipsItProvisionedAndResetsTheActiveTenant() {
        trust(globex, false);
        String initechTrust = trust(initech, true);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        Reply switched = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken())
                .post("/session/tenant", "{\"tenant\": \"initech\"}");
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(activeTenant()).isEqualTo(initech);

        assertThat(api.delete("/trusts/" + initechTrust).status()).isEqualTo(204);

        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex");
        assertThat(activeTenant()).isEqualTo(globex);
        assertThat(app.refresh(inGlobex.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(app.redeem(signIn(THROUGH_A))
                        .accessClaims()
                        .path("tenant")
                        .path("id")
                        .asText())
                .isEqualTo(globex);
    }

    @Test
    void deletingAConnectionRevokesItsTrustsAsSeveringDoes() {
        trust(globex, false);
        trust(initech, true);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        assertThat(AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken())
                        .post("/session/tenant", "{\"tenant\": \"initech\"}")
                        .status())
                .isEqualTo(200);

        assertThat(api.delete("/connections/acme-oidc").status()).isEqualTo(204);

        assertThat(app.refresh(inGlobex.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex");
        assertThat(activeTenant()).isEqualTo(globex);
    }

    @Test
    void unlinkingTheConnectionInKeycloakRevokesItsTrustsAsSeveringDoes() {
        trust(globex, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));

        realm.admin()
                .organizations()
                .get(acme)
                .identityProviders()
                .get("acme-oidc")
                .delete()
                .close();

        Reply refreshed = app.refresh(inGlobex.refreshToken());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(400);
        assertThat(refreshed.error()).isEqualTo("invalid_grant");
    }

    @Test
    void deletingTheIdentityProviderRevokesItsTrustsAsSeveringDoes() {
        IdentityProviderRepresentation connection =
                realm.admin().identityProviders().get("acme-oidc").toRepresentation();
        trust(globex, false);
        trust(initech, true);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        assertThat(AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken())
                        .post("/session/tenant", "{\"tenant\": \"initech\"}")
                        .status())
                .isEqualTo(200);
        try {
            realm.admin().identityProviders().get("acme-oidc").remove();

            assertThat(app.refresh(inGlobex.refreshToken()).error()).isEqualTo("invalid_grant");
            assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex");
            assertThat(activeTenant()).isEqualTo(globex);
        } finally {
            // The next test's setUp links it to acme again; the admin API masks the secret it returns.
            connection.setInternalId(null);
            connection.setOrganizationId(null);
            connection.getConfig().put("clientSecret", "broker-secret");
            realm.admin().identityProviders().create(connection).close();
            // Keycloak's user cache keeps the link lookups of the deleted provider, which would send later logins to
            // the first broker login.
            realm.admin().clearUserCache();
        }
    }

    @Test
    void removingAMemberEndsTheirOfflineSessionInThatTenantToo() {
        join(acme, ann);
        Browser browser = new Browser(urls.getBase());
        Page atIdp = browser.open(app.authorizeUrl("openid offline_access", THROUGH_A));
        Tokens offline = app.redeem(
                browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret")));
        assertThat(offline.accessClaims().path("tenant").path("id").asText()).isEqualTo(acme);
        assertThat(app.refresh(offline.refreshToken()).status()).isEqualTo(200);

        leave(acme, ann);

        Reply refreshed = app.refresh(offline.refreshToken());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(400);
        assertThat(refreshed.error()).isEqualTo("invalid_grant");
    }

    @Test
    void removingAMemberEndsTheirSessionsInThatTenantSoTheyCannotSwitchBack() {
        assertThat(api.put("/connections/acme-oidc", "{\"jitEnabled\": true}").status())
                .isEqualTo(200);
        join(acme, ann);
        trust(globex, false);
        Tokens inAcme = app.redeem(signIn(THROUGH_A));
        assertThat(inAcme.accessClaims().path("tenant").path("id").asText()).isEqualTo(acme);

        leave(acme, ann);

        Reply refreshed = app.refresh(inAcme.refreshToken());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(400);
        assertThat(refreshed.error()).isEqualTo("invalid_grant");
        assertThat(AdminApi.sessionApi(urls.getBase(), realm.getName(), inAcme.accessToken())
                        .post("/session/tenant", "{\"tenant\": \"acme\"}")
                        .status())
                .isEqualTo(401);
        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex");
    }

    @Test
    void exchangeNeverProvisionsAgainThroughASessionThatSignedInBeforeTheRemoval() {
        assertThat(api.put("/connections/acme-oidc", "{\"jitEnabled\": true}").status())
                .isEqualTo(200);
        trust(globex, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        assertThat(inGlobex.accessClaims().path("tenant").path("id").asText()).isEqualTo(globex);
        join(acme, ann);
        leave(acme, ann);
        AdminApi session = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken());

        Reply refused = session.post("/session/tenant", "{\"tenant\": \"acme\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("login_required");
        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex");
        assertThat(app.refresh(inGlobex.refreshToken()).status())
                .as("the session was never in acme")
                .isEqualTo(200);
    }

    @Test
    void aDisabledConnectionNeitherSignsInNorSwitches() {
        join(initech, ann);
        trust(globex, false);
        trust(initech, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));

        assertThat(api.put("/connections/acme-oidc", "{\"enabled\": false, \"jitEnabled\": true}")
                        .status())
                .isEqualTo(200);

        Reply refused = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken())
                .post("/session/tenant", "{\"tenant\": \"initech\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("login_required");
        Page signIn = signIn(THROUGH_A);
        assertThat(signIn.leftTo()).as(signIn.body()).isNull();
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex", "initech");
    }

    @Test
    void severingATrustLeavesSessionsThroughTheConnectionInOtherTenantsAlone() {
        join(initech, ann);
        trust(initech, false);
        Tokens inInitech = app.redeem(signIn(THROUGH_A));
        assertThat(inInitech.accessClaims().path("tenant").path("id").asText()).isEqualTo(initech);

        api.delete("/trusts/" + trust(globex, false));

        assertThat(app.refresh(inInitech.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void switchesTheSessionWithoutSigningInAgainToATenantThatTrustsItsConnection() {
        join(initech, ann);
        trust(initech, false);
        trust(globex, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        assertThat(inGlobex.accessClaims().path("tenant").path("id").asText()).isEqualTo(globex);
        AdminApi session = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken());

        Reply switched = session.post("/session/tenant", "{\"tenant\": \"initech\"}");

        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().path("tenant").path("alias").asText()).isEqualTo("initech");
        Reply refreshed = app.refresh(inGlobex.refreshToken());
        Tokens inInitech = Tokens.of(refreshed.json());
        assertThat(inInitech.accessClaims().path("tenant").path("id").asText()).isEqualTo(initech);
        assertThat(inInitech.accessClaims().path("sid").asText())
                .isEqualTo(inGlobex.accessClaims().path("sid").asText());
        EventRepresentation exchange = events("TOKEN_EXCHANGE").get(0);
        assertThat(exchange.getDetails())
                .containsEntry("tenant_sso_from", globex)
                .containsEntry("tenant_sso_tenant", initech)
                .containsEntry("tenant_sso_connection", "acme-oidc");
    }

    @Test
    void refusesToSwitchToATenantThatDoesNotTrustTheConnectionEvenForAMember() {
        join(initech, ann);
        trust(globex, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));
        AdminApi session = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken());

        Reply refused = session.post("/session/tenant", "{\"tenant\": \"initech\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("login_required");
        assertThat(refused.json()
                        .path("authorization_parameters")
                        .path("tenantId")
                        .asText())
                .isEqualTo("initech");
        assertThat(refused.json()
                        .path("authorization_parameters")
                        .path("prompt")
                        .asText())
                .isEqualTo("login");
        assertThat(Tokens.of(app.refresh(inGlobex.refreshToken()).json())
                        .accessClaims()
                        .path("tenant")
                        .path("id")
                        .asText())
                .isEqualTo(globex);
        JsonNode tenants = session.get("/session").json().path("tenants");
        assertThat(tenants.findValues("alias")).extracting(JsonNode::asText).containsExactly("globex", "initech");
        assertThat(tenants.findValues("switchable"))
                .extracting(JsonNode::asBoolean)
                .containsExactly(true, false);
        assertThat(events("TOKEN_EXCHANGE_ERROR").get(0).getDetails())
                .containsEntry("tenant_sso_reason", "CONNECTION_NOT_TRUSTED");
    }

    @Test
    void answersAnUnknownTenantLikeOneThatDoesNotTrustTheConnection() {
        trust(globex, false);
        AdminApi session = AdminApi.sessionApi(
                urls.getBase(), realm.getName(), app.redeem(signIn(THROUGH_A)).accessToken());

        Reply unknown = session.post("/session/tenant", "{\"tenant\": \"no-such-tenant\"}");
        Reply untrusting = session.post("/session/tenant", "{\"tenant\": \"initech\"}");

        assertThat(unknown.status()).isEqualTo(untrusting.status()).isEqualTo(403);
        assertThat(unknown.json().path("error_description"))
                .isEqualTo(untrusting.json().path("error_description"));
    }

    @Test
    void provisionsTheUserIntoATrustingTenantWithJitAndTheGroupsAndRolesTheTrustAssigns() {
        String engineers = organizationGroup(initech, "engineers");
        realm.admin()
                .organizations()
                .get(initech)
                .groups()
                .group(engineers)
                .roles()
                .realmLevel()
                .add(List.of(realmRole("initech-engineer")));
        api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + initech
                        + "\", \"connectionAlias\": \"acme-oidc\", \"jitEnabled\": true," + " \"groupIds\": [\""
                        + engineers + "\"]}");
        trust(globex, false);
        Tokens inGlobex = app.redeem(signIn(THROUGH_A));

        Reply switched = AdminApi.sessionApi(urls.getBase(), realm.getName(), inGlobex.accessToken())
                .post("/session/tenant", "{\"tenant\": \"initech\"}");

        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(Tenants.ofUser(realm, api, ann)).containsExactly("globex", "initech");
        JsonNode claim = Tokens.of(app.refresh(inGlobex.refreshToken()).json())
                .accessClaims()
                .path("tenant");
        assertThat(claim.path("alias").asText()).isEqualTo("initech");
        assertThat(claim.path("groups").toString()).isEqualTo("[\"engineers\"]");
        assertThat(claim.path("roles").toString()).isEqualTo("[\"initech-engineer\"]");
    }

    @Test
    void refusesATokenOfTenantAOnTenantBsEndpoint() {
        join(acme, ann);
        trust(globex, false);
        Tokens inAcme = app.redeem(signIn(THROUGH_A));
        assertThat(inAcme.accessClaims().path("tenant").path("id").asText()).isEqualTo(acme);
        AdminApi withAcmeToken = AdminApi.sessionApi(urls.getBase(), realm.getName(), inAcme.accessToken());

        Reply refused = withAcmeToken.get("/tenants/globex/me");
        Reply byId = withAcmeToken.get("/tenants/" + globex + "/me");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("wrong_tenant");
        assertThat(byId.error()).isEqualTo("wrong_tenant");
        assertThat(withAcmeToken.get("/tenants/acme/me").status()).isEqualTo(200);
        assertThat(withAcmeToken
                        .post("/session/tenant", "{\"tenant\": \"globex\"}")
                        .status())
                .isEqualTo(200);
        assertThat(withAcmeToken.get("/tenants/globex/me").error())
                .as("a token minted for acme stays an acme token after the session moved")
                .isEqualTo("wrong_tenant");
    }

    @Test
    void refusesTheSessionApiWithoutAValidTokenAndBadBodiesWithoutChangingTheSession() {
        trust(globex, false);
        Tokens tokens = app.redeem(signIn(THROUGH_A));
        AdminApi session = AdminApi.sessionApi(urls.getBase(), realm.getName(), tokens.accessToken());

        assertThat(AdminApi.sessionApi(urls.getBase(), realm.getName(), "not-a-token")
                        .get("/session")
                        .status())
                .isEqualTo(401);
        assertThat(session.post("/session/tenant", "{\"tenant\": \"\"}").status())
                .isEqualTo(400);
        assertThat(session.post("/session/tenant", "{\"tenantId\": \"globex\"}")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("tenantId");
        assertThat(session.post("/session/tenant", "not json").error()).isEqualTo("invalid_request");
        assertThat(session.get("/session").json().path("tenant").path("id").asText())
                .isEqualTo(globex);
    }

    private Page signIn(String extraParameters) {
        Browser browser = new Browser(urls.getBase());
        Page atIdp = browser.open(app.authorizeUrl(extraParameters));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        return browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
    }

    private String trust(String trustingTenant, boolean jit) {
        Reply created = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + trustingTenant + "\", \"connectionAlias\": \"acme-oidc\","
                        + " \"jitEnabled\": " + jit + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private void join(String tenant, String userId) {
        try (Response joined =
                realm.admin().organizations().get(tenant).members().addMember(userId)) {
            assertThat(joined.getStatus()).isEqualTo(201);
        }
    }

    private void leave(String tenant, String userId) {
        try (Response left = realm.admin()
                .organizations()
                .get(tenant)
                .members()
                .member(userId)
                .delete()) {
            assertThat(left.getStatus()).isEqualTo(204);
        }
    }

    private String activeTenant() {
        return api.get("/users/" + ann + "/tenants").json().path("activeTenant").asText();
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

    private RoleRepresentation realmRole(String name) {
        if (realm.admin().roles().list(name, true).stream()
                .noneMatch(role -> role.getName().equals(name))) {
            realm.admin().roles().create(new RoleRepresentation(name, null, false));
        }
        return realm.admin().roles().get(name).toRepresentation();
    }

    private List<EventRepresentation> events(String type) {
        return realm.admin().getEvents(List.of(type), null, ann, null, null, null, null, null);
    }
}
