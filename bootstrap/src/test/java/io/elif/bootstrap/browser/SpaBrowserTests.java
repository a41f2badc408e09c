package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Each SPA opened from the running application in headless Chromium, as a user would. */
class SpaBrowserTests extends BrowserTestSupport {

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
    void theSitesRootLeadsToTheOrderDesksLogin() {
        page.navigate("http://demo.localhost:" + port + "/");

        assertThat(page).hasTitle(Pattern.compile("Order desk"));
        assertThat(page.getByTestId("login-form")).isVisible();
        assertThat(page.getByTestId("login-form").getByLabel("Company")).hasCount(0);
    }

    @Test
    void deepLinksLoadTheAppAfterSigningIn() {
        page.navigate(appUrl("demo", "sales") + "some/client/route");
        signInThroughTheForm(ADMIN, ADMIN_PASSWORD);

        assertThat(page.getByTestId("health-indicator")).hasText("demo · connected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales", "admin"})
    void aManagerSignsInSeesTheirNavigationAndSignsOut(String app) {
        signInAs("demo", app, Role.MANAGER);

        assertThat(page.getByTestId("current-user")).containsText("manager_user");
        assertThat(page.getByTestId("nav-products")).isVisible();
        assertThat(page.getByTestId("nav-profile")).isVisible();
        assertThat(page.getByTestId("nav-users")).hasCount(0);

        page.getByTestId("logout-button").click();
        assertThat(page.getByTestId("login-form")).isVisible();
        page.reload();
        assertThat(page.getByTestId("login-form")).isVisible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales"})
    void salesClerksWorkAtTheDeskAndInSales(String app) {
        signInAs("demo", app, Role.SALES);

        assertThat(page.getByTestId("nav-products")).isVisible();
        assertThat(page.getByTestId("nav-users")).hasCount(0);
        // SALES sees nothing of purchasing
        for (var purchasingPage : List.of("purchase-orders", "receiving", "empties-returns")) {
            assertThat(page.getByTestId("nav-" + purchasingPage)).hasCount(0);
        }
        // the desk opens on its counter, sales management on its customers
        assertThat(page.getByTestId(app.equals("sales") ? "customer-search" : "counter-search")).isVisible();
    }

    @Test
    void storekeepersReceiveAndReturnEmptiesAtTheDeskButOrderNothing() {
        signInAs("demo", "orders", Role.WAREHOUSE);

        assertThat(page.getByTestId("nav-receiving")).isVisible();
        assertThat(page.getByTestId("nav-empties-returns")).isVisible();
        assertThat(page.getByTestId("nav-purchase-orders")).hasCount(0);
        page.navigate(appUrl("demo", "orders") + "purchase-orders");
        assertThat(page.getByTestId("forbidden")).isVisible();
    }

    @Test
    void salesManagementRefusesStorekeepers() {
        openAs("demo", "sales", Role.WAREHOUSE);

        assertThat(page.getByTestId("access-refused")).isVisible();
        assertThat(page.getByTestId("nav-customers")).hasCount(0);
    }

    @Test
    void theAdministrationRefusesSalesClerks() {
        openAs("demo", "admin", Role.SALES);

        assertThat(page.getByTestId("access-refused")).isVisible();
        assertThat(page.getByTestId("nav-products")).hasCount(0);
        assertThat(page.getByTestId("nav-stock")).hasCount(0);
    }

    @Test
    void theAdministrationAdmitsStorekeepersToTheStockPagesOnly() {
        signInAs("demo", "admin", Role.WAREHOUSE);

        assertThat(page.getByTestId("access-refused")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("/admin/stock$"));
        for (var stockPage : List.of("stock", "receipts", "transfers", "stocktakes", "break-bulk",
                "low-stock", "near-expiry")) {
            assertThat(page.getByTestId("nav-" + stockPage)).isVisible();
        }
        for (var otherPage : List.of("products", "stock-value", "warehouses", "stock-consistency", "suppliers", "users",
                "audit", "settings")) {
            assertThat(page.getByTestId("nav-" + otherPage)).hasCount(0);
        }
        page.navigate(appUrl("demo", "admin") + "stock-value");
        assertThat(page.getByTestId("forbidden")).isVisible();
    }

    @Test
    void anAdministratorSeesUsersAuditAndSettings() {
        signInAs("acme", "admin", Role.ADMIN);

        assertThat(page.getByTestId("nav-users")).isVisible();
        assertThat(page.getByTestId("nav-audit")).isVisible();
        assertThat(page.getByTestId("nav-settings")).isVisible();
        page.getByTestId("nav-audit").click();
        assertThat(page.getByTestId("audit-row").first()).isVisible();
    }

    @Test
    void anAdministratorCreatesAUserAndChangesTheirRoles() {
        var username = "ui" + UUID.randomUUID().toString().substring(0, 6);
        signInAs("acme", "admin", Role.ADMIN);
        page.getByTestId("nav-users").click();

        var form = page.getByTestId("new-user-form");
        form.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true)).fill(username);
        form.getByLabel("Email", new Locator.GetByLabelOptions().setExact(true)).fill(username + "@acme.example");
        form.getByLabel("Display name", new Locator.GetByLabelOptions().setExact(true)).fill("UI " + username);
        form.getByLabel("SALES", new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByLabel("Initial password", new Locator.GetByLabelOptions().setExact(true)).fill(username + "-pass-2026");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.getByTestId("new-user-created")).isVisible();

