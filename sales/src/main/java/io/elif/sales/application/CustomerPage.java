package io.elif.sales.application;

import java.util.List;

public record CustomerPage(List<CustomerView> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
