package io.elif.purchasing;

import io.elif.kernel.Refusal;

import java.util.LinkedHashMap;

/**
 * A delivery would receive more of an order's line than is still awaited, without a manager's override: 409
 * {@code over-delivery} with the line's figures. Nothing was booked.
 */
public class OverDeliveryException extends Refusal {

    public OverDeliveryException(String order, int lineNo, String sku, int ordered, int received, int arriving) {
        super(Kind.CONFLICT, "over-delivery", "More than ordered",
                "Line " + lineNo + " of " + order + " (" + sku + ") ordered " + ordered + " packs, " + received
                        + " received already: " + arriving + " more needs a manager's override with a reason",
                parameters(order, lineNo, sku, ordered, received, arriving));
    }

    private static LinkedHashMap<String, Object> parameters(String order, int lineNo, String sku, int ordered, int received,
                                                            int arriving) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("order", order);
        parameters.put("line", lineNo);
        parameters.put("sku", sku);
        parameters.put("ordered", ordered);
        parameters.put("received", received);
        parameters.put("arriving", arriving);
        return parameters;
    }
}
