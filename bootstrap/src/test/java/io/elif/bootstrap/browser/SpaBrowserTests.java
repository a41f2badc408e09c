package io.elif.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.elif.bootstrap.api.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Each SPA opened from the running application in headless Chromium, as a user would. */
class SpaBrowserTests extends ApiTestSupport {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

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

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales", "admin"})
    void showsTheTenantsProductsWithTheirStock(String app) {
        var marker = "Brw" + UUID.randomUUID().toString().substring(0, 6);
        createProduct("demo", uniqueSku(), marker + " lager");

        openAndSearch("demo", app, marker);

        var rows = page.getByTestId("product-row");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(marker + " lager");
        assertThat(rows.first()).containsText("3,500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales", "admin"})
    void neverShowsAnotherTenantsProducts(String app) {
        var marker = "Iso" + UUID.randomUUID().toString().substring(0, 6);
        createProduct("demo", uniqueSku(), marker + " stout");

        openAndSearch("acme", app, marker);

        assertThat(page.getByTestId("products-empty")).isVisible();
        assertThat(page.getByTestId("product-row")).hasCount(0);
    }

    @Test
    void theSitesRootLeadsToTheOrderDesk() {
        page.navigate("http://demo.localhost:" + port + "/");

        assertThat(page).hasTitle(java.util.regex.Pattern.compile("Order desk"));
        assertThat(page.getByTestId("health-indicator")).hasText("demo · connected");
    }

    @Test
    void deepLinksLoadTheApp() {
        page.navigate(appUrl("demo", "sales") + "some/client/route");

        assertThat(page.getByTestId("health-indicator")).hasText("demo · connected");
    }

    @Test
    void adminCreatesAProductAndSeesFieldErrors() {
        var marker = "Adm" + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(appUrl("demo", "admin"));
        var form = page.getByTestId("new-product-form");

        form.getByLabel("SKU").fill("bad sku");
        form.getByLabel("Name").fill(marker + " cola");
        form.getByLabel("Category").fill("Soft drinks");
        form.getByLabel("Base unit").selectOption("CAN");
        form.getByLabel("Price").fill("1.005");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Create product")).click();
        assertThat(form).containsText("must be 1 to 40 letters");
        assertThat(form).containsText("numeric value out of bounds");

        form.getByLabel("SKU").fill("ADM-" + marker.toUpperCase());
        form.getByLabel("Price").fill("1500");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Create product")).click();
        assertThat(page.getByTestId("new-product-created")).isVisible();
        page.getByTestId("product-search").fill(marker);
        assertThat(page.getByTestId("product-row")).hasCount(1);
    }

    private void openAndSearch(String tenant, String app, String text) {
        page.navigate(appUrl(tenant, app));
        assertThat(page.getByTestId("health-indicator")).hasText(tenant + " · connected");
        page.getByTestId("product-search").fill(text);
    }

    private String appUrl(String tenant, String app) {
        return "http://" + tenant + ".localhost:" + port + "/" + app + "/";
    }
}
