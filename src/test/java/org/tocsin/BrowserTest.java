package org.tocsin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive the pages in a real Chromium (Debian's {@code chromium}, or the
 * one named by {@code TOCSIN_CHROMIUM}). Each test gets a fresh browser context: no cookies,
 * no session. Screenshots go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("TOCSIN_CHROMIUM", "/usr/bin/chromium"));

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Logs in as the test administrator, in the given language ("en" or "ru"). */
    protected void logIn(String language) {
        page.navigate("/login?lang=" + language);
        page.locator("#username").fill(ADMIN);
        page.locator("#password").fill(ADMIN_PASSWORD);
        page.locator("form.form button[type=submit]").click();
        page.waitForURL("**/cases**");
    }

    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
