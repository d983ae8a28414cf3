package io.github.tenantsso.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Chromium;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The demo's sample application ({@code demo-app}, at {@code /realms/saas/demo-app/}) in a real browser, against the
 * realms that {@code run-demo.sh} imports: the walkthrough's session-exchange steps, as a person clicks them.
 */
@KeycloakIntegrationTest
class DemoAppBrowserTest {

    private static final String DEMO = "http://127.0.0.1:8080";
    private static final String APP = DEMO + "/realms/saas/demo-app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectRealm(ref = "acme-idp", fromJson = "/demo/acme-idp-realm.json")
    ManagedRealm acmeIdp;

    @InjectRealm(ref = "globex-idp", fromJson = "/demo/globex-idp-realm.json")
    ManagedRealm globexIdp;

    @InjectRealm(ref = "saas", fromJson = "/demo/saas-realm.json")
    ManagedRealm saas;

    private Chromium chromium;

    @BeforeEach
    void startBrowser() {
        chromium = Chromium.start(List.of());
    }

    @AfterEach
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void annSignsInThroughAcmeSwitchesIntoTheTrustingTenantAndBackAndIsToldToSignInForGlobex() {
        signIn("ann@acme.test", "ann");

        assertThat(claim("id-tenant").path("alias").asText()).isEqualTo("acme");
        assertThat(claim("access-tenant").path("alias").asText()).isEqualTo("acme");
        assertThat(claim("access-tenant").path("connection").asText()).isEqualTo("acme-oidc");
        assertThat(text("session-tenant")).isEqualTo("acme");
        assertThat(text("session-connection")).isEqualTo("acme-oidc");
        assertThat(tenantsListed()).containsExactly("acme");
        chromium.screenshot("demo-app-signed-in-acme");

        // acme-labs trusts Acme's connection and provisions through it: ann joins it without a new sign-in.
        switchTo("acme-labs");

        assertThat(text("switch-status")).startsWith("200");
        assertThat(claim("access-tenant").path("alias").asText()).isEqualTo("acme-labs");
        assertThat(claim("id-tenant").path("alias").asText()).isEqualTo("acme-labs");
        assertThat(tenantsListed()).containsExactly("acme", "acme-labs");
        chromium.screenshot("demo-app-switched-acme-labs");

        // Now a member of two tenants, both reachable through the session's connection: back by the list's button.
        chromium.driver()
                .findElement(By.cssSelector("#tenants li[data-tenant='acme'] button"))
                .click();
        chromium.waitFor(driver -> claim("access-tenant").path("alias").asText().equals("acme"));
        assertThat(text("switch-status")).startsWith("200");

        switchTo("globex");

        assertThat(text("switch-status")).startsWith("403 login_required");
        JsonNode refused = json(text("switch-body"));
        assertThat(refused.path("error").asText()).isEqualTo("login_required");
        assertThat(refused.path("authorization_parameters").path("tenantId").asText())
                .isEqualTo("globex");
        assertThat(refused.path("authorization_parameters").path("prompt").asText())
                .isEqualTo("login");
        assertThat(claim("access-tenant").path("alias").asText()).isEqualTo("acme");
        chromium.screenshot("demo-app-login-required");

        // The answer's parameters start a new sign-in for Globex. Acme is SSO only, so ann gets no password there
        // either: the page offers Acme's own connection, which leads back to Acme, and nothing of Globex.
        element("sign-in-to-tenant").click();
        chromium.waitFor(driver -> driver.findElement(By.id("kc-tenant-sso-sso-required")));
        assertThat(chromium.driver().getCurrentUrl()).startsWith(DEMO + "/realms/saas/");
        assertThat(chromium.driver().findElements(By.id("password"))).isEmpty();
        assertThat(chromium.driver().findElements(By.cssSelector("button[name=tenant_sso_connection]")).stream()
                        .map(button -> button.getAttribute("value"))
                        .toList())
                .containsExactly("acme-oidc");
        assertThat(chromium.driver().getPageSource()).contains("ann@acme.test").doesNotContain("globex-saml");
    }

