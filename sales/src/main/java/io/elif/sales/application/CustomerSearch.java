package io.elif.sales.application;

/**
 * A page of customers: text contained in the name, code or phone (whatever the case), optionally only the active
 * or the inactive ones, sorted by name then code. The page size is bounded at the edge.
 *
 * @param active null for active and inactive customers
 */
public record CustomerSearch(String text, Boolean active, int page, int size) {

    public CustomerSearch {
        text = text == null ? "" : text.strip();
    }
}
