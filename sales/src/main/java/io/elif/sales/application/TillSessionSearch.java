package io.elif.sales.application;

import io.elif.sales.domain.TillSession;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the sessions list is filtered by; every filter may be absent (null).
 *
 * @param clerk who opened the session
 * @param from  first business date of opening, inclusive
 * @param to    last business date of opening, inclusive
 */
public record TillSessionSearch(UUID tillId, String clerk, TillSession.State state, LocalDate from, LocalDate to,
                                int page, int size) {
}
