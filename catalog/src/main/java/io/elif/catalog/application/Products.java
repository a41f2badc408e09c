package io.elif.catalog.application;

import io.elif.catalog.DuplicateSkuException;
import io.elif.catalog.ProductPage;
import io.elif.catalog.domain.Product;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue's products, as stored. */
public interface Products {

    /** @throws DuplicateSkuException when another product has the SKU */
    void add(Product product);

    Optional<Product> byId(UUID id);

    ProductPage search(String text, int page, int size);

    long count();

    Map<UUID, BigDecimal> levelOnePrices(Collection<UUID> ids);
}
