package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import io.elif.sales.domain.Sale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Sales as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindSales {

    private final Sales sales;

    FindSales(Sales sales) {
        this.sales = sales;
    }

    /** @throws NotFoundException for an unknown sale */
    public Sale byId(UUID id) {
        return sales.byId(id).orElseThrow(() -> new NotFoundException("sale", id));
    }

    public SalePage search(SaleSearch search) {
        return sales.search(search);
    }
}
