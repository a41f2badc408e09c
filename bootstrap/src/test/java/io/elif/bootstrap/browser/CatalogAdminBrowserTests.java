package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's administration screens, used by a manager and an administrator in Chromium. */
class CatalogAdminBrowserTests extends BrowserTestSupport {

    @Test
    void aManagerBuildsAProductWithAPackItsPricesAndContainersThenFindsItByScanningAndDeactivatesIt() {
        var marker = "Cat" + UUID.randomUUID().toString().substring(0, 6);
        var sku = "UI-" + marker.toUpperCase();
        var unitBarcode = uniqueBarcode();
        var crateBarcode = uniqueBarcode();
        var bottleType = createContainerType("demo", "BTL-" + marker.toUpperCase(), marker + " bottle", "BOTTLE", "300.00");
        signInAs("demo", "admin", Role.MANAGER);

        page.getByTestId("nav-categories").click();
        var categoryForm = page.getByTestId("new-category-form");
        categoryForm.getByLabel("Name").fill(marker + " beers");
        assertThat(categoryForm.getByLabel("Sellable")).isChecked();
        click(categoryForm, "Create category");
        assertThat(row("category-row", marker + " beers")).containsText("sellable");

        page.getByTestId("nav-tax-classes").click();
        var taxForm = page.getByTestId("new-tax-class-form");
        taxForm.getByLabel("Name").fill(marker + " VAT");
        taxForm.getByLabel("Rate").fill("20");
        click(taxForm, "Create tax class");
        assertThat(row("tax-class-row", marker + " VAT")).containsText("20.00 %");

        page.getByTestId("nav-containers").click();
        var crateCode = "CRT-" + marker.toUpperCase();
        var containerForm = page.getByTestId("new-container-type-form");
        containerForm.getByLabel("Code").fill(crateCode);
        containerForm.getByLabel("Name").fill(marker + " crate");
        containerForm.getByLabel("Kind").selectOption("CRATE");
        containerForm.getByLabel("Deposit").fill("3000");
        click(containerForm, "Create container type");
        assertThat(row("container-type-row", crateCode)).containsText("3,000.00");

        page.getByTestId("nav-products").click();
        var productForm = page.getByTestId("new-product-form");
        productForm.getByLabel("SKU").fill(sku);
        productForm.getByLabel("Base unit").selectOption("BOTTLE");
        productForm.getByLabel("Name").fill(marker + " lager 65cl");
        productForm.getByLabel("Category").selectOption(new SelectOption().setLabel(marker + " beers"));
        productForm.getByLabel("Tax class").selectOption(new SelectOption().setLabel(marker + " VAT (20.00 %)"));
        productForm.getByLabel("Minimum stock").fill("48");
        productForm.getByLabel("Barcodes").fill(unitBarcode);
        productForm.getByLabel("Barcodes").press("Enter");
        productForm.getByLabel("Price level 1").fill("2500");
        productForm.getByLabel("Price wholesale").fill("2300.50");
        click(productForm, "Create product");
        assertThat(page.getByTestId("new-product-saved")).containsText(sku);
        page.getByTestId("new-product-open").click();

        var detail = page.getByTestId("product-detail");
        assertThat(detail).hasAttribute("data-sku", sku);
        assertThat(page.getByTestId("product-details-form").getByText(unitBarcode)).isVisible();
        var basePrices = page.locator("[data-testid=current-price-row][data-owner=base]");
        assertThat(basePrices.locator("[data-level=LEVEL_1]")).hasText("2,500.00 MGA");
        assertThat(basePrices.locator("[data-level=WHOLESALE]")).hasText("2,300.50 MGA");

        var packForm = page.getByTestId("new-pack-form");
        packForm.getByLabel("Pack name").fill("Crate of 24");
        packForm.getByLabel("Units per pack").fill("1");
        click(packForm, "Add pack");
        var refusal = problemOf(post("demo", "/api/catalog/products/" + productIdInUrl() + "/packs",
                "{\"name\":\"Crate of 24\",\"unitsPerPack\":1}"));
        assertThat(errorOf(packForm.getByLabel("Units per pack"))).hasText(refusal.path("errors").get(0).path("message").asString());
        assertThat(page.getByTestId("pack-row")).hasCount(0);

        packForm.getByLabel("Units per pack").fill("24");
        packForm.getByLabel("Pack barcode").fill(crateBarcode);
        packForm.getByLabel("Price level 1").fill("58000");
        click(packForm, "Add pack");
        var crate = row("pack-row", "Crate of 24");
        assertThat(crate).containsText("24");
        assertThat(crate).containsText(crateBarcode);
        assertThat(page.locator("[data-testid=current-price-row][data-owner='Crate of 24'] [data-level=LEVEL_1]"))
                .hasText("58,000.00 MGA");

        var validFrom = LocalDate.now().plusDays(30).toString();
        var priceForm = page.getByTestId("price-form");
        priceForm.getByLabel("For").selectOption(new SelectOption().setLabel("Crate of 24 (24)"));
        priceForm.getByLabel("Level").selectOption("LEVEL_1");
        priceForm.getByLabel("Amount").fill("60000");
        priceForm.getByLabel("Valid from").fill(validFrom);
        click(priceForm, "Set price");
        assertThat(page.getByTestId("price-saved")).isVisible();
        var scheduled = page.getByTestId("price-history-row").filter(new Locator.FilterOptions().setHasText(validFrom));
        assertThat(scheduled).hasCount(1);
        assertThat(scheduled).containsText("Crate of 24");
        assertThat(scheduled).containsText("60,000.00 MGA");
        assertThat(scheduled).containsText("scheduled");
        assertThat(scheduled).containsText("manager_user");
        assertThat(page.getByTestId("price-history-row")).hasCount(4);
        assertThat(page.locator("[data-testid=current-price-row][data-owner='Crate of 24'] [data-level=LEVEL_1]"))
                .hasText("58,000.00 MGA");

        click(page.locator("[data-testid=containers-row][data-owner='Crate of 24']"), "Edit containers");
        var containersForm = page.getByTestId("containers-form");
        click(containersForm, "Add container");
        click(containersForm, "Add container");
        containersForm.getByLabel("Container type").nth(0)
                .selectOption(new SelectOption().setLabel(marker + " crate (" + crateCode + ")"));
        containersForm.getByLabel("Quantity").nth(0).fill("1");
        containersForm.getByLabel("Container type").nth(1)
                .selectOption(new SelectOption().setLabel(marker + " bottle (" + bottleType.path("code").asString() + ")"));
        containersForm.getByLabel("Quantity").nth(1).fill("24");
        click(containersForm, "Save");
        var crateContainers = page.locator("[data-testid=containers-row][data-owner='Crate of 24']");
        assertThat(crateContainers).containsText("1 × " + marker + " crate");
        assertThat(crateContainers).containsText("24 × " + marker + " bottle");
        assertThat(crateContainers).containsText("10,200.00 MGA");

        page.getByTestId("nav-products").click();
        var search = page.getByTestId("product-search");
        search.fill(crateBarcode);
        search.press("Enter");
        assertThat(page.getByTestId("barcode-match")).containsText("pack of 24");
        assertThat(page.getByTestId("product-row")).hasCount(1);
        page.locator("[data-testid=product-row][data-sku=" + sku + "]").click();

        assertThat(page.getByTestId("product-status")).hasText("active");
        page.getByTestId("product-toggle-active").click();
        assertThat(page.getByTestId("product-status")).hasText("inactive");
        assertThat(page.getByTestId("product-toggle-active")).hasText("Activate");
        assertThat(get("demo", "/api/catalog/products/" + productIdInUrl()).body().path("active").asBoolean()).isFalse();
    }

