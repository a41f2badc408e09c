package io.elif.inventory.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.kernel.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Requests name products by id: an id the catalogue does not know is bad input (400 naming the field), not a
 * stock card opened by mistake. Other modules call the inventory with ids they took from the catalogue.
 */
@Component
class KnownProducts {

    private final Catalog catalog;

    KnownProducts(Catalog catalog) {
        this.catalog = catalog;
    }

    void require(UUID productId, String field) {
        if (productId != null && catalog.findProduct(productId).isEmpty()) {
            throw new InvalidInputException(field, "is not a product of this company");
        }
    }

    /** A read of one product's stock answers 404 for a product the catalogue does not know, as the product would. */
    void requireFound(UUID productId) {
        if (catalog.findProduct(productId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No product " + productId);
        }
    }

    <T> void requireEach(List<T> lines, Function<T, UUID> productId) {
        for (int i = 0; i < lines.size(); i++) {
            require(productId.apply(lines.get(i)), "lines[" + i + "].productId");
        }
    }
}
