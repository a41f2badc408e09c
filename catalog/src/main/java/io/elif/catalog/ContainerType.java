package io.elif.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A returnable bottle or crate and the deposit it carries. */
public record ContainerType(UUID id, String code, String name, ContainerKind kind, BigDecimal deposit) {
}
