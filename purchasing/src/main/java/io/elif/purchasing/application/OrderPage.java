package io.elif.purchasing.application;

import java.util.List;

public record OrderPage(List<OrderSummary> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
