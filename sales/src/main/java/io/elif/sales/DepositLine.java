package io.elif.sales;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A sale's containers of one type, as reporting and the customer's container balance need them.
 *
 * @param quantity  how many the sale's lines carried: consigned + exchanged + due
 * @param consigned paid for now, at the unit deposit
 * @param exchanged empties brought back at the sale (they entered the warehouse's count of empties)
 * @param due       owed by the customer
 * @param amount    consigned x unit deposit, rounded: held money, never revenue
 */
public record DepositLine(UUID containerTypeId, String code, BigDecimal unitDeposit, long quantity, long consigned,
                          long exchanged, long due, BigDecimal amount) {
}
