package io.elif.bootstrap.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.elif.bootstrap.api.ApiTestSupport;
import io.elif.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The running application opened in headless Chromium: a fresh browser context and page per test. */
abstract class BrowserTestSupport extends ApiTestSupport {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected void signInThroughTheForm(String username, String password) {
        submitTheLoginForm(username, password);
        assertThat(page.getByTestId("current-user")).isVisible();
    }

    protected void submitTheLoginForm(String username, String password) {
        var form = page.getByTestId("login-form");
        form.getByLabel("Username or email").fill(username);
        form.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Opens the app and submits the login form as a user holding just this role. */
    protected void openAs(String tenant, String app, Role role) {
        sessionAs(tenant, role);
        page.navigate(appUrl(tenant, app));
        var username = role == Role.ADMIN ? ADMIN : role.name().toLowerCase() + "_user";
        submitTheLoginForm(username, role == Role.ADMIN ? ADMIN_PASSWORD : username + "-pass-2026");
    }

    protected void signInAs(String tenant, String app, Role role) {
        openAs(tenant, app, role);
        assertThat(page.getByTestId("current-user")).isVisible();
    }

    protected String appUrl(String tenant, String app) {
        return "http://" + tenant + ".localhost:" + port + "/" + app + "/";
    }

    /** Clicks the button of that name inside the locator. */
    protected static void click(Locator within, String buttonName) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(buttonName).setExact(true)).click();
    }

    /** Starts again as nobody: a new browser context without the previous user's cookies. */
    protected void newBrowserSession() {
        context.close();
        context = browser.newContext();
        page = context.newPage();
    }

    /**
     * What Chromium prints of the page, as text, asserting it is one page as wide as a thermal roll of that width:
     * a slip (a receipt, a Z report) prints alone.
     */
    protected String printedSlip(int widthMm) throws IOException {
        var pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages").isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("paper width")
                    .isCloseTo((float) (widthMm * 72 / 25.4), within(1.5f));
            return new PDFTextStripper().getText(document);
        }
    }

    /** WCAG 2.2 A and AA, as axe-core tags its rules. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The page as it stands has no WCAG 2.2 A or AA violation that axe-core finds; the failure lists each one. */
    protected void assertAccessible(String what) {
        assertThat(accessibilityViolations()).as("axe-core violations on " + what).isEmpty();
    }

    /** What axe-core finds against WCAG 2.2 A and AA on the page as it stands: each rule with its first elements. */
    protected List<String> accessibilityViolations() {
        return new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                        .limit(5).map(node -> node.getTarget() + " " + node.getFailureSummary().replace('\n', ' '))
                        .toList())
                .toList();
    }
}
