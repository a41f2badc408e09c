package io.elif.identity;

/** What a user may do in their tenant; a user may hold several. See docs/permissions.md. */
public enum Role {
    /** Everything in the tenant, users and settings included. */
    ADMIN,
    /** Everything but users and tenant settings; sees costs and margins. */
    MANAGER,
    /** Order desk and point of sale; never sees costs or margins, changes no prices or stock. */
    SALES,
    /** Receiving, stock movements, stocktakes; no money. */
    WAREHOUSE
}
