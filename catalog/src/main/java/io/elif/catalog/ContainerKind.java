package io.elif.catalog;

/** What a returnable container is. */
public enum ContainerKind {
    BOTTLE, CRATE
}
