package io.elif.inventory.adapter.web;

import io.elif.inventory.application.ExpiringLot;
import io.elif.inventory.application.ProductStock;
import io.elif.inventory.application.StockBalance;
import io.elif.inventory.application.StockOverview;
import io.elif.inventory.application.WarehouseStock;
import io.elif.inventory.domain.StockValue;
import io.elif.inventory.domain.Stocktake;
import io.elif.inventory.StockLevel;
import io.elif.inventory.adapter.web.AdjustmentController.LevelResponse;
import io.elif.inventory.adapter.web.StockController.BalanceResponse;
import io.elif.inventory.adapter.web.StockController.ExpiringLotResponse;
import io.elif.inventory.adapter.web.StockController.OverviewPage;
import io.elif.inventory.adapter.web.StockController.OverviewRow;
import io.elif.inventory.adapter.web.StockController.ProductStockResponse;
import io.elif.inventory.adapter.web.StockController.StockLevelResponse;
import io.elif.inventory.adapter.web.StockController.StockValueResponse;
import io.elif.inventory.adapter.web.StockController.WarehouseStockResponse;
import io.elif.inventory.adapter.web.StockController.WarehouseValueResponse;
import io.elif.inventory.adapter.web.StocktakeController.LineResponse;
import io.elif.inventory.adapter.web.StocktakeController.StocktakeResponse;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;

/** The inventory's values as its responses carry them; amounts as decimal strings, as every amount of the API. */
@Mapper
interface InventoryWebMapper {

    @Mapping(target = "available", expression = "java(level.available())")
    LevelResponse toResponse(StockLevel level);

    List<LevelResponse> toLevelResponses(List<StockLevel> levels);

    WarehouseStockResponse toResponse(WarehouseStock stock);

    StockLevelResponse toLevelResponse(ProductStock stock);

    List<StockLevelResponse> toStockLevelResponses(List<ProductStock> stocks);

    ProductStockResponse toResponse(ProductStock stock);

    @Mapping(target = "available", expression = "java(balance.available())")
    BalanceResponse toResponse(StockBalance balance);

    @Mapping(target = "available", expression = "java(row.available())")
    OverviewRow toResponse(StockOverview.Row row);

    List<OverviewRow> toRowResponses(List<StockOverview.Row> rows);

    OverviewPage toResponse(StockOverview overview);

    @Mapping(target = "expired", expression = "java(lot.expired())")
    ExpiringLotResponse toResponse(ExpiringLot lot);

    List<ExpiringLotResponse> toLotResponses(List<ExpiringLot> lots);

    StockValueResponse toResponse(StockValue value, String currency);

    WarehouseValueResponse toResponse(StockValue.WarehouseValue value);

    StocktakeResponse toResponse(Stocktake sheet);

    List<StocktakeResponse> toStocktakeResponses(List<Stocktake> sheets);

    @Mapping(target = "variance", expression = "java(line.variance())")
    LineResponse toResponse(Stocktake.Line line);

    default String amount(BigDecimal amount) {
        return amount.toPlainString();
    }
}
