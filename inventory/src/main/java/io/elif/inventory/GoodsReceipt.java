package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** Goods booked into one location under one document reference; {@code locationId} null means the default one. */
public record GoodsReceipt(UUID locationId, String reference, String actor, List<ReceiptLine> lines) {
}
