package io.elif.purchasing.application;

import io.elif.purchasing.GoodsReceived;

/** Where purchasing's facts go; delivered to other modules after the transaction commits. */
public interface PurchasingEvents {

    void goodsReceived(GoodsReceived event);
}
