package io.github.tenantsso.it.branding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.Chromium;
import io.github.tenantsso.it.harness.LogoServer;
import io.github.tenantsso.it.harness.Tenants;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The login pages of the theme {@code tenant-sso} in a real browser, for the tenants of {@code branding/branding-realm.json}:
 * acme (branded, found by hint or by its verified domain), globex (branded, found by its vanity host), hostile
 * (attributes carrying markup and script) and initech (no branding).
 */
@KeycloakIntegrationTest
class BrandingBrowserTest {

    static final String ACME_RED = "#c8102e";
    static final String GLOBEX_GREEN = "#2e7d32";
    private static final String GLOBEX_HOST = "login.globex.test";
    private static final String SCRIPT = "</style><script>window.tenantSsoPwned=true</script>";

    private static Chromium chromium;
    private static LogoServer logos;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectRealm(ref = "branding", fromJson = "/branding/branding-realm.json")
    ManagedRealm realm;

    @BeforeAll
    static void startBrowser() {
        logos = LogoServer.start(Map.of(
                "acme", logo(ACME_RED, "ACME"),
                "globex", logo(GLOBEX_GREEN, "GLOBEX")));
        chromium = Chromium.start(List.of(GLOBEX_HOST));
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
        logos.close();
    }

    @BeforeEach
    void brandTenants() {
        Tenants.setAttributes(
                realm,
                "acme",
                Map.of(
                        "tenant-sso.brand.display-name", "Acme Corporation",
                        "tenant-sso.brand.logo-url", logos.url("acme"),
                        "tenant-sso.brand.primary-color", ACME_RED.toUpperCase()));
        Tenants.setAttributes(
                realm,
                "globex",
                Map.of(
                        "tenant-sso.brand.display-name",
                        "Globex Industries",
                        "tenant-sso.brand.logo-url",
                        logos.url("globex"),
                        "tenant-sso.brand.primary-color",
                        GLOBEX_GREEN,
                        "tenant-sso.vanity-host",
                        GLOBEX_HOST));
        Tenants.setAttributes(
                realm,
                "hostile",
                Map.of(
                        "tenant-sso.brand.display-name",
                        SCRIPT,
                        "tenant-sso.brand.logo-url",
                        "https://cdn.hostile.test/logo.png\" onerror=\"window.tenantSsoPwned=true",
                        "tenant-sso.brand.primary-color",
                        "#fff;}" + SCRIPT));
    }

    @Test
    void showsEachTenantsBrandingOnItsLoginPage() {
        WebDriver browser = open(authorize(urls.getBase(), "&tenantId=acme"));

        assertThat(tenantName()).isEqualTo("Acme Corporation");
        assertThat(logoLoaded()).isTrue();
        assertThat(browser.findElement(By.id("kc-login")).getCssValue("background-color"))
                .isEqualTo("rgba(200, 16, 46, 1)");
        assertThat(browser.getTitle()).startsWith("Acme Corporation");
        chromium.screenshot("branded-login-acme");

        URI base = URI.create(urls.getBase());
        open(authorize(base.getScheme() + "://" + GLOBEX_HOST + ":" + base.getPort(), ""));

        assertThat(tenantName()).isEqualTo("Globex Industries");
        assertThat(logoLoaded()).isTrue();
        assertThat(browser.findElement(By.id("kc-login")).getCssValue("background-color"))
                .isEqualTo("rgba(46, 125, 50, 1)");
        chromium.screenshot("branded-login-globex");
    }

    @Test
    void rendersScriptInBrandingAttributesInert() {
        WebDriver browser = open(authorize(urls.getBase(), "&tenantId=hostile"));

        assertThat(tenantName()).isEqualTo(SCRIPT);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.tenantSsoPwned === undefined"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.id("tenant-sso-logo")))
                .as("a logo URL that could end the attribute")
                .isEmpty();
        assertThat(browser.findElements(By.id("tenant-sso-brand-color")))
                .as("a colour that is not #rrggbb")
                .isEmpty();
        assertThat(browser.findElements(By.tagName("script")))
                .noneSatisfy(
                        script -> assertThat(script.getAttribute("innerHTML")).contains("tenantSsoPwned"));
        chromium.screenshot("hostile-attributes-inert");
    }

    @Test
    void brandsThePasswordPageOnceTheEmailNamesTheTenant() {
        WebDriver browser = open(authorize(urls.getBase(), ""));
        assertThat(browser.findElements(By.id("tenant-sso-name")))
                .as("no tenant known yet")
                .isEmpty();

        browser.findElement(By.id("username")).sendKeys("ann@acme.test");
        browser.findElement(By.id("kc-login")).click();
        chromium.waitFor(driver -> driver.findElement(By.id("password")));

        assertThat(tenantName()).isEqualTo("Acme Corporation");
        chromium.screenshot("branded-password-acme");
    }

    @Test
    void showsErrorsInTheBrandingOfTheVanityHostsTenant() {
        URI base = URI.create(urls.getBase());
        WebDriver browser = chromium.driver();
        browser.get(
                base.getScheme() + "://" + GLOBEX_HOST + ":" + base.getPort()
                        + "/realms/branding/protocol/openid-connect/auth?client_id=no-such-app&response_type=code&scope=openid");
        chromium.waitFor(driver -> driver.findElement(By.id("kc-error-message")));

        assertThat(tenantName()).isEqualTo("Globex Industries");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("We could not sign you in");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Acme");
        chromium.screenshot("branded-error-globex");
    }

    @Test
    void showsTheRealmsOwnPageForAHintThatNamesNoTenant() {
        String unknown = header(authorize(urls.getBase(), "&tenantId=no-such-tenant"));
        String unbranded = header(authorize(urls.getBase(), "&tenantId=initech"));
        String plain = header(authorize(urls.getBase(), ""));

        assertThat(unknown).isEqualTo(unbranded).isEqualTo(plain);
        assertThat(chromium.driver().findElements(By.id("tenant-sso-name"))).isEmpty();
    }

    @Test
    void speaksGermanWhenTheApplicationAsksForIt() {
        open(authorize(urls.getBase(), "&tenantId=acme&ui_locales=de"));

        assertThat(chromium.driver().findElement(By.id("kc-page-title")).getText())
                .isEqualTo("Bei Acme Corporation anmelden");
    }

    private static WebDriver open(String url) {
        WebDriver browser = chromium.driver();
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
        browser.get(url);
        chromium.waitFor(driver -> driver.findElement(By.id("kc-tenant-sso-email-form")));
        return browser;
    }

    private static String header(String url) {
        return open(url).findElement(By.id("kc-header-wrapper")).getAttribute("outerHTML");
    }

    private static String tenantName() {
        return chromium.driver().findElement(By.id("tenant-sso-name")).getText();
    }

    private static boolean logoLoaded() {
        WebElement logo = chromium.driver().findElement(By.id("tenant-sso-logo"));
        return chromium.waitFor(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", logo));
    }

    private static String authorize(String base, String extra) {
        return base + "/realms/branding/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=http%3A%2F%2Fapp.invalid%2Fcallback" + extra;
    }

    private static String logo(String color, String text) {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='48' viewBox='0 0 200 48'>"
                + "<rect width='48' height='48' rx='10' fill='" + color + "'/>"
                + "<text x='60' y='33' font-family='sans-serif' font-size='26' font-weight='bold' fill='" + color + "'>"
                + text + "</text></svg>";
    }
}
