package io.elif.reporting.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;
import io.elif.sales.SoldLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How each sales document moves the daily rollups (docs/reporting.md): a completed sale counts on its business day
 * with its revenue net of tax, its tax and its cost at issue; a return takes its goods' revenue, tax and cost share
 * off on its own business day, booked to the sale's clerk; deposits are never revenue. What customers owe moves
 * with sales (and their deposits), payments, returns' credits and refunds.
 */
public final class SaleBook {

    private SaleBook() {
    }

    /**
     * A completed sale as reporting keeps it for its later returns.
     *
     * @param categories each product's category key when it was sold ('' for none)
     */
    public record BookedSale(UUID saleId, String number, String clerk, LocalDate businessDate,
                             List<ProductCost> products, Map<UUID, String> categories) {

        public BookedSale {
            products = List.copyOf(products);
            categories = Map.copyOf(categories);
        }

        String categoryOf(UUID productId) {
            return categories.getOrDefault(productId, Dimension.WHOLE_DAY);
        }
    }

    /** What a sale adds to the rollups, and the sale as kept for its returns. */
    public record Entry(List<Contribution> contributions, BookedSale sale) {
    }

    /** What a return takes off the rollups, and the sale's products after it. */
    public record Reversal(List<Contribution> contributions, List<ProductCost> products) {
    }

    /**
     * A completed sale's rollups.
     *
     * @param categories each product's category key now ('' or absent for none), as the catalogue's events said
     */
    public static Entry completed(SaleCompleted sale, MoneyUnit unit, Map<UUID, String> categories) {
        var units = new LinkedHashMap<UUID, Long>();
        var unitCosts = new LinkedHashMap<UUID, BigDecimal>();
        var lines = new LinkedHashMap<UUID, List<SoldLine>>();
        for (var line : sale.lines()) {
            units.merge(line.productId(), line.baseUnits(), Long::sum);
            unitCosts.putIfAbsent(line.productId(), line.unitCost() == null ? BigDecimal.ZERO : line.unitCost());
            lines.computeIfAbsent(line.productId(), id -> new ArrayList<>()).add(line);
        }
        var products = units.entrySet().stream()
                .map(entry -> ProductCost.issued(entry.getKey(), entry.getValue(), unitCosts.get(entry.getKey()), unit))
                .toList();
        var contributions = new ArrayList<Contribution>();
        var day = sale.businessDate();
        var cost = sum(products.stream().map(ProductCost::cost).toList());
        var total = new Contribution(day, Dimension.TOTAL, Dimension.WHOLE_DAY, sum(units.values()),
                sale.total().subtract(sale.tax()), sale.tax(), cost, 1, sale.total().add(sale.depositTotal()));
        contributions.add(total);
        contributions.addAll(perDocument(total, sale.customerId(), sale.clerk(), sale.warehouseId()));
        for (var product : products) {
            var productLines = lines.get(product.productId());
            var amount = sum(productLines.stream().map(SoldLine::amount).toList());
            var tax = sum(productLines.stream().map(SoldLine::tax).toList());
            contributions.add(new Contribution(day, Dimension.PRODUCT, product.productId().toString(),
                    product.baseUnits(), amount.subtract(tax), tax, product.cost(), 1, BigDecimal.ZERO));
        }
        var kept = new LinkedHashMap<UUID, String>();
        for (var product : products) {
            kept.put(product.productId(), categories.getOrDefault(product.productId(), Dimension.WHOLE_DAY));
        }
        var booked = new BookedSale(sale.saleId(), sale.number(), sale.clerk(), day, products, kept);
        contributions.addAll(byCategory(contributions, booked, 1));
        return new Entry(contributions, booked);
    }

    public static Reversal returned(ReturnAccepted accepted, BookedSale sale, MoneyUnit unit) {
        var returnedUnits = new LinkedHashMap<UUID, Long>();
        var amounts = new LinkedHashMap<UUID, BigDecimal>();
        var taxes = new LinkedHashMap<UUID, BigDecimal>();
        for (var line : accepted.lines()) {
            returnedUnits.merge(line.productId(), line.baseUnits(), Long::sum);
            amounts.merge(line.productId(), line.amount(), BigDecimal::add);
            taxes.merge(line.productId(), line.tax(), BigDecimal::add);
        }
        var products = new ArrayList<ProductCost>();
        var contributions = new ArrayList<Contribution>();
        var day = accepted.businessDate();
        var cost = BigDecimal.ZERO;
        for (var product : sale.products()) {
            Long quantity = returnedUnits.remove(product.productId());
            if (quantity == null) {
                products.add(product);
                continue;
            }
            var after = product.returned(quantity, unit);
            var share = after.returnedCost().subtract(product.returnedCost());
            cost = cost.add(share);
            products.add(after);
            var tax = taxes.get(product.productId());
            contributions.add(new Contribution(day, Dimension.PRODUCT, product.productId().toString(), -quantity,
                    amounts.get(product.productId()).subtract(tax).negate(), tax.negate(), share.negate(), 0,
                    BigDecimal.ZERO));
        }
        if (!returnedUnits.isEmpty()) {
            throw new IllegalArgumentException("return " + accepted.number() + " takes back products sale "
                    + sale.number() + " never sold: " + returnedUnits.keySet());
        }
        var credit = accepted.total().add(accepted.depositRefund());
        var total = new Contribution(day, Dimension.TOTAL, Dimension.WHOLE_DAY,
                -accepted.lines().stream().mapToLong(ReturnAccepted.Line::baseUnits).sum(),
                accepted.total().subtract(accepted.tax()).negate(), accepted.tax().negate(), cost.negate(), 0,
                accepted.refund().subtract(credit));
        contributions.addAll(byCategory(contributions, sale, 0));
        contributions.addAll(0, perDocument(total, accepted.customerId(), sale.clerk(), accepted.warehouseId()));
        contributions.addFirst(total);
        return new Reversal(contributions, products);
    }

    /** A payment lowers what customers owe on its business day. */
    public static Contribution paid(PaymentReceived payment) {
        return new Contribution(payment.businessDate(), Dimension.TOTAL, Dimension.WHOLE_DAY, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, payment.amount().negate());
    }

    /** The products' rows of one document added up per category (a sale counts once in each of its categories). */
    private static List<Contribution> byCategory(List<Contribution> contributions, BookedSale sale, int salesCount) {
        var rows = new TreeMap<String, Contribution>();
        for (var row : contributions) {
            if (row.dimension() != Dimension.PRODUCT) {
                continue;
            }
            var category = sale.categoryOf(UUID.fromString(row.key()));
            var before = rows.get(category);
            rows.put(category, before == null ? new Contribution(row.day(), Dimension.CATEGORY, category,
                    row.quantity(), row.revenue(), row.tax(), row.cost(), salesCount, BigDecimal.ZERO)
                    : new Contribution(row.day(), Dimension.CATEGORY, category, before.quantity() + row.quantity(),
                    before.revenue().add(row.revenue()), before.tax().add(row.tax()), before.cost().add(row.cost()),
                    salesCount, BigDecimal.ZERO));
        }
        return List.copyOf(rows.values());
    }

    private static List<Contribution> perDocument(Contribution total, UUID customerId, String clerk, UUID warehouseId) {
        return List.of(total.on(Dimension.CUSTOMER, customerId == null ? "" : customerId.toString()),
                total.on(Dimension.CLERK, clerk), total.on(Dimension.WAREHOUSE, warehouseId.toString()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long sum(Collection<Long> quantities) {
        return quantities.stream().mapToLong(Long::longValue).sum();
    }
}
