package io.elif.reporting.adapter.web;

import io.elif.reporting.adapter.web.ReportingResponses.ClerkDayResponse;
import io.elif.reporting.adapter.web.ReportingResponses.DashboardResponse;
import io.elif.reporting.application.ReadDashboard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** The manager's dashboard and a clerk's own day, read from reporting's rollups. */
@Tag(name = "Reporting", description = "Dashboards and reports from reporting's read models, fed by the other modules' events")
@RestController
class DashboardController {

    private final ReadDashboard readDashboard;
    private final ReportingWebMapper mapper;

    DashboardController(ReadDashboard readDashboard, ReportingWebMapper mapper) {
        this.readDashboard = readDashboard;
        this.mapper = mapper;
    }

    @Operation(summary = "The manager's dashboard: today, this week and this month against the same days before",
            description = "Revenue (net of tax and returns; deposits never count), sales count, average sale, cost, "
                    + "gross profit and margin, payments received and the best sellers per period; what customers "
                    + "owe. The tenant's time zone decides the business day. Figures follow the events a moment "
                    + "after each sale, return or payment commits.", responses = {
            @ApiResponse(responseCode = "200", description = "The dashboard")})
    @GetMapping("/api/reporting/dashboard")
    DashboardResponse dashboard() {
        return mapper.toResponse(readDashboard.dashboard());
    }

    @Operation(summary = "The caller's own sales and payments today, without cost or margin", responses = {
            @ApiResponse(responseCode = "200", description = "The caller's day")})
    @GetMapping("/api/reporting/my-day")
    ClerkDayResponse myDay(Principal user) {
        return mapper.toResponse(readDashboard.clerkDay(user.getName()));
    }
}
