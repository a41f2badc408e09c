package io.elif.bootstrap.web;

/** A request parameter, path variable or header the edge refuses; answered as a validation problem naming it. */
final class RefusedInput extends RuntimeException {

    private final String field;

    RefusedInput(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
