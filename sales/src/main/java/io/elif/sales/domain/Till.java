package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A cash register of the tenant: a code people read (1 to 20 of A-Z, 0-9 and '-', unique whatever the case) and a
 * name. Every tenant starts with {@code TILL-1}; managers add, rename and retire tills. A retired till takes no new
 * session.
 */
public record Till(UUID id, String code, String name, boolean active) {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 120;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    public Till {
        Objects.requireNonNull(id, "id");
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 1 to 20 letters, digits or '-'");
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new InvalidInputException("name", "must be 1 to " + NAME_MAX + " characters");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\t') >= 0) {
            throw new InvalidInputException("name", "must be one line");
        }
    }
}
