package io.elif.purchasing.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Who did something to a document, and when (to the microsecond, as PostgreSQL keeps it: one answer before and after). */
public record Stamp(String by, Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }
}
