package nl.buurtkracht.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole app on a random port, Debian's Chromium driven by
 * Playwright, axe-core on every page a journey visits, and screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    private static final List<String> WCAG_22_AA = List.of(
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "wcag22a",
        "wcag22aa"
    );

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic"
                        )
                    )
            );
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        // A small phone-sized screen: the pages must work for someone on an old phone.
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(414, 860).setLocale("nl-NL"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        page.navigate(url(path));
    }

    void logIn(String email) {
        open("/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(DemoData.DEMO_PASSWORD);
        page
            .getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")
            )
            .click();
    }

    /** Runs axe-core with the WCAG 2.2 A and AA rules and fails on any violation, naming each. */
    void assertAccessible() {
        var results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getViolations())
            .as(() -> page.url() + " has accessibility violations:\n" + describe(results.getViolations()))
            .isEmpty();
    }

    /** Saves a full-page screenshot to target/screenshots/NAME.png, to be looked at. */
    void screenshot(String name) {
        page.screenshot(
            new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true)
        );
    }

    private static String describe(List<Rule> violations) {
        return violations
            .stream()
            .map(
                v ->
                    v.getId() +
                    ": " +
                    v.getHelp() +
                    " → " +
                    v
                        .getNodes()
                        .stream()
                        .map(n -> n.getHtml())
                        .limit(3)
                        .collect(Collectors.joining(" | "))
            )
            .collect(Collectors.joining("\n"));
    }
}
