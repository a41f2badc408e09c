package io.elif.sales;

import io.elif.kernel.Refusal;


/**
 * Cash taken or given back by someone without an open till session, or moved through a closed one: 409
 * {@code till-closed}. Nothing of the request was written.
 */
public class TillClosedException extends Refusal {

    public TillClosedException(String detail) {
        super(Kind.CONFLICT, "till-closed", "Open a till session first", detail);
    }

    /** The clerk has no open session. */
    public static TillClosedException noSession(String clerk) {
        return new TillClosedException(clerk + " has no open till session: open a till session first, cash goes "
                + "through a till");
    }

    /** The session is closed. */
    public static TillClosedException closed(String tillCode) {
        return new TillClosedException("The session on " + tillCode + " is closed: it takes no cash");
    }
}
