package io.elif.sales;

import io.elif.kernel.Refusal;

import java.util.Map;

/**
 * A session opened on a till that has one open already, or by a clerk who has one: 409 {@code till-session-open},
 * with {@code conflict} ({@code TILL} or {@code CLERK}). One open session per till and per clerk; the database decides
 * between concurrent openings. Nothing was written.
 */
public class TillSessionOpenException extends Refusal {

    public enum Conflict { TILL, CLERK }

    public TillSessionOpenException(Conflict conflict, String detail) {
        super(Kind.CONFLICT, "till-session-open", "A till session is open already", detail,
                Map.of("conflict", conflict.name()));
    }
}
