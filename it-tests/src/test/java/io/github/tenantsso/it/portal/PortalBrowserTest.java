package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.dns.LoopbackDnsServer;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Chromium;
import io.github.tenantsso.it.harness.PortalBrowser;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import io.github.tenantsso.it.harness.TestDns;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The tenant admin portal's pages ({@code /realms/{realm}/tenant-sso/portal/}) in a real browser: a tenant admin
 * appointed by a realm admin signs in through the realm's login and runs their tenant's domains and admins as a person
 * clicks them; a user who administers nothing, and an admin of one tenant at another's page, are told so and see
 * nothing of it; the pages are served under a strict policy and nothing else is.
 */
@KeycloakIntegrationTest
class PortalBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DOMAIN = "portal-pages.example";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    LoopbackDnsServer dns = TestDns.server();
    Chromium chromium;
    String portal;
    String acme;
    String globex;
    String ann;
    String bob;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        portal = urls.getBase() + "/realms/" + realm.getName() + "/tenant-sso/portal/";
        acme = Tenants.create(realm, "acme");
        globex = Tenants.create(realm, "globex");
        ann = RealmUsers.create(realm, "ann@acme.example", "ann-secret");
        bob = RealmUsers.create(realm, "bob@acme.example", "bob-secret");
        join(acme, ann);
        join(acme, bob);
        // ann belongs to globex too, but administers only acme.
        join(globex, ann);
        Reply appointed = api.post("/tenants/" + acme + "/admins", "{\"userId\": \"" + ann + "\"}");
        assertThat(appointed.status()).as(appointed.body()).isIn(200, 201);
        chromium = Chromium.start(List.of());
    }

    @AfterEach
    void tearDown() {
        chromium.close();
    }

    @Test
    void aTenantAdminSignsInSeesOnlyTheirTenantClaimsVerifiesAndRemovesADomainAndAppointsAnotherAdmin() {
        signIn(portal, "ann@acme.example", "ann-secret");

        assertThat(tenantsListed()).containsExactly("acme");
        assertThat(text(By.id("signed-in-as"))).contains("ann@acme.example");
        chromium.screenshot("portal-tenants");

        chromium.driver()
                .findElement(By.cssSelector("#tenants li[data-tenant='acme'] a"))
                .click();
        WebElement input = chromium.waitFor(driver -> driver.findElement(By.id("domain-input")));
        assertThat(chromium.driver().findElement(By.id("page-title")).getText()).isEqualTo("acme");
        input.sendKeys(DOMAIN);
        chromium.driver().findElement(By.id("claim-button")).click();
        WebElement claim = chromium.waitFor(driver -> driver.findElement(By.cssSelector(claimSelector())));
        assertThat(claim.getAttribute("data-status")).isEqualTo("PENDING");
        String name = field(claim, "recordName");
        String value = field(claim, "recordValue");
        assertThat(field(claim, "recordType")).isEqualTo("TXT");
        assertThat(name).isEqualTo("_kc-tenant-sso." + DOMAIN);
        assertThat(value).isNotBlank();
        WebElement zoneLine = claim.findElement(By.cssSelector(".record-zone-line"));
        scrollTo(zoneLine);
        assertThat(zoneLine.getText()).isEqualTo(name + ". 300 IN TXT \"" + value + "\"");
        assertThat(api.get("/tenants/" + acme + "/domains/" + DOMAIN)
                        .json()
                        .path("verificationRecord")
                        .path("value")
                        .asText())
                .as("the record shown is the claim's own")
                .isEqualTo(value);
        chromium.screenshot("portal-domain-claimed");

        claim.findElement(By.cssSelector(".verify-button")).click();
        WebElement notYet = chromium.waitFor(driver -> driver.findElement(By.cssSelector(".portal-error")));
        assertThat(notYet.getAttribute("data-error")).isEqualTo("verification_record_not_found");
        assertThat(notYet.getText()).contains("The TXT record was not found yet");

        dns.publishTxt(name, value);
        chromium.driver()
                .findElement(By.cssSelector(claimSelector() + " .verify-button"))
                .click();
        chromium.waitFor(driver -> "VERIFIED"
                .equals(driver.findElement(By.cssSelector(claimSelector())).getAttribute("data-status")));
        assertThat(text(By.cssSelector(claimSelector() + " .claim-status"))).isEqualTo("Verified");
        scrollTo(chromium.driver().findElement(By.cssSelector(claimSelector())));
        assertThat(chromium.driver().findElements(By.cssSelector(".portal-error")))
                .isEmpty();
        assertThat(api.get("/tenants/" + acme + "/domains/" + DOMAIN)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");
        chromium.screenshot("portal-domain-verified");

        chromium.driver()
                .findElement(By.cssSelector(claimSelector() + " .remove-button"))
                .click();
        chromium.waitFor(driver -> driver.findElement(By.id("confirm-remove"))).click();
        chromium.waitFor(driver -> driver.findElement(By.id("no-domains")));
        assertThat(api.get("/tenants/" + acme + "/domains/" + DOMAIN).status()).isEqualTo(404);

        chromium.driver()
                .findElement(By.xpath("//button[@role='tab'][normalize-space()='Admins']"))
                .click();
        chromium.waitFor(driver -> driver.findElement(By.cssSelector("#admins [data-user='" + ann + "']")));
        appoint(ann);
        WebElement self = chromium.waitFor(driver -> driver.findElement(By.cssSelector(".portal-error")));
        assertThat(self.getAttribute("data-error")).isEqualTo("self_appointment");
        assertThat(self.getText()).contains("Nobody can appoint themselves", "HTTP 403");

        appoint(bob);
        chromium.waitFor(driver -> driver.findElement(By.cssSelector("#admins [data-user='" + bob + "']")));
        assertThat(text(By.cssSelector("#admins [data-user='" + bob + "'] .admin-username")))
                .isEqualTo("bob@acme.example");
        assertThat(api.get("/tenants/" + acme + "/admins").json().findValuesAsText("userId"))
                .containsExactlyInAnyOrder(ann, bob);
        chromium.screenshot("portal-admins");
    }

    @Test
    void aUserWhoAdministersNoTenantIsToldSoInTheirLanguageAndSeesNoTenantsPage() {
        String carl = RealmUsers.create(realm, "carl@acme.example", "carl-secret");
        join(acme, carl);

        signIn(portal + "?ui_locales=de", "carl@acme.example", "carl-secret");

        assertThat(chromium.driver().findElements(By.cssSelector("#tenants li")))
                .isEmpty();
        assertThat(text(By.id("no-tenants"))).contains("Sie verwalten keinen Mandanten");
        assertThat(chromium.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("de");
        chromium.screenshot("portal-no-tenant");

        WebElement refused = openTenant(acme);
        assertThat(refused.getAttribute("data-error")).isEqualTo("not_found");
        assertThat(refused.getText()).contains("Sie verwalten keinen Mandanten mit dieser ID.", "HTTP 404");
        assertThat(chromium.driver().findElements(By.id("domain-input"))).isEmpty();
    }

    @Test
    void anAdminOfOneTenantGetsTheSameAnswerForAnotherTenantsPageAsForATenantThatDoesNotExist() {
        signIn(portal, "ann@acme.example", "ann-secret");

        WebElement other = openTenant(globex);
        String otherText = other.getText();
        String otherCode = other.getAttribute("data-error");
        String otherTitle = text(By.id("page-title"));
        chromium.screenshot("portal-other-tenant");
        WebElement none = openTenant(UUID.randomUUID().toString());

        assertThat(otherCode).isEqualTo("not_found");
        assertThat(none.getAttribute("data-error")).isEqualTo(otherCode);
        assertThat(none.getText()).isEqualTo(otherText).contains("You administer no tenant with this id.");
        assertThat(text(By.id("page-title"))).isEqualTo(otherTitle).doesNotContain("globex");
        assertThat(chromium.driver().getPageSource()).doesNotContain("globex");
        assertThat(chromium.driver().findElements(By.id("domain-input"))).isEmpty();
    }

    @Test
    void servesThePagesUnderAStrictPolicyWithoutInlineScriptOrCookies() throws Exception {
        HttpResponse<String> page = get(portal);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertStrictHeaders(page, "the page");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(page.body())
                        .find())
                .as("an inline script in %s", page.body())
                .isFalse();
        assertThat(page.body()).doesNotContain("<style", "style=", "onload=", "onclick=");

        Matcher script = Pattern.compile("src=\"\\./(assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        HttpResponse<String> asset = get(portal + script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertStrictHeaders(asset, script.group(1));
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");

        HttpResponse<String> withoutSlash = get(portal.substring(0, portal.length() - 1) + "?ui_locales=de");
        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/tenant-sso/portal/?ui_locales=de"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "index.html",
                "files.txt",
                "assets/missing.js",
                "assets/files.txt",
                "assets/..%2Findex.html",
                "assets/..%2Ffiles.txt",
                "assets/%2E%2E%2Ffiles.txt",
                "assets/..%2F..%2F..%2F..%2Fmaster%2Ftenant-sso%2Fportal%2F",
                "assets/..%5Cfiles.txt",
                "assets/META-INF%2Fbeans.xml",
                "assets/..%2F..%2Fio%2Fgithub%2Ftenantsso%2Fportalui%2FBuiltPortalPagesFactory.class",
                "portal-ui/index.html"
            })
    void refusesEveryOtherPathWithA404(String path) throws Exception {
        HttpResponse<String> refused = get(portal + path);

        // Keycloak's HTTP layer already refuses a path whose encoded dots climb out (400); the rest reach the pack:
        // 404.
        assertThat(refused.statusCode()).as(path).isIn(400, 404);
        assertThat(refused.body()).as(path).doesNotContain("<div id=\"root\">", "tenant-sso-file-list");
        assertThat(refused.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }

    private static void assertStrictHeaders(HttpResponse<String> response, String what) {
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .as("one policy, the portal's own, on %s", what)
                .singleElement()
                .asString()
                .contains(
                        "default-src 'none'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "connect-src 'self'",
                        "frame-ancestors 'none'",
                        "base-uri 'none'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().allValues("Set-Cookie")).as(what).isEmpty();
    }

    private void signIn(String url, String username, String password) {
        PortalBrowser.signIn(chromium, url, portal, username, password);
        assertThat(chromium.driver().findElements(By.cssSelector(".portal-error")))
                .isEmpty();
    }

    /** Opens a tenant's page by its address, as a typed or shared link would, and waits for the refusal. */
    private WebElement openTenant(String tenantId) {
        chromium.driver().get(portal + "#/tenants/" + tenantId);
        return chromium.waitFor(driver -> {
            List<WebElement> errors = driver.findElements(By.cssSelector(".portal-error"));
            return errors.isEmpty() ? null : errors.get(0);
        });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView({block: 'end'})", element);
    }

    private void appoint(String userId) {
        WebElement input = chromium.driver().findElement(By.id("user-id-input"));
        input.clear();
        input.sendKeys(userId);
        chromium.driver().findElement(By.id("appoint-button")).click();
    }

    private static String claimSelector() {
        return ".portal-claim[data-domain='" + DOMAIN + "']";
    }

    private static String field(WebElement claim, String key) {
        return claim.findElement(By.cssSelector(".record-" + key + " input")).getAttribute("value");
    }

    private String text(By by) {
        return chromium.driver().findElement(by).getText();
    }

    private List<String> tenantsListed() {
        return chromium.driver().findElements(By.cssSelector("#tenants li")).stream()
                .map(item -> item.getAttribute("data-tenant"))
                .toList();
    }

    private void join(String tenant, String userId) {
        realm.admin().organizations().get(tenant).members().addMember(userId).close();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
