package io.github.tenantsso.it.harness;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The portal's pages in Chromium: signing in to them the way a tenant admin does. */
public final class PortalBrowser {

    private PortalBrowser() {}

    /**
     * Opens {@code url} (the portal's address, perhaps with parameters), goes through the realm's identity-first login
     * (e-mail, then password) and waits until the portal at {@code portal} shows its tenants or a refusal.
     */
    public static void signIn(Chromium chromium, String url, String portal, String username, String password) {
        WebDriver browser = chromium.driver();
        browser.get(url);
        chromium.waitFor(driver -> driver.findElement(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        WebElement secret = chromium.waitFor(driver -> driver.findElement(By.id("password")));
        // Keycloak's password page asks for the username again where the pack's e-mail step did not settle it.
        List<WebElement> name = browser.findElements(By.id("username"));
        if (!name.isEmpty()
                && name.get(0).isDisplayed()
                && name.get(0).getAttribute("value").isEmpty()) {
            name.get(0).sendKeys(username);
        }
        secret.sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        chromium.waitFor(driver -> driver.getCurrentUrl().startsWith(portal)
                && !driver.getCurrentUrl().contains("code=")
                && !driver.findElements(By.cssSelector("#tenants, #no-tenants, .portal-error"))
                        .isEmpty());
    }
}
