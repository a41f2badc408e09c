package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Sales management's customers screen, used by a manager in Chromium. */
class CustomerBrowserTests extends BrowserTestSupport {

    @Test
    void aManagerFindsACustomerByPhoneCreatesOneEditsItsCreditLimitAndAReloadKeepsTheSearch() {
        var marker = "Cus" + UUID.randomUUID().toString().substring(0, 6);
        var digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        var created = post("demo", "/api/sales/customers",
                "{\"name\":\"" + marker + " bar\",\"phone\":\"+261 34 " + digits + "\"}");
        assertThat(created.status()).isEqualTo(201);
        signInAs("demo", "sales", Role.MANAGER);

        page.getByTestId("customer-search").fill(digits);
        assertThat(page.getByTestId("customer-row")).hasCount(1);
        assertThat(page.getByTestId("customer-row")).containsText(marker + " bar");
        assertThat(page.getByTestId("customer-row")).containsText(created.body().get("code").asString());

        var form = page.getByTestId("new-customer-form");
        form.getByLabel("Name").fill(marker + " épicerie");
        form.getByLabel("Phone").fill("call me");
        click(form, "Create customer");
        assertThat(errorOf(form.getByLabel("Phone"))).containsText("digits");
        form.getByLabel("Phone").fill("+261 33 11 222 33");
        form.getByLabel("Price level").selectOption("LEVEL_2");
        form.getByLabel("Credit limit").fill("250000");
        click(form, "Create customer");
        assertThat(page.getByTestId("new-customer-form-saved")).containsText(marker + " épicerie");
        assertThat(page.getByTestId("new-customer-form-saved")).containsText("C-");

        page.getByTestId("customer-search").fill(marker);
        assertThat(page.getByTestId("customer-row")).hasCount(2);
        var epicerie = page.getByTestId("customer-row").filter(new Locator.FilterOptions().setHasText(marker + " épicerie"));
        assertThat(epicerie.getByTestId("customer-credit-limit")).hasText("250,000.00");
        epicerie.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true)).click();
        var edit = page.getByTestId("edit-customer-form");
        assertThat(edit.getByLabel("Price level")).hasValue("LEVEL_2");
        edit.getByLabel("Credit limit").fill("750000");
        click(edit, "Save");
        assertThat(edit).hasCount(0);
        assertThat(epicerie.getByTestId("customer-credit-limit")).hasText("750,000.00");

        assertThat(page).hasURL(Pattern.compile("[?&]q=" + marker));
        page.reload();
        assertThat(page.getByTestId("customer-search")).hasValue(marker);
        assertThat(page.getByTestId("customer-row")).hasCount(2);
        assertThat(epicerie.getByTestId("customer-credit-limit")).hasText("750,000.00");
    }

    @Test
    void theWalkInCustomerIsMarkedAndNotEditable() {
        signInAs("demo", "sales", Role.MANAGER);

        page.getByTestId("customer-search").fill("WALK-IN");
        var walkIn = page.locator("[data-testid=customer-row][data-code=WALK-IN]");
        assertThat(walkIn.getByTestId("customer-walk-in")).isVisible();
        assertThat(walkIn.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    /** The error message Mantine shows under an input, which the input names in aria-describedby. */
    private Locator errorOf(Locator input) {
        assertThat(input).hasAttribute("aria-invalid", "true");
        var describedBy = input.getAttribute("aria-describedby");
        for (var id : describedBy == null ? new String[0] : describedBy.split("\\s+")) {
            if (id.endsWith("-error")) {
                return page.locator("[id='" + id + "']");
            }
        }
        throw new AssertionError("the input names no error message: " + describedBy);
    }
}