    @Test
    void aDuplicateSkuIsToldNextToTheSkuField() {
        var marker = "Dup" + UUID.randomUUID().toString().substring(0, 6);
        var sku = "DUP-" + marker.toUpperCase();
        var product = productBody("demo", sku, marker + " cola")
                .put("categoryId", categoryId("demo", marker + " sodas"))
                .put("taxClassId", taxClassId("demo", marker + " VAT"));
        createProduct("demo", product);
        var duplicate = problemOf(post("demo", "/api/catalog/products", product.toString()));
        signInAs("demo", "admin", Role.MANAGER);

        var form = page.getByTestId("new-product-form");
        form.getByLabel("SKU").fill(sku);
        form.getByLabel("Base unit").selectOption("CAN");
        form.getByLabel("Name").fill(marker + " cola again");
        form.getByLabel("Category").selectOption(new SelectOption().setLabel(marker + " sodas"));
        form.getByLabel("Tax class").selectOption(new SelectOption().setLabel(marker + " VAT (20.00 %)"));
        form.getByLabel("Price level 1").fill("1600");
        click(form, "Create product");

        assertThat(errorOf(form.getByLabel("SKU"))).hasText(duplicate.path("detail").asString());
        assertThat(page.getByTestId("new-product-saved")).hasCount(0);
        page.getByTestId("product-search").fill(sku);
        assertThat(page.getByTestId("product-row")).hasCount(1);
    }

