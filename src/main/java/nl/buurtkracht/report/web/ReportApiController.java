package nl.buurtkracht.report.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.report.AreaReport;
import nl.buurtkracht.report.Figure;
import nl.buurtkracht.report.ReportPeriod;
import nl.buurtkracht.report.Reports;
import nl.buurtkracht.report.internal.Suppression;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report API: a neighbourhood's or street's report for a period as JSON, or as CSV with
 * {@code Accept: text/csv}. Suppressed cells have no value ({@code "value": null, "shown": "< 10"} or
 * {@code "x"}). A
 * period that is not right answers 400 naming the field ({@code from} or {@code to}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    /**
     * A figure as JSON: the value is absent when suppressed; {@code hidden} then says why ("small": about
     * fewer than ten people, shown "< 10"; "complement": it would give a small one away, shown "x").
     */
    record FigureJson(
        String section,
        String measure,
        @Nullable BigDecimal value,
        boolean suppressed,
        @Nullable String hidden,
        String shown
    ) {}

    record StreetJson(long id, String name, List<FigureJson> figures) {}

    record ReportJson(
        String level,
        long id,
        String name,
        long neighbourhoodId,
        String neighbourhoodName,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        int suppressedBelow,
        List<FigureJson> figures,
        List<StreetJson> streets
    ) {}

    private final Reports reports;
    private final ReportFiles files;

    ReportApiController(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping(path = "/neighbourhoods/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportJson neighbourhood(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return json(reports.neighbourhood(user, id, ReportPeriod.parse(from, to, reports.today())));
    }

    @GetMapping(path = "/neighbourhoods/{id}", produces = "text/csv")
    ResponseEntity<byte[]> neighbourhoodCsv(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        return csv(reports.neighbourhood(user, id, ReportPeriod.parse(from, to, reports.today())), locale);
    }

    @GetMapping(path = "/streets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportJson street(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return json(reports.street(user, id, ReportPeriod.parse(from, to, reports.today())));
    }

    @GetMapping(path = "/streets/{id}", produces = "text/csv")
    ResponseEntity<byte[]> streetCsv(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        return csv(reports.street(user, id, ReportPeriod.parse(from, to, reports.today())), locale);
    }

    private ResponseEntity<byte[]> csv(AreaReport report, Locale locale) {
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(files.csv(report, locale).getBytes(StandardCharsets.UTF_8));
    }

    private static ReportJson json(AreaReport report) {
        var area = report.area();
        return new ReportJson(
            area.level().name(),
            area.id(),
            area.name(),
            area.neighbourhoodId(),
            area.neighbourhoodName(),
            report.period().from(),
            report.period().to(),
            report.generatedAt(),
            Suppression.THRESHOLD,
            figures(report.figures()),
            report
                .streets()
                .stream()
                .map(s -> new StreetJson(s.streetId(), s.streetName(), figures(s.figures())))
                .toList()
        );
    }

    private static List<FigureJson> figures(List<Figure> figures) {
        return figures
            .stream()
            .map(f ->
                new FigureJson(
                    f.measure().section().name().toLowerCase(Locale.ROOT),
                    f.measure().key(),
                    f.value(),
                    f.suppressed(),
                    f.hidden() == null ? null : f.hidden().name().toLowerCase(Locale.ROOT),
                    f.shown()
                )
            )
            .toList();
    }
}
