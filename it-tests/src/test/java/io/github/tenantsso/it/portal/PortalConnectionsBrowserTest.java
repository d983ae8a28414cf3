package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Chromium;
import io.github.tenantsso.it.harness.PortalBrowser;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The portal's Connections page in a real browser: Initech's tenant admin (of {@code routing-realm.json}, whose
 * verified domain is {@code initech.example}) creates an OIDC connection to the server's IdP realm from its issuer,
 * switches on just-in-time provisioning and the connection; a new user of the domain is then routed to it by the
 * login page and lands in Initech.
 */
@KeycloakIntegrationTest
class PortalConnectionsBrowserTest {

    private static final String CALLBACK = "http://app.invalid/callback";
    private static final String NEWCOMER = "newcomer@initech.example";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;
    Chromium chromium;
    String portal;
    String initech;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        portal = urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso/portal/";
        initech = Tenants.idOf(realm, "initech");
        String pia = RealmUsers.create(realm, "pia@initech.example", "pia-secret");
        realm.admin().organizations().get(initech).members().addMember(pia).close();
        assertThat(api.post("/tenants/" + initech + "/admins", "{\"userId\": \"" + pia + "\"}")
                        .status())
                .isIn(200, 201);
        RealmUsers.create(idp, NEWCOMER, "secret");
        realm.cleanup().add(r -> {
            r.identityProviders().findAll().stream()
                    .filter(p -> p.getAlias().startsWith("initech-"))
                    .forEach(p -> r.identityProviders().get(p.getAlias()).remove());
            r.users().searchByEmail(NEWCOMER, true).forEach(user -> RealmUsers.removeIfPresent(r, user.getId()));
        });
        chromium = Chromium.start(List.of());
    }

    @AfterEach
    void tearDown() {
        chromium.close();
    }

    @Test
    void aTenantAdminCreatesAnOidcConnectionSwitchesItOnAndANewUserOfTheDomainLandsThroughIt() {
        signIn("pia@initech.example", "pia-secret");
        WebDriver browser = chromium.driver();
        browser.get(portal + "#/tenants/" + initech + "/connections");
        chromium.waitFor(driver -> driver.findElement(By.id("discovery-url-input")))
                .sendKeys(urls.getBase() + "/realms/routing-idp");
        browser.findElement(By.id("display-name-input")).sendKeys("Initech login");
        browser.findElement(By.id("client-id-input")).sendKeys("routing-broker");
        browser.findElement(By.id("client-secret-input")).sendKeys("broker-secret");
        browser.findElement(By.id("create-connection-button")).click();

        WebElement row = chromium.waitFor(driver -> driver.findElement(By.cssSelector("#connections [data-alias]")));
        String alias = row.getAttribute("data-alias");
        assertThat(row.findElement(By.cssSelector(".connection-state")).getText())
                .isEqualTo("Off");
        assertThat(row.findElement(By.cssSelector(".sp-redirectUri")).getText())
                .isEqualTo(urls.getBase() + "/realms/routing/broker/" + alias + "/endpoint");
        assertThat(browser.getPageSource()).doesNotContain("broker-secret");
        assertThat(routedTo(NEWCOMER))
                .as("a connection switched off routes nobody")
                .doesNotContain("/realms/routing-idp/");
        scrollTo(row);
        chromium.screenshot("portal-connections");

        toggle("jit-" + alias);
        chromium.waitFor(driver ->
                api.get("/connections/" + alias).json().path("jitEnabled").asBoolean());
        toggle("enabled-" + alias);
        chromium.waitFor(driver -> "On"
                .equals(driver.findElement(By.cssSelector("#connections [data-alias] .connection-state"))
                        .getText()));
        assertThat(api.get("/connections/" + alias).json().path("enabled").asBoolean())
                .isTrue();
        scrollTo(browser.findElement(By.cssSelector("#connections [data-alias]")));
        chromium.screenshot("portal-connections-enabled");

        Browser newcomer = new Browser(urls.getBase());
        Page form = newcomer.open(authorize());
        Page atIdp = newcomer.submit(form, "kc-tenant-sso-email-form", Map.of("username", NEWCOMER));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        Page done = newcomer.submit(atIdp, "kc-form-login", Map.of("username", NEWCOMER, "password", "secret"));

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
        String userId =
                realm.admin().users().searchByEmail(NEWCOMER, true).get(0).getId();
        assertThat(Tenants.ofUser(realm, api, userId)).containsExactly("initech");
    }

    /** Where the login page sends this e-mail address. */
    private String routedTo(String email) {
        Browser browser = new Browser(urls.getBase());
        return browser.submit(browser.open(authorize()), "kc-tenant-sso-email-form", Map.of("username", email))
                .uri()
                .toString();
    }

    private String authorize() {
        return urls.getBase() + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8);
    }

    /** A PatternFly switch is its label: the checkbox itself is hidden. */
    private void toggle(String id) {
        WebElement label = chromium.driver().findElement(By.cssSelector("label[for='" + id + "']"));
        scrollTo(label);
        label.click();
    }

    private void signIn(String username, String password) {
        PortalBrowser.signIn(chromium, portal, portal, username, password);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) chromium.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
