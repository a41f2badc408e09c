package io.elif.inventory;

import java.util.Objects;
import java.util.UUID;

/**
 * A number of empty containers of one type, named by the catalogue's code and name at the time.
 *
 * @param quantity a movement's count (positive) or a warehouse's count
 */
public record EmptiesCount(UUID containerTypeId, String code, String name, long quantity) {

    public EmptiesCount {
        Objects.requireNonNull(containerTypeId, "containerTypeId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
