package io.elif.sales.domain;

import java.time.Instant;

/** A manager's price on a line instead of the catalogue's: why, who and when. */
public record PriceOverride(String reason, String by, Instant at) {
}
