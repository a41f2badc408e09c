package io.elif.purchasing.application;

import io.elif.catalog.ItemRef;
import io.elif.kernel.InvalidInputException;
import io.elif.purchasing.domain.OrderLine;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.UnitCosts;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * An order's lines as the supplier sells them: each product's pack must be one the supplier lists, in a quantity it
 * takes (its minimum, its multiple), at the cost given or else the one agreed; the tax rate is the product's tax
 * class's. Refusals name the line's field; nothing is locked or written here.
 */
@Service
public class OrderPricing {

    private final PurchasedItems items;
    private final Suppliers suppliers;

    OrderPricing(PurchasedItems items, Suppliers suppliers) {
        this.items = items;
        this.suppliers = suppliers;
    }

    public List<OrderLine> lines(Supplier supplier, List<OrderLineRequest> requests) {
        if (requests.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        var refs = requests.stream().map(request -> new ItemRef(request.productId(), request.packId())).toList();
        var known = items.known(refs, i -> "lines[" + i + "].");
        var scale = items.moneyScale();
        var lines = new ArrayList<OrderLine>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            var path = "lines[" + i + "].";
            var item = known.get(refs.get(i));
            var offer = suppliers.offer(supplier.id(), request.productId(), request.packId()).orElseThrow(() ->
                    new InvalidInputException(path + "packId", "the supplier does not sell this product in this pack"));
            offer.checkOrderable(request.quantity(), path + "quantity");
            var cost = UnitCosts.checked(request.unitCost() != null ? request.unitCost() : offer.agreedUnitCost(),
                    path + "unitCost");
            if (cost == null) {
                throw new InvalidInputException(path + "unitCost", "no cost is agreed with the supplier: give one");
            }
            lines.add(OrderLine.priced(i + 1, item.productId(), item.packId(), item.sku(), item.name(), item.unitsPerPack(),
                    request.quantity(), cost, item.taxRate(), scale));
        }
        return lines;
    }
}
