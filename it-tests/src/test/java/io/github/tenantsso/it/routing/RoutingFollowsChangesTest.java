package io.github.tenantsso.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The routing index is patched change by change, not rebuilt: tenants made through the admin API route, and the
 * very next login after one tenant changes routes by the new data, in the realm of {@code routing/routing-realm.json}.
 */
@KeycloakIntegrationTest
class RoutingFollowsChangesTest {

    private static final String CALLBACK = "http://app.invalid/callback";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    Browser browser;
    AdminApi api;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    @Test
    void theNextLoginAfterAChangeOfOneTenantRoutesByTheNewData() {
        String north = tenantWithConnection("north");
        String south = tenantWithConnection("south");
        claim(north, "moving.example");
        claim(south, "south.example");
        assertRoutedTo(signInAs("ann@moving.example"), "north-sso");
        assertRoutedTo(signInAs("sue@south.example"), "south-sso");

        api.delete("/tenants/" + north + "/domains/moving.example");
        claim(south, "moving.example");

        assertRoutedTo(signInAs("ann@moving.example"), "south-sso");
        assertRoutedTo(signInAs("sue@south.example"), "south-sso");
    }

    @Test
    void aDisabledConnectionStopsRoutingAtTheNextLoginAndAnEnabledOneRoutesAgain() {
        String east = tenantWithConnection("east");
        claim(east, "east.example");
        assertRoutedTo(signInAs("ann@east.example"), "east-sso");

        api.put("/connections/east-sso", "{\"enabled\": false}");
        assertOnPasswordFormFor(signInAs("ann@east.example"), "ann@east.example");

        api.put("/connections/east-sso", "{\"enabled\": true}");
        assertRoutedTo(signInAs("ann@east.example"), "east-sso");
    }

    @Test
    void aTenantDisabledInKeycloakStopsRoutingAtOnceWithoutAnyChangeOfThePacksData() {
        String west = tenantWithConnection("west");
        claim(west, "west.example");
        assertRoutedTo(signInAs("ann@west.example"), "west-sso");

        setEnabled(west, false);
        assertOnPasswordFormFor(signInAs("ann@west.example"), "ann@west.example");

        setEnabled(west, true);
        assertRoutedTo(signInAs("ann@west.example"), "west-sso");
    }

    @Test
    void aTrustGivenToAnotherTenantRoutesItsDomainAtTheNextLoginAndStopsWhenSevered() {
        tenantWithConnection("owner");
        String trusting = Tenants.create(realm, "trusting");
        claim(trusting, "trusting.example");
        assertOnPasswordFormFor(signInAs("ann@trusting.example"), "ann@trusting.example");

        String trust = api.post(
                        "/trusts", "{\"trustingTenantId\": \"" + trusting + "\", \"connectionAlias\": \"owner-sso\"}")
                .json()
                .path("id")
                .asText();
        assertRoutedTo(signInAs("ann@trusting.example"), "owner-sso");

        api.delete("/trusts/" + trust);
        assertOnPasswordFormFor(signInAs("ann@trusting.example"), "ann@trusting.example");
    }

    /**
     * Keycloak fires no event of its own when an organization is switched on again; the pack hears it from the admin
     * event, or a tenant whose rows were read while it was off would stay off until its next change through the pack.
     */
    @Test
    void aTenantSwitchedOnAgainInKeycloakRoutesAtTheNextLoginThoughItsRowsWereReadWhileItWasOff() {
        String dormant = tenantWithConnection("dormant");
        claim(dormant, "dormant.example");
        assertRoutedTo(signInAs("ann@dormant.example"), "dormant-sso");

        setEnabled(dormant, false);
        claim(dormant, "dormant-too.example");
        assertOnPasswordFormFor(signInAs("ann@dormant.example"), "ann@dormant.example");
        assertOnPasswordFormFor(signInAs("ann@dormant.example", "&tenantId=dormant"), "ann@dormant.example");

        setEnabled(dormant, true);
        assertRoutedTo(signInAs("ann@dormant.example"), "dormant-sso");
        assertRoutedTo(signInAs("ann@dormant-too.example", "&tenantId=dormant"), "dormant-sso");
    }

    /** A tenant made in Keycloak without any of the pack's data is still a tenant a hint names, not an unknown one. */
    @Test
    void aTenantCreatedInKeycloakAfterTheIndexWasBuiltIsNamedByAHintAtOnce() {
        assertOnPasswordFormFor(signInAs("ann@nobody.example"), "ann@nobody.example");
        Tenants.create(realm, "newcomer");

        assertOnPasswordFormFor(signInAs("ann@nobody.example", "&tenantId=newcomer"), "ann@nobody.example");

        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, null, null))
                .first()
                .satisfies(
                        event -> assertThat(event.getDetails()).containsEntry("tenant_sso_reason", "HINT_WITHOUT_SSO"));
    }

    /** The policy has its own version; an import that changes it and routing data must still tell the nodes of both. */
    @Test
    void anImportThatAlsoChangesThePolicyRoutesItsDomainsAtTheNextLogin() {
        tenantWithConnection("import");
        assertOnPasswordFormFor(signInAs("ann@imported.example"), "ann@imported.example");
        String policy = api.get("/policy").body();

        try {
            assertThat(api.post(
                                    "/import",
                                    "{\"policy\": {\"ambiguousNewUser\": \"FIRST_CREATED\"},"
                                            + " \"domains\": [{\"tenant\": \"import\", \"domain\": \"imported.example\", \"verified\": true}]}")
                            .status())
                    .isEqualTo(200);

            assertRoutedTo(signInAs("ann@imported.example"), "import-sso");
        } finally {
            api.put("/policy", policy);
        }
    }

    private String tenantWithConnection(String alias) {
        String id = Tenants.create(realm, alias);
        Tenants.createIdentityProvider(realm, alias + "-sso", alias + " SSO");
        assertThat(api.put("/connections/" + alias + "-sso", "{\"tenantId\": \"" + id + "\"}")
                        .status())
                .isEqualTo(201);
        return id;
    }

    private void claim(String tenantId, String domain) {
        assertThat(api.post("/tenants/" + tenantId + "/domains", "{\"domain\": \"" + domain + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/tenants/" + tenantId + "/domains/" + domain + "/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(200);
    }

    private void setEnabled(String tenantId, boolean enabled) {
        OrganizationResource organization = realm.admin().organizations().get(tenantId);
        OrganizationRepresentation representation = organization.toRepresentation();
        representation.setEnabled(enabled);
        organization.update(representation).close();
    }

    private Page signInAs(String email) {
        return signInAs(email, "");
    }

    private Page signInAs(String email, String extraParameters) {
        Page form = browser.open(
                urls.getBase() + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code"
                        + "&scope=openid&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
                        + extraParameters);
        return browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
    }

    private static void assertRoutedTo(Page page, String alias) {
        assertThat(page.visitedPathContaining("/realms/routing/broker/" + alias + "/login"))
                .as(page.visited().toString())
                .isTrue();
    }

    /** The realm's default method: no redirect to any connection. */
    private static void assertOnPasswordFormFor(Page page, String email) {
        assertThat(page.visited().toString()).as(email).doesNotContain("/broker/");
        assertThat(page.uri().toString()).as(page.body()).contains("/realms/routing/");
        assertThat(page.document().getElementById("kc-form-login"))
                .as(page.body())
                .isNotNull();
        assertThat(page.document().getElementById("password")).isNotNull();
    }
}
