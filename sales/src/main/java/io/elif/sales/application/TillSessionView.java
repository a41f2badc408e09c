package io.elif.sales.application;

import io.elif.sales.domain.CashLedger;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;

import java.util.List;

/** A session with its ledger summed (expected, live while open) and its lines. */
public record TillSessionView(TillSession session, CashLedger ledger, List<TillMovement> movements) {

    public TillSessionView {
        movements = List.copyOf(movements);
    }
}
