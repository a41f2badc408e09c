package io.elif.inventory.application;

/** Short sequential numbers per kind and year, such as T-2026-000001; never the same twice, even under load. */
public interface DocumentNumbers {

    String next(String prefix, int year);
}
