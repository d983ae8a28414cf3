package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Chromium;
import io.github.tenantsso.it.harness.Tenants;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The realm settings tab "Tenant SSO" in Keycloak's own admin console, used in a real browser by the server's
 * bootstrap administrator; what it saves is checked through the pack's admin API, and the other way round.
 */
@KeycloakIntegrationTest
class PolicyTabBrowserTest {

    private static final String DEFAULT_POLICY =
            "{\"crossTenantDomainSharing\": false, \"ambiguousNewUser\": \"BLOCK\", \"activeTenantLogin\": true, \"hintParameter\": \"tenantId\"}";

    private static Chromium chromium;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start(List.of());
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        api.put("/policy", DEFAULT_POLICY);
    }

    @AfterEach
    void restorePolicy() {
        api.put("/policy", DEFAULT_POLICY);
    }

    @Test
    void changesTheRoutingPolicyThroughTheAdminConsoleTab() {
        openTab();
        assertThat(switchOn("activeTenantLogin")).isTrue();

        toggle("activeTenantLogin");
        replaceText("hintParameter", "org");
        save();

        chromium.waitFor(
                driver -> !api.get("/policy").json().path("activeTenantLogin").asBoolean());
        JsonNode policy = api.get("/policy").json();
        assertThat(policy.path("activeTenantLogin").asBoolean()).isFalse();
        assertThat(policy.path("hintParameter").asText()).isEqualTo("org");
        assertThat(policy.path("crossTenantDomainSharing").asBoolean()).isFalse();
        assertThat(policy.path("ambiguousNewUser").asText()).isEqualTo("BLOCK");
        chromium.screenshot("admin-console-tenant-sso-tab");
    }

    @Test
    void showsAPolicyChangedThroughTheAdminApi() {
        api.put("/policy", "{\"crossTenantDomainSharing\": true, \"hintParameter\": \"customer\"}");

        openTab();

        assertThat(switchOn("crossTenantDomainSharing")).isTrue();
        assertThat(chromium.driver().findElement(field("hintParameter")).getAttribute("value"))
                .isEqualTo("customer");
    }

    @Test
    void refusesAHintParameterTheAdminApiRefusesAndChangesNothing() {
        openTab();

        replaceText("hintParameter", "login_hint");
        save();

        WebElement alert = chromium.waitFor(driver -> driver.findElement(By.cssSelector(".pf-v5-c-alert.pf-m-danger")));
        assertThat(alert.getText()).contains("login_hint");
        assertThat(api.get("/policy").json().path("hintParameter").asText()).isEqualTo("tenantId");
    }

    private void openTab() {
        WebDriver browser = chromium.driver();
        // A new document each time: the console's form is loaded once per page, not per hash change.
        browser.get("about:blank");
        browser.get(urls.getBase() + "/admin/master/console/#/" + realm.getName() + "/realm-settings/tenant-sso");
        chromium.waitFor(driver -> !driver.findElements(field("hintParameter")).isEmpty()
                || !driver.findElements(By.id("kc-login")).isEmpty());
        if (!browser.findElements(By.id("kc-login")).isEmpty()) {
            browser.findElement(By.id("username")).sendKeys(Config.getAdminUsername());
            browser.findElement(By.id("password")).sendKeys(Config.getAdminPassword());
            browser.findElement(By.id("kc-login")).click();
        }
        chromium.waitFor(driver -> driver.findElement(field("hintParameter")));
    }

    /** The console's form control of a field of the tab, which it marks with the field's name as test id. */
    private static By field(String name) {
        return By.cssSelector("input[data-testid='" + name + "']");
    }

    private static boolean switchOn(String name) {
        return chromium.driver().findElement(field(name)).isSelected();
    }

    private static void toggle(String name) {
        chromium.driver()
                .findElement(By.cssSelector("label[for='" + name + "']"))
                .click();
    }

    private static void replaceText(String name, String text) {
        WebElement field = chromium.driver().findElement(field(name));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static void save() {
        chromium.driver().findElement(By.cssSelector("[data-testid='save']")).click();
    }
}
