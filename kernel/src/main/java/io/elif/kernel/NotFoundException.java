package io.elif.kernel;

/** What the request names does not exist for this tenant: 404 {@code not-found}. */
public class NotFoundException extends Refusal {

    public NotFoundException(String detail) {
        super(Kind.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** "No pack with id …": {@code what} names the kind of thing in words. */
    public NotFoundException(String what, Object id) {
        this("No " + what + " with id " + id);
    }
}
