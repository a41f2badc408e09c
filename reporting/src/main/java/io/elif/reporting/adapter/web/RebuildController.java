package io.elif.reporting.adapter.web;

import io.elif.reporting.application.RebuildReadModels;
import io.elif.reporting.application.Rebuilt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator's rebuild of the tenant's read models from the events they were fed. */
@Tag(name = "Reporting")
@RestController
class RebuildController {

    private final RebuildReadModels rebuildReadModels;

    RebuildController(RebuildReadModels rebuildReadModels) {
        this.rebuildReadModels = rebuildReadModels;
    }

    @Operation(summary = "Rebuild the tenant's read models from the events they were fed",
            description = "Empties the rollups and books every event reporting's listeners were given again, oldest "
                    + "first, in one transaction: the figures after it equal those before, and a report added later "
                    + "gets its history. Events arriving meanwhile wait for it and are booked once.",
            responses = @ApiResponse(responseCode = "200", description = "How many events of each kind were replayed"))
    @PostMapping("/api/reporting/rebuild")
    Rebuilt rebuild() {
        return rebuildReadModels.rebuild();
    }
}
