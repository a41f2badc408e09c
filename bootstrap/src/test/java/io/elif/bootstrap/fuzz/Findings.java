package io.elif.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every broken rule of a run, collected so that one run reports them all: grouped by rule, and the same
 * outcome for several callers on one line.
 */
final class Findings {

    enum Rule {
        SERVER_ERROR("a 5xx answer"),
        SLOW("more than three seconds"),
        NOT_PROBLEM_JSON("a 4xx answer that is not application/problem+json with a type"),
        ACCEPTED_INVALID("a request the document makes invalid was accepted"),
        CHANGED_WHEN_REFUSED("a refused request changed business data"),
        EVENT_NOT_DELIVERED("an event publication still incomplete 10 s after an accepted request");

        final String description;

        Rule(String description) {
            this.description = description;
        }
    }

    private record Key(Rule rule, String operation, String mutation, String outcome) {
    }

    private final Map<Key, Set<String>> callers = new LinkedHashMap<>();

    void add(Rule rule, String operation, String caller, String mutation, String outcome) {
        callers.computeIfAbsent(new Key(rule, operation, mutation, outcome), key -> new TreeSet<>()).add(caller);
    }

    boolean isEmpty() {
        return callers.isEmpty();
    }

    /** Per rule, the number of findings (one per operation, mutation and outcome, whoever called). */
    Map<Rule, Long> counts() {
        return callers.keySet().stream().collect(Collectors.groupingBy(Key::rule, TreeMap::new, Collectors.counting()));
    }

    String report() {
        var lines = new ArrayList<String>();
        counts().forEach((rule, count) -> {
            lines.add("");
            lines.add("== " + rule + ": " + rule.description + " (" + count + ")");
            callers.forEach((key, who) -> {
                if (key.rule() == rule) {
                    lines.add(key.operation() + " | " + key.mutation() + " | " + key.outcome() + " | as " + String.join(", ", who));
                }
            });
        });
        return String.join("\n", lines);
    }

    static String truncate(String text, int length) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length) + "...";
    }
}