    @Test
    void davesPasswordSessionShowsHisTwoTenantsInHisActiveOneAndCannotSwitchWithoutANewSignIn() {
        signIn("dave@initech.test", "dave");

        assertThat(claim("id-tenant").path("alias").asText()).isEqualTo("globex");
        assertThat(claim("access-tenant").path("alias").asText()).isEqualTo("globex");
        assertThat(claim("access-tenant").has("connection")).isFalse();
        assertThat(tenantsListed()).containsExactly("globex", "initech");
        assertThat(text("tenants")).contains("needs a new sign-in").doesNotContain("switchable without");
        chromium.screenshot("demo-app-two-tenants-dave");

        switchTo("initech");

        assertThat(text("switch-status")).startsWith("403 login_required");
        assertThat(json(text("switch-body"))
                        .path("authorization_parameters")
                        .path("tenantId")
                        .asText())
                .isEqualTo("initech");
        assertThat(claim("access-tenant").path("alias").asText()).isEqualTo("globex");
    }

    @Test
    void servesItsFilesUnderAStrictContentSecurityPolicyWithoutCookies() throws Exception {
        for (String path : List.of("", "app.js", "app.css")) {
            HttpResponse<String> file = get(APP + path);

            assertThat(file.statusCode()).as(path).isEqualTo(200);
            // One policy, the page's own: not Keycloak's realm-wide one, which restricts only frames and objects.
            assertThat(file.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .singleElement()
                    .asString()
                    .contains(
                            "default-src 'none'",
                            "script-src 'self'",
                            "style-src 'self'",
                            "connect-src 'self'",
                            "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(file.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get(APP).body()).doesNotContain("<script>", "style=", "<style", "onclick");
        assertThat(get(APP + "app.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "missing.js",
                "index.html",
                "META-INF/beans.xml",
                "META-INF%2Fbeans.xml",
                "..%2F..%2Fmaster%2Fdemo-app%2Fapp.js",
                "..%2F..%2F..%2Fpom.xml",
                "app.js/..%2F..%2Fio%2Fgithub%2Ftenantsso%2Fdemoapp%2FStaticFile.class",
                "io/github/tenantsso/demoapp/DemoAppResource.class"
            })
    void refusesEveryOtherPathWithA404(String path) throws Exception {
        HttpResponse<String> refused = get(APP + path);

        assertThat(refused.statusCode()).as(path).isEqualTo(404);
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theClientRefusesAnAuthorizationRequestWithoutPkce() {
        Browser browser = new Browser(DEMO);

        Page refused = browser.open(DEMO + "/realms/saas/protocol/openid-connect/auth?client_id=demo-app"
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(APP, StandardCharsets.UTF_8));

        assertThat(refused.uri().toString()).as(refused.body()).startsWith(APP + "?");
        assertThat(refused.uri().getQuery()).contains("error=invalid_request").doesNotContain("code=");
    }

    /** The page's own button, then the identity-first e-mail step, then the customer's IdP or the password page. */
    private void signIn(String email, String password) {
        WebDriver browser = chromium.driver();
        browser.get(APP);
        chromium.waitFor(driver -> driver.findElement(By.id("sign-in"))).click();
        chromium.waitFor(driver -> driver.findElement(By.id("username"))).sendKeys(email);
        browser.findElement(By.id("kc-login")).click();
        WebElement secret = chromium.waitFor(driver -> driver.findElement(By.id("password")));
        List<WebElement> username = browser.findElements(By.id("username"));
        if (!username.isEmpty() && username.get(0).getAttribute("value").isEmpty()) {
            // The customer's own IdP asks for the user name again.
            username.get(0).sendKeys(email);
        }
        secret.sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        chromium.waitFor(driver -> driver.getCurrentUrl().equals(APP)
                && driver.findElement(By.id("signed-in")).isDisplayed()
                && !text("session-tenant").isEmpty());
        assertThat(element("error").isDisplayed()).as(text("error")).isFalse();
    }

    private void switchTo(String tenant) {
        WebElement input = element("tenant-input");
        input.clear();
        input.sendKeys(tenant);
        String before = text("switch-body");
        chromium.driver().findElement(By.cssSelector("#switch-form button")).click();
        chromium.waitFor(driver -> element("switch-answer").isDisplayed()
                && !text("switch-body").equals(before)
                && text("switch-body").contains(tenant));
    }

    private List<String> tenantsListed() {
        return chromium.driver().findElements(By.cssSelector("#tenants li")).stream()
                .map(item -> item.getAttribute("data-tenant"))
                .toList();
    }

    private JsonNode claim(String id) {
        return json(text(id));
    }

    private WebElement element(String id) {
        return chromium.driver().findElement(By.id(id));
    }

    private String text(String id) {
        return element(id).getText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
