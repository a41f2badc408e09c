package io.elif.kernel;

/**
 * Input that passed the edge's checks but breaks a rule of the module (a format, a range that depends on other
 * data): 400 {@code validation}, with the field path as the edge's own refusals give it.
 */
public class InvalidInputException extends Refusal {

    public InvalidInputException(String field, String message) {
        super(Kind.INVALID, "validation", "Invalid input", message, java.util.Map.of(), field, null);
    }
}
