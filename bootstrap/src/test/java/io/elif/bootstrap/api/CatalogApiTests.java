package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's endpoints over HTTP: settings, reference data, products, packs, prices, containers, barcodes. */
class CatalogApiTests extends ApiTestSupport {

    @Test
    void settingsAreReadByEveryoneAndChangedByTheAdministratorOnly() {
        var sales = sendAs(sessionAs("demo", Role.SALES), HttpRequest.newBuilder(uri("/api/catalog/settings")).GET());
        assertThat(sales.status()).isEqualTo(200);
        assertThat(sales.body().get("currency").asString()).matches("[A-Z]{3}");

        var changed = put("demo", "/api/catalog/settings",
                "{\"currency\":\"MGA\",\"salesPricesIncludeTax\":true,\"purchaseCostsIncludeTax\":false}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("salesPricesIncludeTax").asBoolean()).isTrue();
        assertThat(fields(put("demo", "/api/catalog/settings",
                "{\"currency\":\"mga\",\"salesPricesIncludeTax\":true,\"purchaseCostsIncludeTax\":false}"))).containsExactly("currency");
        assertThat(putAs(Role.MANAGER, "/api/catalog/settings",
                "{\"currency\":\"EUR\",\"salesPricesIncludeTax\":true,\"purchaseCostsIncludeTax\":false}").status()).isEqualTo(403);
        assertThat(get("demo", "/api/catalog/settings").body().get("currency").asString()).isEqualTo("MGA");
    }

    @Test
    void unitsAreAFixedList() {
        var units = get("demo", "/api/catalog/units").body();

        assertThat(units.valueStream().map(unit -> unit.get("code").asString()))
                .containsExactly("BOTTLE", "CAN", "PIECE", "LITRE", "KILOGRAM", "PACK");
        assertThat(units.get(0).get("name").asString()).isEqualTo("Bottle");
    }

    @Test
    void categoriesHaveUniqueNamesWhateverTheCase() {
        var name = "Ciders " + uniqueSku();
        var created = post("demo", "/api/catalog/categories", "{\"name\":\"" + name + "\",\"sellable\":true}");
        assertThat(created.status()).isEqualTo(201);
        var id = created.body().get("id").asString();

        var duplicate = post("demo", "/api/catalog/categories", "{\"name\":\"" + name.toUpperCase() + "\",\"sellable\":false}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-category");

        var renamed = put("demo", "/api/catalog/categories/" + id, "{\"name\":\"" + name + " (empties)\",\"sellable\":false}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("sellable").asBoolean()).isFalse();
        assertThat(get("demo", "/api/catalog/categories").body().valueStream().map(category -> category.get("id").asString()))
                .contains(id);
        assertThat(put("demo", "/api/catalog/categories/" + java.util.UUID.randomUUID(), "{\"name\":\"X\"}").status()).isEqualTo(404);
        assertThat(fields(post("demo", "/api/catalog/categories", "{\"name\":\" \"}"))).containsExactly("name");
    }

    @Test
    void taxClassRatesArePercentagesWithTwoDecimals() {
        var name = "Reduced " + uniqueSku();
        var created = post("demo", "/api/catalog/tax-classes", "{\"name\":\"" + name + "\",\"rate\":\"5.5\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("rate").asString()).isEqualTo("5.50");

        var changed = put("demo", "/api/catalog/tax-classes/" + created.body().get("id").asString(),
                "{\"name\":\"" + name + "\",\"rate\":\"10.00\"}");
        assertThat(changed.body().get("rate").asString()).isEqualTo("10.00");
        assertThat(fields(post("demo", "/api/catalog/tax-classes", "{\"name\":\"Odd\",\"rate\":\"5.555\"}"))).containsExactly("rate");
        assertThat(fields(post("demo", "/api/catalog/tax-classes", "{\"name\":\"Odd\",\"rate\":\"100.01\"}"))).containsExactly("rate");
        assertThat(post("demo", "/api/catalog/tax-classes", "{\"name\":\"" + name.toLowerCase() + "\",\"rate\":\"1\"}")
                .body().get("type").asString()).endsWith("/duplicate-tax-class");
    }

    @Test
    void containerTypesHaveUniqueCodesAndADeposit() {
        var code = "BTL-" + uniqueSku().substring(4);
        var created = post("demo", "/api/catalog/containers",
                "{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"Bottle 65cl\",\"kind\":\"BOTTLE\",\"deposit\":\"300\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("code").asString()).isEqualTo(code);
        assertThat(created.body().get("deposit").asString()).isEqualTo("300.00");

        var duplicate = post("demo", "/api/catalog/containers",
                "{\"code\":\"" + code + "\",\"name\":\"Copy\",\"kind\":\"CRATE\",\"deposit\":\"1\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-container-code");
        var changed = put("demo", "/api/catalog/containers/" + created.body().get("id").asString(),
                "{\"name\":\"Bottle 65cl (brown)\",\"deposit\":\"350.00\"}");
        assertThat(changed.body().get("deposit").asString()).isEqualTo("350.00");
        assertThat(changed.body().get("kind").asString()).isEqualTo("BOTTLE");
        assertThat(fields(post("demo", "/api/catalog/containers",
                "{\"code\":\"X\",\"name\":\"X\",\"kind\":\"CAN\",\"deposit\":\"-1\"}"))).contains("kind");
        assertThat(fields(post("demo", "/api/catalog/containers",
                "{\"code\":\"X\",\"name\":\"X\",\"kind\":\"CRATE\",\"deposit\":\"-1\"}"))).containsExactly("deposit");
    }

    @Test
    void aProductWithBarcodesPricesAndStockRulesIsCreatedReadAndChanged() {
        var sku = uniqueSku();
        var barcode = uniqueBarcode();
        var body = productBody("demo", sku, "THB Pilsener 65cl")
                .put("description", "Malagasy lager")
                .put("minimumStock", 24)
                .put("maximumStock", 480)
                .put("storageLocation", "A12");
        body.putArray("barcodes").add(barcode);
        body.putObject("prices").put("LEVEL_1", "3500.00").put("LEVEL_2", "3400").put("WHOLESALE", "3200.5");

        var created = createProduct("demo", body);

        assertThat(created.get("sku").asString()).isEqualTo(sku);
        assertThat(created.get("categoryName").asString()).isEqualTo("Beer");
        assertThat(created.get("taxClassName").asString()).isEqualTo("Standard");
        assertThat(created.get("taxRate").asString()).isEqualTo("20.00");
        assertThat(created.get("sellable").asBoolean()).isTrue();
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(created.get("minimumStock").asLong()).isEqualTo(24);
        assertThat(created.get("maximumStock").asLong()).isEqualTo(480);
        assertThat(created.get("barcodes").get(0).asString()).isEqualTo(barcode);
        assertThat(created.get("price").asString()).isEqualTo("3500.00");
        assertThat(created.get("prices").get("WHOLESALE").asString()).isEqualTo("3200.50");
        assertThat(created.get("packs").size()).isZero();

        var id = created.get("id").asString();
        var newBarcode = uniqueBarcode();
        var changed = put("demo", "/api/catalog/products/" + id, """
                {"name":"THB 65cl","description":"","categoryId":"%s","taxClassId":"%s","minimumStock":12,
                 "maximumStock":null,"storageLocation":"B3","barcodes":["%s"]}
                """.formatted(categoryId("demo", "Lager"), taxClassId("demo", "Standard"), newBarcode));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("THB 65cl");
        assertThat(changed.body().get("categoryName").asString()).isEqualTo("Lager");
        assertThat(changed.body().get("maximumStock").isNull()).isTrue();
        assertThat(changed.body().get("sku").asString()).isEqualTo(sku);
        assertThat(get("demo", "/api/catalog/barcodes/" + barcode).status()).as("the old barcode is free again").isEqualTo(404);
        assertThat(get("demo", "/api/catalog/barcodes/" + newBarcode).body().get("productId").asString()).isEqualTo(id);
    }

    @Test
    void deactivationIsReversibleAndFilterable() {
        var id = createProduct("demo", uniqueSku(), "Seasonal ale").get("id").asString();

        assertThat(post("demo", "/api/catalog/products/" + id + "/deactivate", "").body().get("active").asBoolean()).isFalse();
        assertThat(post("demo", "/api/catalog/products/" + id + "/deactivate", "").status()).isEqualTo(200);
        assertThat(get("demo", "/api/catalog/products?q=Seasonal ale&active=false".replace(" ", "%20")).body().get("items")
                .valueStream().map(item -> item.get("id").asString())).contains(id);
        assertThat(post("demo", "/api/catalog/products/" + id + "/activate", "").body().get("active").asBoolean()).isTrue();
        assertThat(post("demo", "/api/catalog/products/" + java.util.UUID.randomUUID() + "/activate", "").status()).isEqualTo(404);
    }

    @Test
    void searchFiltersSortsAndFindsPacksByTheirBarcode() {
        var marker = "Srch" + uniqueSku().substring(4);
        var empties = post("demo", "/api/catalog/categories", "{\"name\":\"Empties " + marker + "\",\"sellable\":false}")
                .body().get("id").asString();
        var a = createProduct("demo", marker + "-A", marker + " cola").get("id").asString();
        var b = createProduct("demo", productBody("demo", marker + "-B", marker + " empty crate").put("categoryId", empties))
                .get("id").asString();
        var packBarcode = uniqueBarcode();
        post("demo", "/api/catalog/products/" + a + "/packs", "{\"name\":\"Pack of 6\",\"unitsPerPack\":6,\"barcode\":\"" + packBarcode + "\"}");

        var bySkuDescending = get("demo", "/api/catalog/products?q=" + marker + "&sort=sku&direction=desc").body();
        assertThat(ids(bySkuDescending)).containsExactly(b, a);
        assertThat(bySkuDescending.get("totalItems").asLong()).isEqualTo(2);
        var first = bySkuDescending.get("items").get(0);
        assertThat(first.get("categoryName").asString()).isEqualTo("Empties " + marker);
        assertThat(first.get("sellable").asBoolean()).isFalse();
        assertThat(first.get("price").asString()).isEqualTo("3500.00");
        assertThat(first.get("taxRate").asString()).isEqualTo("20.00");
        assertThat(ids(get("demo", "/api/catalog/products?q=" + marker + "&sellable=true").body())).containsExactly(a);
        assertThat(ids(get("demo", "/api/catalog/products?q=" + marker + "&categoryId=" + empties).body())).containsExactly(b);
        assertThat(ids(get("demo", "/api/catalog/products?q=" + packBarcode).body())).containsExactly(a);
        assertThat(ids(get("demo", "/api/catalog/products?q=" + marker + "&sort=createdAt&size=1").body())).containsExactly(a);
        assertThat(fields(get("demo", "/api/catalog/products?sort=price"))).containsExactly("sort");
        assertThat(fields(get("demo", "/api/catalog/products?direction=up"))).containsExactly("direction");

        var lookup = get("demo", "/api/catalog/barcodes/" + packBarcode).body();
        assertThat(lookup.get("productId").asString()).isEqualTo(a);
        assertThat(lookup.get("unitsPerPack").asInt()).isEqualTo(6);
        assertThat(lookup.get("packId").isNull()).isFalse();
        assertThat(lookup.get("product").get("sku").asString()).isEqualTo(marker.toUpperCase() + "-A");
        var unknown = get("demo", "/api/catalog/barcodes/" + uniqueBarcode());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void packsHaveTheirOwnBarcodePricesAndContainers() {
        var id = createProduct("demo", uniqueSku(), "THB 33cl").get("id").asString();
        var bottle = containerType("BOTTLE", "200");
        var crate = containerType("CRATE", "3000");

        var pack = post("demo", "/api/catalog/products/" + id + "/packs",
                "{\"name\":\"Crate of 24\",\"unitsPerPack\":24,\"barcode\":\"" + uniqueBarcode() + "\",\"prices\":{\"LEVEL_1\":\"51000\",\"WHOLESALE\":\"47000.00\"}}");
        assertThat(pack.status()).isEqualTo(201);
        assertThat(pack.body().get("unitsPerPack").asInt()).isEqualTo(24);
        assertThat(pack.body().get("prices").get("LEVEL_1").asString()).isEqualTo("51000.00");
        var packId = pack.body().get("id").asString();

        var renamed = put("demo", "/api/catalog/products/" + id + "/packs/" + packId, "{\"name\":\"STAR crate of 24\",\"barcode\":null}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("name").asString()).isEqualTo("STAR crate of 24");
        assertThat(renamed.body().get("barcode").isNull()).isTrue();

        var carried = put("demo", "/api/catalog/products/" + id + "/containers", """
                {"packId":"%s","containers":[{"containerTypeId":"%s","quantity":1},{"containerTypeId":"%s","quantity":24}]}
                """.formatted(packId, crate, bottle));
        assertThat(carried.status()).isEqualTo(200);
        assertThat(carried.body().size()).isEqualTo(2);
        assertThat(put("demo", "/api/catalog/products/" + id + "/containers",
                "{\"containers\":[{\"containerTypeId\":\"%s\",\"quantity\":1}]}".formatted(bottle)).status()).isEqualTo(200);

        var detail = get("demo", "/api/catalog/products/" + id).body();
        assertThat(detail.get("containers").get(0).get("deposit").asString()).isEqualTo("200.00");
        assertThat(detail.get("containers").get(0).get("quantity").asInt()).isEqualTo(1);
        var packDetail = detail.get("packs").get(0);
        assertThat(packDetail.get("containers").valueStream().map(load -> load.get("kind").asString() + "x" + load.get("quantity").asInt()))
                .containsExactlyInAnyOrder("CRATEx1", "BOTTLEx24");
        assertThat(packDetail.get("prices").get("WHOLESALE").asString()).isEqualTo("47000.00");
    }

    @Test
    void badPackAndContainerInputNamesTheField() {
        var id = createProduct("demo", uniqueSku(), "Cola").get("id").asString();

        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/packs", "{\"name\":\"Single\",\"unitsPerPack\":1}")))
                .containsExactly("unitsPerPack");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/packs", "{\"name\":\"Odd\",\"unitsPerPack\":6.5}")))
                .containsExactly("unitsPerPack");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/packs", "{\"name\":\"Six\",\"unitsPerPack\":6,\"barcode\":\"12345678\"}")))
                .containsExactly("barcode");
        assertThat(fields(put("demo", "/api/catalog/products/" + id + "/containers",
                "{\"containers\":[{\"containerTypeId\":\"%s\",\"quantity\":1}]}".formatted(java.util.UUID.randomUUID()))))
                .containsExactly("containers[0].containerTypeId");
        assertThat(fields(put("demo", "/api/catalog/products/" + id + "/containers",
                "{\"containers\":[{\"containerTypeId\":\"%s\",\"quantity\":0}]}".formatted(containerType("BOTTLE", "100")))))
                .containsExactly("containers[0].quantity");
        assertThat(fields(put("demo", "/api/catalog/products/" + id + "/containers",
                "{\"packId\":\"%s\",\"containers\":[]}".formatted(java.util.UUID.randomUUID())))).containsExactly("packId");
        assertThat(put("demo", "/api/catalog/products/" + id + "/packs/" + java.util.UUID.randomUUID(), "{\"name\":\"X\"}").status())
                .isEqualTo(404);
        assertThat(get("demo", "/api/catalog/products/" + id).body().get("packs").size()).isZero();
    }

