package io.elif.inventory;

/** A warehouse or location code that is taken already. */
public class DuplicateCodeException extends RuntimeException {

    public DuplicateCodeException(String what, String code) {
        super("A " + what + " with code " + code + " exists already");
    }
}
