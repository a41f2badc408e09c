package io.elif.catalog;

import java.util.UUID;

/** A container type and how many of it, as given when attaching containers. */
public record ContainerQuantity(UUID containerTypeId, int quantity) {
}
