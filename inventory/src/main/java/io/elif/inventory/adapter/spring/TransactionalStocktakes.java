package io.elif.inventory.adapter.spring;

import io.elif.inventory.Stocktake;
import io.elif.inventory.Stocktakes;
import io.elif.inventory.application.CountStock;
import io.elif.inventory.application.StocktakeSheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class TransactionalStocktakes implements Stocktakes {

    private static final int LIST_LIMIT = 200;

    private final CountStock countStock;
    private final StocktakeSheets sheets;

    TransactionalStocktakes(CountStock countStock, StocktakeSheets sheets) {
        this.countStock = countStock;
        this.sheets = sheets;
    }

    @Override
    @Transactional
    public Stocktake start(UUID locationId, boolean blind, String actor) {
        return shown(countStock.start(locationId, blind, actor));
    }

    @Override
    @Transactional
    public Stocktake count(UUID stocktakeId, List<Stocktake.Count> counts) {
        countStock.count(stocktakeId, counts);
        return shown(stocktakeId);
    }

    @Override
    @Transactional
    public Stocktake submit(UUID stocktakeId, String actor) {
        countStock.submit(stocktakeId, actor);
        return shown(stocktakeId);
    }

    @Override
    @Transactional
    public Stocktake approve(UUID stocktakeId, String actor) {
        countStock.approve(stocktakeId, actor);
        return shown(stocktakeId);
    }

    @Override
    @Transactional
    public Stocktake cancel(UUID stocktakeId, String actor) {
        countStock.cancel(stocktakeId, actor);
        return shown(stocktakeId);
    }

    @Override
    public Optional<Stocktake> stocktake(UUID stocktakeId) {
        return sheets.byId(stocktakeId).map(Stocktake::asShown);
    }

    @Override
    public List<Stocktake> stocktakes(Stocktake.State state) {
        return sheets.list(state, LIST_LIMIT);
    }

    private Stocktake shown(UUID stocktakeId) {
        return stocktake(stocktakeId).orElseThrow();
    }
}
