package io.elif.catalog.adapter.web;

import java.util.List;

record ProductPageResponse(List<ProductResponse> items, int page, int size, long totalItems, long totalPages) {
}
