package io.elif.catalog.domain;

import java.util.UUID;

/** A group of products; products of a category that is not sellable are kept out of the order desk. */
public record Category(UUID id, String name, boolean sellable) {
}
