package io.elif.bootstrap.api;

import io.elif.bootstrap.GeneratedDocs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json is the API the code serves: the build fails when they differ (regenerate with
 * {@code -Delif.docs.write=true}, see {@link GeneratedDocs}), and the build lints it (docs/redocly.yaml).
 */
class OpenApiExportTests extends ApiTestSupport {

    @Test
    void docsHoldTheOpenApiDocumentTheApplicationServes() {
        var document = (tools.jackson.databind.node.ObjectNode) get(null, "/v3/api-docs").body();
        document.remove("servers");

        assertThat(document.get("paths").propertyNames())
                .contains("/api/catalog/products", "/api/catalog/products/{id}", "/api/inventory/stock",
                        "/api/inventory/stock/{productId}", "/api/tenant");
        GeneratedDocs.check("openapi.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }
}
