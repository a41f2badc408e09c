package io.elif.inventory.domain;

/** Why stock was adjusted by hand: losses lower it, finds raise it, a correction goes either way. */
public enum AdjustmentReason {
    BREAKAGE(-1), THEFT(-1), EXPIRED(-1), FOUND(1), CORRECTION(0);

    private final int direction;

    AdjustmentReason(int direction) {
        this.direction = direction;
    }

    /** -1: only decreases, 1: only increases, 0: either. */
    public int direction() {
        return direction;
    }
}
