package io.elif.inventory;

import io.elif.kernel.Refusal;

import java.util.Map;

/** A warehouse or location code that is taken already. */
public class DuplicateCodeException extends Refusal {

    public DuplicateCodeException(String what, String code) {
        super(Kind.CONFLICT, "duplicate-code", "Code taken", "A " + what + " with code " + code + " exists already",
                Map.of("value", code));
    }
}
