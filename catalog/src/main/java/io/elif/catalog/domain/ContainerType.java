package io.elif.catalog.domain;

import io.elif.catalog.ContainerKind;

import java.math.BigDecimal;
import java.util.UUID;

/** A returnable bottle or crate and the deposit it carries. */
public record ContainerType(UUID id, String code, String name, ContainerKind kind, BigDecimal deposit) {
}