    @Test
    void pricesAreAppendedWithWhoAndWhenAndTheHistoryIsNewestFirst() {
        var id = createProduct("demo", uniqueSku(), "Gold 65cl").get("id").asString();
        var nextWeek = LocalDate.now().plusDays(7);

        var raise = post("demo", "/api/catalog/products/" + id + "/prices",
                "{\"level\":\"LEVEL_1\",\"amount\":\"3800\",\"validFrom\":\"" + nextWeek + "\"}");
        assertThat(raise.status()).isEqualTo(201);
        assertThat(raise.body().get("recordedBy").asString()).isEqualTo(ADMIN);
        var wholesale = postAs(Role.MANAGER, "/api/catalog/products/" + id + "/prices", "{\"level\":\"WHOLESALE\",\"amount\":\"3000.10\"}");
        assertThat(wholesale.status()).isEqualTo(201);
        assertThat(wholesale.body().get("recordedBy").asString()).isEqualTo("manager_user");
        assertThat(wholesale.body().get("validFrom").asString()).isEqualTo(LocalDate.now().toString());

        var history = get("demo", "/api/catalog/products/" + id + "/prices").body();
        assertThat(history.valueStream().map(change -> change.get("level").asString() + " " + change.get("amount").asString()))
                .containsExactly("LEVEL_1 3800.00", "WHOLESALE 3000.10", "LEVEL_1 3500.00");
        var detail = get("demo", "/api/catalog/products/" + id).body();
        assertThat(detail.get("price").asString()).as("a future price waits for its day").isEqualTo("3500.00");
        assertThat(detail.get("prices").get("WHOLESALE").asString()).isEqualTo("3000.10");

        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/prices", "{\"level\":\"LEVEL_2\",\"amount\":\"1.005\"}")))
                .containsExactly("amount");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/prices", "{\"level\":\"LEVEL_2\",\"amount\":\"-1\"}")))
                .containsExactly("amount");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/prices",
                "{\"level\":\"LEVEL_2\",\"amount\":\"1\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"}"))).containsExactly("validFrom");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/prices",
                "{\"packId\":\"" + java.util.UUID.randomUUID() + "\",\"level\":\"LEVEL_2\",\"amount\":\"1\"}"))).containsExactly("packId");
        assertThat(fields(post("demo", "/api/catalog/products/" + id + "/prices", "{\"level\":\"LEVEL_9\",\"amount\":\"1\"}")))
                .containsExactly("level");
        assertThat(get("demo", "/api/catalog/products/" + id + "/prices").body().size()).isEqualTo(3);
    }

    @Test
    void badProductInputIsRefusedWithTheFieldAndWritesNothing() {
        var sku = uniqueSku();
        var unknownCategory = productBody("demo", sku, "Ghost").put("categoryId", java.util.UUID.randomUUID().toString());
        var unknownTaxClass = productBody("demo", sku, "Ghost").put("taxClassId", java.util.UUID.randomUUID().toString());
        var badBarcode = productBody("demo", sku, "Ghost");
        badBarcode.putArray("barcodes").add(uniqueBarcode()).add("5449000000995");
        var noLevelOne = productBody("demo", sku, "Ghost");
        noLevelOne.putObject("prices").put("LEVEL_2", "1");
        var limits = productBody("demo", sku, "Ghost").put("minimumStock", 10).put("maximumStock", 5);

        assertThat(fields(post("demo", "/api/catalog/products", unknownCategory.toString()))).containsExactly("categoryId");
        assertThat(fields(post("demo", "/api/catalog/products", unknownTaxClass.toString()))).containsExactly("taxClassId");
        assertThat(fields(post("demo", "/api/catalog/products", badBarcode.toString()))).containsExactly("barcodes[1]");
        assertThat(fields(post("demo", "/api/catalog/products", noLevelOne.toString()))).containsExactly("prices[LEVEL_1]");
        assertThat(fields(post("demo", "/api/catalog/products", limits.toString()))).containsExactly("maximumStock");
        assertThat(get("demo", "/api/catalog/products?q=" + sku).body().get("totalItems").asInt()).isZero();
    }

    @Test
    void aProductWithATakenBarcodeIsNotCreatedAtAll() {
        var barcode = uniqueBarcode();
        var owner = createProduct("demo", uniqueSku(), "Owner").get("id").asString();
        post("demo", "/api/catalog/products/" + owner + "/packs", "{\"name\":\"Crate\",\"unitsPerPack\":20,\"barcode\":\"" + barcode + "\"}");
        var sku = uniqueSku();
        var body = productBody("demo", sku, "Copycat");
        body.putArray("barcodes").add(uniqueBarcode()).add(barcode);

        var response = post("demo", "/api/catalog/products", body.toString());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("type").asString()).endsWith("/duplicate-barcode");
        assertThat(response.body().get("detail").asString()).contains(barcode);
        assertThat(queryTenantDatabase("demo", "select count(*) from catalog.product where sku = ?", sku)).isEqualTo(0L);
    }

    @Test
    void salesAndWarehouseCannotChangeTheCatalogue() {
        var id = createProduct("demo", uniqueSku(), "Guarded").get("id").asString();
        for (var role : List.of(Role.SALES, Role.WAREHOUSE)) {
            assertThat(postAs(role, "/api/catalog/products", productBody("demo", uniqueSku(), "X").toString()).status()).isEqualTo(403);
            assertThat(putAs(role, "/api/catalog/products/" + id, "{}").status()).isEqualTo(403);
            assertThat(postAs(role, "/api/catalog/products/" + id + "/prices", "{\"level\":\"LEVEL_1\",\"amount\":\"1\"}").status())
                    .isEqualTo(403);
            assertThat(postAs(role, "/api/catalog/products/" + id + "/packs", "{\"name\":\"X\",\"unitsPerPack\":2}").status()).isEqualTo(403);
            assertThat(postAs(role, "/api/catalog/products/" + id + "/deactivate", "").status()).isEqualTo(403);
            assertThat(postAs(role, "/api/catalog/categories", "{\"name\":\"X\"}").status()).isEqualTo(403);
            assertThat(sendAs(sessionAs("demo", role), HttpRequest.newBuilder(uri("/api/catalog/products/" + id + "/prices")).GET())
                    .status()).isEqualTo(403);
            assertThat(sendAs(sessionAs("demo", role), HttpRequest.newBuilder(uri("/api/catalog/products/" + id)).GET())
                    .status()).isEqualTo(200);
        }
        assertThat(get("demo", "/api/catalog/products/" + id).body().get("active").asBoolean()).isTrue();
    }

    @Test
    void anotherTenantsProductIsUnknown() {
        var barcode = uniqueBarcode();
        var body = productBody("demo", uniqueSku(), "Demo only");
        body.putArray("barcodes").add(barcode);
        var id = createProduct("demo", body).get("id").asString();

        assertThat(get("acme", "/api/catalog/products/" + id).status()).isEqualTo(404);
        var change = productBody("acme", "IGNORED", "Hijack");
        change.remove(List.of("sku", "baseUnit", "prices"));
        assertThat(put("acme", "/api/catalog/products/" + id, change.toString()).status()).isEqualTo(404);
        assertThat(post("acme", "/api/catalog/products/" + id + "/prices", "{\"level\":\"LEVEL_1\",\"amount\":\"1\"}").status()).isEqualTo(404);
        assertThat(post("acme", "/api/catalog/products/" + id + "/deactivate", "").status()).isEqualTo(404);
        assertThat(get("acme", "/api/catalog/products/" + id + "/prices").status()).isEqualTo(404);
        assertThat(get("acme", "/api/catalog/barcodes/" + barcode).status()).isEqualTo(404);
        assertThat(get("demo", "/api/catalog/products/" + id).body().get("active").asBoolean()).isTrue();
    }

    @Test
    void concurrentCreationsWithOneBarcodeGiveExactlyOneProduct() throws Exception {
        var barcode = uniqueBarcode();
        var bodies = new ArrayList<String>();
        for (int i = 0; i < 16; i++) {
            var body = productBody("demo", uniqueSku(), "Racer " + i);
            body.putArray("barcodes").add(barcode);
            bodies.add(body.toString());
        }
        var answers = concurrently(bodies.stream()
                .<Callable<Response>>map(body -> () -> post("demo", "/api/catalog/products", body)).toList());
        var statuses = answers.stream().map(Response::status).toList();
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.body().get("type").asString()).endsWith("/duplicate-barcode"));

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(bodies.size() - 1);
        assertThat(queryTenantDatabase("demo", "select count(*) from catalog.barcode where code = ?", barcode)).isEqualTo(1L);
        assertThat(get("demo", "/api/catalog/products?q=" + barcode).body().get("totalItems").asInt()).isOne();
    }

    private String containerType(String kind, String deposit) {
        return post("demo", "/api/catalog/containers", "{\"code\":\"C-%s\",\"name\":\"%s\",\"kind\":\"%s\",\"deposit\":\"%s\"}"
                .formatted(uniqueSku().substring(4), kind, kind, deposit)).body().get("id").asString();
    }
}
