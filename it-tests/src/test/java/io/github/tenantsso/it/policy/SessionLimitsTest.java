package io.github.tenantsso.it.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientPolicyConditionRepresentation;
import org.keycloak.representations.idm.ClientPolicyExecutorRepresentation;
import org.keycloak.representations.idm.ClientPolicyRepresentation;
import org.keycloak.representations.idm.ClientProfileRepresentation;
import org.keycloak.representations.idm.ClientProfilesRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The tenants' session limits, end to end on the routing realm of {@code routing/routing-realm.json}, wired as
 * docs/sign-in-policy.md says (a client policy for every client with the executor {@code tenant-sso-session-limits}).
 * Ann signs in at the IdP realm through acme's connection {@code acme-oidc}, which globex and initech trust, and lands
 * in globex; the limits are a few seconds so the tests wait them out.
 */
@KeycloakIntegrationTest
class SessionLimitsTest {

    private static final String THROUGH_A = "&kc_idp_hint=acme-oidc";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    String globex;
    String initech;
    String ann;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        app = new AppClient(urls.getBase(), realm.getName());
        globex = Tenants.idOf(realm, "globex");
        initech = Tenants.idOf(realm, "initech");
        for (JsonNode trust : api.get("/trusts").json()) {
            api.delete("/trusts/" + trust.path("id").asText());
        }
        realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        ann = RealmUsers.linkedTo(realm, idp, "acme-oidc", "ann@acme.example");
        join(globex, ann);
        trust(globex);
        enforceSessionLimits();
    }

    @AfterEach
    void tearDown() {
        realm.admin().clientPoliciesPoliciesResource().updatePolicies(new ClientPoliciesRepresentation());
        realm.admin().clientPoliciesProfilesResource().updateProfiles(new ClientProfilesRepresentation());
        for (String tenant : new String[] {globex, initech}) {
            api.delete("/tenants/" + tenant + "/policy");
        }
    }

    @Test
    void refusesARefreshAfterTheTenantsMaximumSessionAgeEvenOfAnActiveSession() throws InterruptedException {
        limit(globex, "\"maxSessionAgeSeconds\": 4");
        Tokens tokens = app.redeem(signIn(new Browser(urls.getBase()), THROUGH_A));
        assertThat(tokens.accessClaims().path("tenant").path("id").asText()).isEqualTo(globex);

        Thread.sleep(2_500);
        Reply active = app.refresh(tokens.refreshToken());
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        Thread.sleep(2_500);
        Reply refused = app.refresh(Tokens.of(active.json()).refreshToken());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_grant");
        assertThat(refused.body()).doesNotContain("globex", globex);
    }

    @Test
    void refusesARefreshAfterTheTenantsMaximumIdleTimeButNotWhileTheSessionIsUsed() throws InterruptedException {
        limit(globex, "\"maxIdleSeconds\": 3");
        Tokens tokens = app.redeem(signIn(new Browser(urls.getBase()), THROUGH_A));

        String refreshToken = tokens.refreshToken();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(1_500);
            Reply used = app.refresh(refreshToken);
            assertThat(used.status()).as(used.body()).isEqualTo(200);
            refreshToken = Tokens.of(used.json()).refreshToken();
        }
        Thread.sleep(4_000);
        Reply refused = app.refresh(refreshToken);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_grant");
    }

    @Test
    void aTenantWithoutLimitsKeepsTheRealmsSessions() throws InterruptedException {
        limit(initech, "\"maxIdleSeconds\": 1");
        Tokens tokens = app.redeem(signIn(new Browser(urls.getBase()), THROUGH_A));

        Thread.sleep(2_500);
        Reply refreshed = app.refresh(tokens.refreshToken());

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
    }

    @Test
    void reusingTheSsoCookieAfterTheIdleLimitShowsTheLoginFormAndEndsTheSession() throws InterruptedException {
        limit(globex, "\"maxIdleSeconds\": 3");
        Browser browser = new Browser(urls.getBase());
        Tokens tokens = app.redeem(signIn(browser, THROUGH_A));
        Page reused = browser.open(app.authorizeUrl(""));
        assertThat(reused.leftTo())
                .as("the SSO cookie is reused within the limit")
                .isNotNull();
        assertThat(reused.leftTo().toString()).startsWith(AppClient.CALLBACK).contains("code=");

        Thread.sleep(4_000);
        Page again = browser.open(app.authorizeUrl(""));

        assertThat(again.leftTo())
                .as(again.visited() + " " + tokens.accessClaims().path("sid").asText())
                .isNull();
        assertThat(again.uri().toString()).contains("/realms/routing/");
        assertThat(again.document().getElementById("kc-tenant-sso-email-form")).isNotNull();
        Reply refresh = app.refresh(tokens.refreshToken());
        assertThat(refresh.error()).as("the session is over").isEqualTo("invalid_grant");
    }

    @Test
    void aSessionExchangedIntoAStricterTenantIsBoundByItsLimitsFromWhenItStarted() throws InterruptedException {
        join(initech, ann);
        trust(initech);
        limit(initech, "\"maxSessionAgeSeconds\": 3");
        Tokens inGlobex = app.redeem(signIn(new Browser(urls.getBase()), THROUGH_A));
        assertThat(inGlobex.accessClaims().path("tenant").path("id").asText()).isEqualTo(globex);

        Thread.sleep(4_000);
        Reply stillInGlobex = app.refresh(inGlobex.refreshToken());
        assertThat(stillInGlobex.status()).as("globex sets no limit").isEqualTo(200);
        Reply switched = AdminApi.sessionApi(
                        urls.getBase(),
                        realm.getName(),
                        Tokens.of(stillInGlobex.json()).accessToken())
                .post("/session/tenant", "{\"tenant\": \"initech\"}");
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        Reply refused = app.refresh(Tokens.of(stillInGlobex.json()).refreshToken());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_grant");
    }

    private void enforceSessionLimits() {
        ClientPolicyExecutorRepresentation executor = new ClientPolicyExecutorRepresentation();
        executor.setExecutorProviderId("tenant-sso-session-limits");
        executor.setConfiguration(JSON.createObjectNode());
        ClientProfileRepresentation profile = new ClientProfileRepresentation();
        profile.setName("tenant-sso");
        profile.setExecutors(List.of(executor));
        ClientProfilesRepresentation profiles = new ClientProfilesRepresentation();
        profiles.setProfiles(List.of(profile));
        realm.admin().clientPoliciesProfilesResource().updateProfiles(profiles);

        ClientPolicyConditionRepresentation anyClient = new ClientPolicyConditionRepresentation();
        anyClient.setConditionProviderId("any-client");
        anyClient.setConfiguration(JSON.createObjectNode());
        ClientPolicyRepresentation policy = new ClientPolicyRepresentation();
        policy.setName("tenant-sso");
        policy.setEnabled(true);
        policy.setConditions(List.of(anyClient));
        policy.setProfiles(List.of("tenant-sso"));
        ClientPoliciesRepresentation policies = new ClientPoliciesRepresentation();
        policies.setPolicies(List.of(policy));
        realm.admin().clientPoliciesPoliciesResource().updatePolicies(policies);
    }

    private void limit(String tenant, String limits) {
        Reply stored = api.put("/tenants/" + tenant + "/policy", "{\"signInMethods\": \"SSO_ONLY\", " + limits + "}");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    private Page signIn(Browser browser, String extraParameters) {
        Page atIdp = browser.open(app.authorizeUrl(extraParameters));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        return browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
    }

    private void trust(String trustingTenant) {
        Reply created = api.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + trustingTenant + "\", \"connectionAlias\": \"acme-oidc\","
                        + " \"jitEnabled\": false}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void join(String tenant, String userId) {
        try (Response joined =
                realm.admin().organizations().get(tenant).members().addMember(userId)) {
            assertThat(joined.getStatus()).isEqualTo(201);
        }
    }
}
