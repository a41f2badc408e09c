package io.elif.inventory.adapter.web;

import io.elif.inventory.EmptiesStock;
import io.elif.inventory.application.KeepEmpties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The empty returnable containers standing in each warehouse. */
@Tag(name = "Stock", description = "Stock per product, warehouse, location and lot, and the lists people work from")
@RestController
class EmptiesController {

    private final KeepEmpties empties;

    EmptiesController(KeepEmpties empties) {
        this.empties = empties;
    }

    @Operation(summary = "Empty crates and bottles per warehouse and container type, as customers brought them back")
    @GetMapping("/api/inventory/empties")
    List<EmptiesStock> empties() {
        return empties.stock();
    }
}
