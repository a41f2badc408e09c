package io.elif.bootstrap.fuzz;

import io.elif.bootstrap.fuzz.BadValues.Raw;

import java.util.List;

/** One change to an operation's valid request; its label names it in the report. */
sealed interface Mutation {

    String label();

    /** The valid request itself: it shows how far valid input gets, and is held to the same rules. */
    record None() implements Mutation {
        public String label() {
            return "none (the valid request)";
        }
    }

    /** One field of the valid body set to a bad value; the field is a path of property names and indexes. */
    record FieldValue(List<Object> field, Raw value) implements Mutation {
        public String label() {
            return "body " + name(field) + " = " + value.label();
        }
    }

    record FieldMissing(List<Object> field) implements Mutation {
        public String label() {
            return "body without required " + name(field);
        }
    }

    /** A top-level property written twice, the valid value first. */
    record DuplicateKey(String property, Raw second) implements Mutation {
        public String label() {
            return "body with " + property + " twice (then " + second.label() + ")";
        }
    }

    /** A property the schema does not have, added to the valid body. */
    record ExtraProperty(String name, Raw value) implements Mutation {
        public String label() {
            return "body with extra property " + name + " = " + value.label();
        }
    }

    /** The whole body replaced (sent as JSON). */
    record Body(String label, byte[] bytes) implements Mutation {
    }

    /** The valid body under another Content-Type, or none (null). */
    record ContentType(String contentType) implements Mutation {
        public String label() {
            return "Content-Type " + (contentType == null ? "missing" : contentType);
        }
    }

    /** A mutation, and whether the document makes the request it causes invalid, so that it must be refused. */
    record Case(Mutation mutation, boolean mustBeRefused) {
    }

    record PathValue(String parameter, Raw value) implements Mutation {
        public String label() {
            return "path " + parameter + " = " + value.label();
        }
    }

    /** A query parameter added with a bad value (or twice, when its raw text names it again). */
    record QueryValue(String parameter, Raw value) implements Mutation {
        public String label() {
            return "query " + parameter + " = " + value.label();
        }
    }

    static String name(List<Object> field) {
        var name = new StringBuilder();
        for (var part : field) {
            if (part instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(part);
            }
        }
        return name.toString();
    }
}
