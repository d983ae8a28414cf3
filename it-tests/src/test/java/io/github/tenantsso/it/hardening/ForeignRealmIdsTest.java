package io.github.tenantsso.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
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
 * The id of another realm's organization names nothing here: as a hint on discovery and on the login page, and in an
 * admin path, it gets exactly the answer of an id that exists nowhere, so an outsider learns nothing from it.
 */
@KeycloakIntegrationTest
class ForeignRealmIdsTest {

    private static final String CALLBACK = "http://app.invalid/callback";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    @InjectRealm(ref = "elsewhere", config = Tenants.OrganizationsRealm.class)
    ManagedRealm elsewhere;

    String foreignId;

    @BeforeEach
    void createAnOrganizationInAnotherRealm() {
        foreignId = Tenants.create(elsewhere, "elsewhere-tenant");
    }

    @Test
    void discoveryAnswersAForeignTenantIdAsAnUnknownHint() {
        AdminApi.Reply foreign = discover("ann@acme.example", foreignId);
        AdminApi.Reply unknown = discover("ann@acme.example", "no-such-tenant");

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(200);
        assertThat(foreign.body()).isEqualTo(unknown.body());
        assertThat(foreign.json().path("reason").asText()).isEqualTo("NO_SSO");
    }

    @Test
    void loginPageAnswersAForeignTenantIdAsAnUnknownHint() {
        Browser browser = new Browser(urls.getBase());
        Page foreign = signIn(browser, "ann@acme.example", foreignId);
        Page unknown = signIn(new Browser(urls.getBase()), "ann@acme.example", "no-such-tenant");

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(200);
        assertThat(foreign.body()).doesNotContain("Unexpected error").doesNotContain("Exception");
        assertThat(comparable(foreign)).isEqualTo(comparable(unknown));
    }

    @Test
    void adminApiAnswersAForeignTenantIdAsNotFound() {
        AdminApi api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());

        AdminApi.Reply foreign = api.get("/tenants/" + foreignId + "/domains");
        AdminApi.Reply unknown = api.get("/tenants/no-such-tenant/domains");

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.error()).isEqualTo("organization_not_found");
        assertThat(foreign.body()).isEqualTo(unknown.body()).doesNotContain(foreignId);
    }

    private AdminApi.Reply discover(String email, String hint) {
        URI uri = URI.create(urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso/discovery?email="
                + encode(email) + "&tenantId=" + encode(hint));
        return AdminApi.send(HttpRequest.newBuilder(uri).GET().build());
    }

    private Page signIn(Browser browser, String email, String hint) {
        Page form = browser.open(authorize("&tenantId=" + encode(hint)));
        return browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
    }

    private String authorize(String extraParameters) {
        return urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(CALLBACK) + extraParameters;
    }

    private static String comparable(Page page) {
        Document document = page.document();
        document.select("form").forEach(form -> form.attr("action", ""));
        document.select("script, link").remove();
        return document.select("form").outerHtml();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
