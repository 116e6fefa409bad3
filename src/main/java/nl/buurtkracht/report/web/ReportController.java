package nl.buurtkracht.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import nl.buurtkracht.report.AreaReport;
import nl.buurtkracht.report.Measure;
import nl.buurtkracht.report.ReportPeriod;
import nl.buurtkracht.report.Reports;
import nl.buurtkracht.report.internal.Suppression;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Report pages: the neighbourhoods one may read, and a neighbourhood's or street's report for a period
 * (the last whole quarter unless chosen), with its CSV and PDF. A period that is not right is shown
 * again with the field named.
 */
@Controller
class ReportController {

    private final Reports reports;
    private final ReportFiles files;
    private final FormErrors formErrors;

    ReportController(Reports reports, ReportFiles files, FormErrors formErrors) {
        this.reports = reports;
        this.files = files;
        this.formErrors = formErrors;
    }

    @GetMapping("/reports")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = reports.today();
        model.addAttribute("neighbourhoods", reports.readable(user));
        model.addAttribute("lastQuarter", ReportPeriod.lastQuarter(today));
        model.addAttribute("thisYear", new ReportPeriod(today.withDayOfYear(1), today));
        return "report/index";
    }

    @GetMapping("/reports/neighbourhoods/{id}")
    String neighbourhood(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale,
        HttpServletResponse response
    ) {
        return show(true, id, from, to, user, model, locale, response);
    }

    @GetMapping("/reports/streets/{id}")
    String street(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale,
        HttpServletResponse response
    ) {
        return show(false, id, from, to, user, model, locale, response);
    }

    @GetMapping("/reports/neighbourhoods/{id}/report.csv")
    ResponseEntity<byte[]> csv(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        return file(id, from, to, user, report ->
            download(
                files.csv(report, locale).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                ReportFiles.fileName(report, "csv")
            )
        );
    }

    @GetMapping("/reports/neighbourhoods/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        return file(id, from, to, user, report ->
            download(files.pdf(report, locale), MediaType.APPLICATION_PDF, ReportFiles.fileName(report, "pdf"))
        );
    }

    /** A neighbourhood's report as a file; a period that does not read goes back to the page, which says why. */
    private ResponseEntity<byte[]> file(
        long id,
        @Nullable String from,
        @Nullable String to,
        CurrentUser user,
        Function<AreaReport, ResponseEntity<byte[]>> asFile
    ) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, reports.today());
        } catch (InvalidInput e) {
            return backToPage(id, from, to);
        }
        return asFile.apply(reports.neighbourhood(user, id, period));
    }

    private String show(
        boolean neighbourhood,
        long id,
        @Nullable String from,
        @Nullable String to,
        CurrentUser user,
        Model model,
        Locale locale,
        HttpServletResponse response
    ) {
        LocalDate today = reports.today();
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, today);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            period = ReportPeriod.lastQuarter(today);
        }
        AreaReport report = neighbourhood ? reports.neighbourhood(user, id, period) : reports.street(user, id, period);
        model.addAttribute("report", report);
        // After a mistake the form shows what was typed, and the figures are left out.
        boolean failed = model.containsAttribute("errors");
        model.addAttribute("failed", failed);
        model.addAttribute("from", failed ? from : period.from());
        model.addAttribute("to", failed ? to : period.to());
        model.addAttribute("threshold", Suppression.THRESHOLD);
        model.addAttribute("sections", Measure.Section.values());
        model.addAttribute("dayFormat", DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        model.addAttribute(
            "generated",
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .format(report.generatedAt())
        );
        return "report/report";
    }

    private static ResponseEntity<byte[]> backToPage(long id, @Nullable String from, @Nullable String to) {
        var location = UriComponentsBuilder.fromPath("/reports/neighbourhoods/{id}")
            .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
            .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
            .buildAndExpand(id)
            .encode()
            .toUri();
        return ResponseEntity.status(303).location(location).build();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(body);
    }
}