        page.getByTestId("user-search").fill(username);
        var row = page.locator("[data-testid=user-row][data-username=" + username + "]");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit roles")).click();
        var roles = page.getByTestId("roles-form");
        roles.getByLabel("SALES", new Locator.GetByLabelOptions().setExact(true)).uncheck();
        roles.getByLabel("WAREHOUSE", new Locator.GetByLabelOptions().setExact(true)).check();
        roles.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

        assertThat(row).containsText("WAREHOUSE");
        assertThat(row).not().containsText("SALES");
        org.assertj.core.api.Assertions.assertThat(tryLogin("acme", username, username + "-pass-2026", null).status())
                .isEqualTo(200);
    }

    @Test
    void aStorekeeperAdjustsStockAtTheOrderDeskAndSeesTheLedger() {
        var marker = "Stk" + UUID.randomUUID().toString().substring(0, 6);
        createProduct("demo", uniqueSku(), marker + " cola");
        signInAs("demo", "orders", Role.WAREHOUSE);
        // a storekeeper lands on the products page, which has a search box too: leave it once landed, and type
        // once the stock page is there
        assertThat(page).hasURL(Pattern.compile("/orders/products$"));
        page.getByTestId("nav-stock").click();
        assertThat(page.getByTestId("stock-hint")).isVisible();
        page.getByTestId("product-search").fill(marker);
        // the search applies after a pause: click this product's button, not the first of the unfiltered list
        page.getByTestId("product-row").filter(new Locator.FilterOptions().setHasText(marker))
                .getByTestId("product-stock-button").click();

        var form = page.getByTestId("adjustment-form");
        form.getByLabel("Quantity").fill("12");
        form.getByLabel("Reason").selectOption("FOUND");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book adjustment")).click();
        assertThat(page.getByTestId("adjustment-booked")).isVisible();

        form.getByLabel("Quantity").fill("-20");
        form.getByLabel("Reason").selectOption("THEFT");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book adjustment")).click();
        assertThat(page.getByTestId("adjustment-error")).containsText("Only 12 of " + marker + " cola");

        assertThat(page.getByTestId("stock-level")).containsText("On hand 12");
        assertThat(page.getByTestId("movement-row")).hasCount(1);
        assertThat(page.getByTestId("movement-row").first()).containsText("warehouse_user");
    }

    @Test
    void aSignedInUserReloadsAndOpensPagesByTheirAddress() {
        signInAs("demo", "orders", Role.MANAGER);

        page.reload();
        assertThat(page.getByTestId("current-user")).isVisible();
        page.navigate(appUrl("demo", "orders") + "stock");
        assertThat(page.getByTestId("current-user")).isVisible();
        assertThat(page.getByTestId("adjustment-form").or(page.getByTestId("stock-hint")).first()).isVisible();
        page.navigate(appUrl("demo", "orders") + "profile");
        assertThat(page.getByTestId("password-form")).isVisible();
    }

    @Test
    void settingUpTwoFactorAuthenticationAsksForThePasswordAndShowsTheServersAnswerAtIt() {
        var username = "t" + UUID.randomUUID().toString().substring(0, 8);
        createUser("demo", username, Role.MANAGER, username + "-pass-2026");
        page.navigate(appUrl("demo", "orders") + "profile");
        signInThroughTheForm(username, username + "-pass-2026");
        var start = page.getByTestId("totp-start-form");
        var password = start.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true));

        password.fill("not-my-password");
        click(start, "Set up two-factor authentication");
        assertThat(start.getByText("The password is wrong")).isVisible();
        assertThat(password).hasAccessibleDescription(Pattern.compile("The password is wrong"));

        password.fill(username + "-pass-2026");
        click(start, "Set up two-factor authentication");
        assertThat(page.getByTestId("totp-qr")).isVisible();
        assertThat(page.getByTestId("totp-secret")).hasText(Pattern.compile("[A-Z2-7]{32}"));
    }

    @Test
    void onABareHostTheLoginFormAsksForTheCompany() {
        page.navigate("http://localhost:" + port + "/orders/");
        var form = page.getByTestId("login-form");

        form.getByLabel("Company").fill("acme");
        form.getByLabel("Username or email").fill(ADMIN);
        form.getByLabel("Password").fill(ADMIN_PASSWORD);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByTestId("current-user")).isVisible();
        assertThat(page.getByTestId("health-indicator")).hasText("acme · connected");
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        page.navigate(appUrl("demo", "orders"));
        var form = page.getByTestId("login-form");
        form.getByLabel("Username or email").fill(ADMIN);
        form.getByLabel("Password").fill("not-the-password");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByTestId("login-error")).containsText("Wrong username or password");
    }

    private void openAndSearch(String tenant, String app, String text) {
        // sales management's home page is its customers, the desk's its counter; their products are a page of their own
        page.navigate(appUrl(tenant, app) + (app.equals("admin") ? "" : "products"));
        signInThroughTheForm(ADMIN, ADMIN_PASSWORD);
        assertThat(page.getByTestId("health-indicator")).hasText(tenant + " · connected");
        page.getByTestId("product-search").fill(text);
    }
}
