package org.ourvoice.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the whole portal on a random port and a real headless Chromium (Debian's,
 * never a downloaded one) driven by Playwright.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class BrowserTest {

    public static final int PHONE_WIDTH = 360;
    private static final double TIMEOUT_MILLIS = 60_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        // Playwright's assertions wait 5 s by default; a busy machine can take longer to draw a screen.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MILLIS);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** A second, separate browser (its own cookies), for journeys with two people. */
    protected Page newPerson(int width) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800));
        Page otherPage = other.newPage();
        otherPage.setDefaultTimeout(TIMEOUT_MILLIS);
        return otherPage;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void signIn(Page on, String name, String password) {
        on.navigate(url("login"));
        on.locator("input[name='username']").fill(name);
        on.locator("input[name='password']").fill(password);
        on.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        on.locator("#home-greeting").waitFor();
    }

    /**
     * Runs axe-core (the same WCAG 2.2 A and AA rules as the route scan) on the page as it is now,
     * with whatever dialogs are open, and returns its serious and critical violations.
     */
    protected List<String> seriousAccessibilityProblems(Page on) {
        waitForOpeningAnimations(on);
        on.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) on.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                  return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
                }""");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(violation.toString());
            }
        }
        return serious;
    }

    /** A dialog fades in; axe would measure the colours of its words half-way through the fade. */
    private static void waitForOpeningAnimations(Page on) {
        on.waitForFunction("() => !document.querySelector('[opening]')"
                + " && document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
    }

    private static String axeSource() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void signOut(Page on) {
        on.locator("#sign-out").click();
        on.locator("vaadin-login-form").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
    }
}
