package io.elif.identity.application;

import java.util.List;
import java.util.function.Function;

public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, totalItems);
    }
}
