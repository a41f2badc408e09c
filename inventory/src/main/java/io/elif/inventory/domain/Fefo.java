package io.elif.inventory.domain;

import java.util.ArrayList;
import java.util.List;

/** First-expired-first-out: takes a quantity from balances already sorted by best-before date, earliest first. */
public final class Fefo {

    /** A balance stock may be taken from, and how much of it is free. */
    public record Candidate(long balanceId, String lot, long available) {
    }

    /** How much to take from which balance. */
    public record Take(long balanceId, long quantity) {
    }

    /** The takes, and what could not be covered (0 when the candidates suffice). */
    public record Allocation(List<Take> takes, long shortfall) {

        public long covered() {
            return takes.stream().mapToLong(Take::quantity).sum();
        }
    }

    private Fefo() {
    }

    public static Allocation allocate(List<Candidate> candidates, long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a quantity to take is positive: " + quantity);
        }
        var takes = new ArrayList<Take>();
        var left = quantity;
        for (var candidate : candidates) {
            if (left == 0) {
                break;
            }
            var take = Math.min(left, candidate.available());
            if (take > 0) {
                takes.add(new Take(candidate.balanceId(), take));
                left -= take;
            }
        }
        return new Allocation(List.copyOf(takes), left);
    }
}
