package io.elif.bootstrap.fuzz;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Real records, created through the API before fuzzing, whose ids fill path parameters and id fields of
 * valid bodies: a mutation of one field then meets the checks of an existing resource (a product's
 * change, a transfer's receipt) instead of a 404 on the first id. An id nothing here names is a random
 * UUID, and the log lists those names, so that a new kind of resource can be given a seed.
 */
final class FuzzSeeds {

    /** Sends one request as the tenant's administrator and answers the body of its 2xx response. */
    interface AdminApi {
        JsonNode call(String method, String path, String json);
    }

    /** Which seed an id parameter or field means, by its name (path parameters "id" go by the segment before them). */
    private static final Map<String, String> KIND_OF_NAME = Map.ofEntries(
            Map.entry("productId", "products"), Map.entry("productIds", "products"), Map.entry("sourceProductId", "products"),
            Map.entry("targetProductId", "otherProducts"), Map.entry("packId", "packs"),
            Map.entry("categoryId", "categories"), Map.entry("taxClassId", "tax-classes"),
            Map.entry("containerTypeId", "containers"), Map.entry("warehouseId", "warehouses"),
            Map.entry("locationId", "locations"), Map.entry("fromLocationId", "locations"),
            Map.entry("toLocationId", "otherLocations"), Map.entry("code", "barcodes"),
            Map.entry("supplierId", "suppliers"), Map.entry("supplierProductId", "supplier-products"),
            Map.entry("orderId", "orders"));

    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> unseeded = new TreeSet<>();

    static FuzzSeeds create(AdminApi api, String barcode) {
        var seeds = new FuzzSeeds();
        seeds.seed(api, barcode);
        return seeds;
    }

    /** The seeded id for this parameter or field of this operation's path, or a random UUID. */
    String idFor(String name, String path) {
        var kind = name.equals("id") ? segmentBefore(path, "{id}") : KIND_OF_NAME.get(name);
        var id = kind == null ? null : ids.get(kind);
        if (id == null) {
            unseeded.add(name + " in " + path);
            return UUID.randomUUID().toString();
        }
        return id;
    }

    Set<String> unseeded() {
        return unseeded;
    }

    private void seed(AdminApi api, String barcode) {
        var category = api.call("POST", "/api/catalog/categories", "{\"name\": \"Fuzz beers\", \"sellable\": true}");
        var taxClass = api.call("POST", "/api/catalog/tax-classes", "{\"name\": \"Fuzz rate\", \"rate\": \"20.00\"}");
        var container = api.call("POST", "/api/catalog/containers",
                "{\"code\": \"FZ-CRATE\", \"name\": \"Fuzz crate\", \"kind\": \"CRATE\", \"deposit\": \"1.50\"}");
        ids.put("categories", id(category));
        ids.put("tax-classes", id(taxClass));
        ids.put("containers", id(container));
        var product = api.call("POST", "/api/catalog/products", product("FZ-LAGER", "Fuzz lager", null));
        var other = api.call("POST", "/api/catalog/products", product("FZ-BOTTLE", "Fuzz bottle", barcode));
        ids.put("products", id(product));
        ids.put("otherProducts", id(other));
        ids.put("barcodes", barcode);
        ids.put("packs", id(api.call("POST", "/api/catalog/products/" + id(product) + "/packs",
                "{\"name\": \"Fuzz six\", \"unitsPerPack\": 6}")));

        var main = api.call("GET", "/api/inventory/warehouses", null).get(0);
        var depot = api.call("POST", "/api/inventory/warehouses", "{\"code\": \"FZ-DEPOT\", \"name\": \"Fuzz depot\"}");
        ids.put("warehouses", id(depot));
        ids.put("locations", id(depot.get("locations").get(0)));
        ids.put("otherLocations", id(defaultLocation(main)));
        api.call("POST", "/api/inventory/receipts", """
                {"locationId": "%s", "reference": "FZ-STOCK", "lines": [{"productId": "%s", "quantity": 1000},
                 {"productId": "%s", "quantity": 1000}]}""".formatted(ids.get("locations"), id(product), id(other)));
        ids.put("transfers", id(api.call("POST", "/api/inventory/transfers", """
                {"fromLocationId": "%s", "toLocationId": "%s", "lines": [{"productId": "%s", "quantity": 1}]}"""
                .formatted(ids.get("locations"), ids.get("otherLocations"), id(product)))));
        var counted = main.get("locations").valueStream().filter(location -> !location.get("isDefault").asBoolean())
                .findFirst().orElseThrow();
        ids.put("stocktakes", id(api.call("POST", "/api/inventory/stocktakes", "{\"locationId\": \"%s\"}".formatted(id(counted)))));

        var supplier = id(api.call("POST", "/api/purchasing/suppliers", "{\"code\": \"FZ-SUP\", \"name\": \"Fuzz supplier\"}"));
        ids.put("suppliers", supplier);
        ids.put("supplier-products", id(api.call("POST", "/api/purchasing/suppliers/" + supplier + "/products", """
                {"productId": "%s", "packId": "%s", "agreedUnitCost": "12"}""".formatted(id(product), ids.get("packs")))));
        ids.put("orders", id(api.call("POST", "/api/purchasing/orders", """
                {"supplierId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 2}]}"""
                .formatted(supplier, id(product), ids.get("packs")))));
        api.call("POST", "/api/purchasing/orders/" + ids.get("orders") + "/send", "");
        ids.put("deliveries", id(api.call("POST", "/api/purchasing/deliveries", """
                {"orderId": "%s", "lines": [{"lineNo": 1, "quantity": 1}]}""".formatted(ids.get("orders")))));

        ids.put("users", id(api.call("POST", "/api/identity/users", """
                {"username": "fuzz_target", "email": "fuzz_target@fuzz.example", "displayName": "Fuzz target",
                 "roles": ["SALES"], "password": "fuzz-target-pass-2026"}""")));
        ids.put("tokens", id(api.call("POST", "/api/identity/me/tokens", "{\"name\": \"Fuzz token\"}")));
    }

    private String product(String sku, String name, String barcode) {
        return """
                {"sku": "%s", "name": "%s", "categoryId": "%s", "taxClassId": "%s", "baseUnit": "BOTTLE",
                 "prices": {"LEVEL_1": "2.50"}, "barcodes": [%s], "minimumStock": 1}"""
                .formatted(sku, name, ids.get("categories"), ids.get("tax-classes"), barcode == null ? "" : "\"" + barcode + "\"");
    }

    private static JsonNode defaultLocation(JsonNode warehouse) {
        return warehouse.get("locations").valueStream().filter(location -> location.get("isDefault").asBoolean())
                .findFirst().orElseThrow();
    }

    private static String segmentBefore(String path, String parameter) {
        var segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals(parameter)) {
                return segments[i - 1];
            }
        }
        return null;
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }
}
