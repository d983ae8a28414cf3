package io.github.tenantsso.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven through Selenium.
 * Both paths are given, so Selenium Manager never runs and nothing is downloaded. Host names given to
 * {@link #start(List)} resolve to this machine, standing in for a tenant's vanity host DNS record.
 */
public final class Chromium implements AutoCloseable {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    /** Screenshots are test artifacts: {@code it-tests/target/screenshots}. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** @param loopbackHosts host names that resolve to 127.0.0.1 in this browser */
    public static Chromium start(List<String> loopbackHosts) {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException(
                    "The browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("tenant-sso-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,900",
                    "--lang=en-US",
                    "--user-data-dir=" + profile);
            if (!loopbackHosts.isEmpty()) {
                options.addArguments("--host-resolver-rules="
                        + String.join(
                                ", ",
                                loopbackHosts.stream()
                                        .map(host -> "MAP " + host + " 127.0.0.1")
                                        .toList()));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .build();
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits up to 30 s; on a timeout, saves the screen and the page source next to the screenshots to show why. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            Path shot = screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // The screenshot is already saved; the page source is a bonus.
            }
            throw new TimeoutException("Timed out on " + driver.getCurrentUrl() + "; screen saved as " + shot, e);
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
