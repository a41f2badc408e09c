package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports the API's OpenAPI document into docs/ on every build, so docs cannot drift from code. */
class OpenApiExportTests extends ApiTestSupport {

    @Test
    void exportsTheOpenApiDocument() throws IOException {
        var document = (ObjectNode) get(null, "/v3/api-docs").body();
        document.remove("servers");

        assertThat(document.get("paths").propertyNames())
                .contains("/api/catalog/products", "/api/catalog/products/{id}", "/api/inventory/stock",
                        "/api/inventory/stock/{productId}", "/api/tenant");
        var target = Path.of(System.getProperty("basedir", ".")).resolve("../docs/openapi.json").normalize();
        Files.createDirectories(target.getParent());
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }
}
