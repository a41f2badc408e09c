package io.elif.bootstrap.web;

/**
 * The one rule for text that comes from outside: no control characters and no unpaired UTF-16 surrogates.
 * PostgreSQL refuses NUL, and a lone surrogate has no UTF-8 form, so either would fail deep inside a request;
 * the other controls have no business in a name, a code or a search. Free text in JSON bodies (descriptions,
 * notes) may hold tab, line feed and carriage return; query parameters, path variables and headers may not.
 */
final class InputText {

    static final String REFUSAL = "must not contain control characters or unpaired surrogates";

    private InputText() {
    }

    static boolean isClean(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return false;
            }
        }
        return true;
    }
}
