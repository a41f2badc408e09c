package io.elif.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** How many containers of a type one base unit or one pack carries. */
public record ContainerLoad(UUID containerTypeId, String code, String name, ContainerKind kind, BigDecimal deposit,
                            int quantity) {
}
