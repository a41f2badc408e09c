package io.elif.sales.adapter.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the sales rules ask of the caller: whether commercial terms and prices are theirs to set. */
final class Callers {

    private Callers() {
    }

    /** A MANAGER or an ADMIN: sets customers' terms and overrides prices (the domain decides what that allows). */
    static boolean isManager(HttpServletRequest caller) {
        return caller.isUserInRole("MANAGER") || caller.isUserInRole("ADMIN");
    }
}
