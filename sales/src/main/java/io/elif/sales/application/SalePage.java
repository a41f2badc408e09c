package io.elif.sales.application;

import java.util.List;

/** One page of sales, newest first, with the number of sales the filter matches. */
public record SalePage(List<SaleSummary> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
