package io.elif.bootstrap.browser;

import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The order desk's Till page, used by a clerk in Chromium, and the manager's Tills page in sales management. */
class TillBrowserTests extends BrowserTestSupport {

    /**
     * A float of 10,000, 2,500 taken out, 7,000 counted: 500 short, on the Z report the clerk prints alone on the till's
     * roll, and in the manager's list, where the same Z report opens and prints.
     */
    @Test
    void aClerkOpensTheTillTakesCashOutClosesWithACountAndPrintsTheZReport() throws IOException {
        var clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 8);
        var password = clerk + "-pass-2026";
        assertThat(createUser("demo", clerk, Role.SALES, password).status()).isEqualTo(201);
        var code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var till = post("demo", "/api/sales/tills", "{\"code\": \"" + code + "\", \"name\": \"Browser till\"}");
        assertThat(till.status()).isEqualTo(201);
        page.navigate(appUrl("demo", "orders"));
        signInThroughTheForm(clerk, password);

        page.getByTestId("nav-till").click();
        var open = page.getByTestId("open-session-form");
        open.getByLabel("Till").selectOption(till.body().get("id").asString());
        open.getByLabel("Float").fill("10000");
        click(open, "Open the till");

        var session = page.getByTestId("till-session");
        assertThat(session).hasAttribute("data-state", "OPEN");
        assertThat(session).containsText(code);
        assertThat(page.getByTestId("cash-expected")).hasText("10,000.00");
        var cash = page.getByTestId("cash-movement-form");
        cash.getByLabel("Amount").fill("2500");
        cash.getByLabel("Reason").fill("window cleaner");
        click(cash, "Record");
        assertThat(page.getByTestId("cash-expected")).hasText("7,500.00");
        assertThat(page.getByTestId("till-movement")).hasCount(2);

        var close = page.getByTestId("close-session-form");
        while (close.getByTestId("count-row").count() < 2) {
            click(close, "Add a value");
        }
        close.getByTestId("count-value").nth(0).fill("5000");
        close.getByTestId("count-pieces").nth(0).fill("1");
        close.getByTestId("count-value").nth(1).fill("2000");
        close.getByTestId("count-pieces").nth(1).fill("1");
        assertThat(page.getByTestId("close-expected")).hasText("7,500.00");
        assertThat(page.getByTestId("close-total")).hasText("7,000.00");
        assertThat(page.getByTestId("close-difference")).hasText("-500.00");
        click(close, "Close the till");

        var report = page.getByTestId("z-report");
        assertThat(report.getByTestId("z-till")).containsText(code);
        assertThat(report.getByTestId("z-float")).containsText("10,000.00");
        assertThat(report.getByTestId("z-paid-out")).containsText("2,500.00");
        assertThat(report.getByTestId("z-expected")).containsText("7,500.00");
        assertThat(report.getByTestId("z-counted")).containsText("7,000.00");
        assertThat(report.getByTestId("z-difference")).containsText("-500.00");
        assertThat(page.getByTestId("open-session-form")).isVisible();
        var printed = printedSlip(80);
        assertThat(printed).contains("Z report", code, clerk, "7,500.00", "-500.00");
        assertThat(printed).doesNotContain("Open the till", "Print the Z report", "Stock lookup");

        newBrowserSession();
        signInAs("demo", "sales", Role.MANAGER);
        page.navigate(appUrl("demo", "sales") + "tills?clerk=" + clerk);
        var row = page.getByTestId("session-row");
        assertThat(row).hasCount(1);
        assertThat(row).containsText(code);
        assertThat(row.getByTestId("session-difference")).hasText("-500.00");
        row.getByTestId("session-z-report").click();
        var managersCopy = page.getByRole(AriaRole.DIALOG).getByTestId("z-report");
        assertThat(managersCopy.getByTestId("z-clerk")).containsText(clerk);
        assertThat(managersCopy.getByTestId("z-difference")).containsText("-500.00");
        assertThat(printedSlip(80)).contains("Z report", code, clerk, "Counted 7,000.00").doesNotContain("·", "Print the Z report");
    }

    /** A manager renames a till and retires it: the clerk's Till page no longer offers it, its name changed everywhere. */
    @Test
    void aManagerRenamesATillThenRetiresItAndTheClerksNoLongerSeeIt() {
        var code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var till = post("demo", "/api/sales/tills", "{\"code\": \"" + code + "\", \"name\": \"Back counter\"}");
        assertThat(till.status()).isEqualTo(201);
        var id = till.body().get("id").asString();
        signInAs("demo", "sales", Role.MANAGER);
        page.getByTestId("nav-tills").click();

        var row = page.locator("[data-testid=till-row][data-code='" + code + "']");
        click(row, "Edit");
        var form = page.getByTestId("edit-till-form");
        form.getByLabel("Name").fill("Drive-in window");
        click(form, "Save the till");
        assertThat(row).containsText("Drive-in window");
        assertThat(row).containsText("in use");
        click(row, "Edit");
        var inUse = form.getByRole(AriaRole.SWITCH);
        assertThat(inUse).isChecked();
        inUse.press("Space");
        assertThat(inUse).not().isChecked();
        click(form, "Save the till");
        assertThat(row).containsText("retired");
        assertThat(get("demo", "/api/sales/tills").body().get("items").valueStream()
                .filter(each -> each.get("id").asString().equals(id)).findFirst().orElseThrow().get("name").asString())
                .isEqualTo("Drive-in window");

        var clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(createUser("demo", clerk, Role.SALES, clerk + "-pass-2026").status()).isEqualTo(201);
        newBrowserSession();
        page.navigate(appUrl("demo", "orders"));
        signInThroughTheForm(clerk, clerk + "-pass-2026");
        page.getByTestId("nav-till").click();
        assertThat(page.getByTestId("open-session-form")).isVisible();
        assertThat(page.getByTestId("open-session-form").locator("option[value='" + id + "']")).hasCount(0);
    }
}