    @Test
    void theProductListKeepsItsSearchAndSortingThroughAReload() {
        var marker = "Url" + UUID.randomUUID().toString().substring(0, 6);
        createProduct("demo", uniqueSku(), marker + " alpha");
        createProduct("demo", uniqueSku(), marker + " beta");
        signInAs("demo", "admin", Role.MANAGER);

        assertThat(page.getByTestId("products-total")).isVisible();
        page.getByTestId("product-search").fill(marker);
        var rows = page.getByTestId("product-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText(marker + " alpha");
        page.getByTestId("product-direction").selectOption("desc");
        assertThat(rows.first()).containsText(marker + " beta");
        assertThat(page).hasURL(Pattern.compile("/admin/\\?(.+&)?q=" + marker + "(&|$)"));
        assertThat(page).hasURL(Pattern.compile("[?&]direction=desc(&|$)"));

        page.reload();

        assertThat(page.getByTestId("product-search")).hasValue(marker);
        assertThat(page.getByTestId("product-direction")).hasValue("desc");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText(marker + " beta");
        assertThat(rows.last()).containsText(marker + " alpha");
    }

    @Test
    void anAdministratorSeesTheServersFieldMessagesOnANewProduct() {
        signInAs("demo", "admin", Role.ADMIN);
        var form = page.getByTestId("new-product-form");

        form.getByLabel("SKU").fill("bad sku");
        form.getByLabel("Price level 1").fill("1.005");
        click(form, "Create product");

        assertThat(form.getByLabel("SKU")).hasAttribute("aria-invalid", "true");
        assertThat(form.getByLabel("Name")).hasAttribute("aria-invalid", "true");
        assertThat(form.getByLabel("Price level 1")).hasAttribute("aria-invalid", "true");
        assertThat(errorOf(form.getByLabel("Price level 1"))).not().isEmpty();
    }

    @Test
    void aManagerReadsTheCatalogueSettingsAndUnitsButCannotChangeTheSettings() {
        signInAs("demo", "admin", Role.MANAGER);
        for (var key : new String[] {"products", "categories", "tax-classes", "containers", "units", "catalog-settings"}) {
            assertThat(page.getByTestId("nav-" + key)).isVisible();
        }

        page.getByTestId("nav-units").click();
        assertThat(page.getByTestId("unit-row")).hasCount(6);
        assertThat(page.locator("[data-testid=unit-row][data-name=BOTTLE]")).containsText("Bottle");

        page.getByTestId("nav-catalog-settings").click();
        var form = page.getByTestId("catalog-settings-form");
        assertThat(form.getByLabel("Currency")).hasValue("MGA");
        assertThat(form.getByLabel("Currency")).isDisabled();
        assertThat(page.getByTestId("catalog-settings-readonly")).isVisible();
        assertThat(form.getByRole(AriaRole.BUTTON)).hasCount(0);

        var refused = sendAs(sessionAs("demo", Role.MANAGER), jsonRequest("/api/catalog/settings", "PUT",
                "{\"currency\":\"EUR\",\"salesPricesIncludeTax\":true,\"purchaseCostsIncludeTax\":false}"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(get("demo", "/api/catalog/settings").body().path("currency").asString()).isEqualTo("MGA");
    }

    @Test
    void anAdministratorSavesTheCatalogueSettings() {
        signInAs("acme", "admin", Role.ADMIN);
        page.getByTestId("nav-catalog-settings").click();
        var form = page.getByTestId("catalog-settings-form");

        form.getByLabel("Currency").fill("eu");
        click(form, "Save");
        assertThat(form.getByLabel("Currency")).hasAttribute("aria-invalid", "true");

        form.getByLabel("Currency").fill("MGA");
        click(form, "Save");
        assertThat(page.getByTestId("catalog-settings-saved")).isVisible();
        assertThat(page.getByTestId("catalog-settings-readonly")).hasCount(0);
    }

    private Locator row(String testId, String name) {
        return page.locator("[data-testid=" + testId + "][data-name='" + name + "']");
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

    private String productIdInUrl() {
        var url = page.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static JsonNode problemOf(Response response) {
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.contentType()).contains("problem+json");
        return response.body();
    }

    private JsonNode created(Response response) {
        if (response.status() != 201) {
            throw new AssertionError("not created: " + response.raw().body());
        }
        return response.body();
    }

    private JsonNode createContainerType(String tenant, String code, String name, String kind, String deposit) {
        return created(post(tenant, "/api/catalog/containers", """
                {"code":"%s","name":"%s","kind":"%s","deposit":"%s"}
                """.formatted(code, name, kind, deposit)));
    }
}
