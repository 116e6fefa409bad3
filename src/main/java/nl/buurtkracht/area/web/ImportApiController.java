package nl.buurtkracht.area.web;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.AddressImports;
import nl.buurtkracht.area.AreaOutlines;
import nl.buurtkracht.area.ImportMode;
import nl.buurtkracht.area.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports for scripts: the same checks and the same all-or-nothing rule as the page. A file that
 * imported answers 200; a file that imported nothing answers 422 as an RFC 9457 problem that
 * carries the same counts and every problem.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    /** What happened to the file; {@code line} is the feature number for outlines. */
    record ImportResult(int rowsRead, int imported, int updated, boolean applied, List<ImportTexts.Problem> problems) {}

    private final AddressImports addresses;
    private final AreaOutlines outlines;
    private final ImportTexts texts;

    ImportApiController(AddressImports addresses, AreaOutlines outlines, ImportTexts texts) {
        this.addresses = addresses;
        this.outlines = outlines;
        this.texts = texts;
    }

    @PostMapping(path = "/addresses", consumes = "text/csv")
    ResponseEntity<?> importAddresses(
        InputStream csv,
        @RequestParam(defaultValue = "false") boolean onlyValidRows,
        Locale locale
    ) {
        var mode = onlyValidRows ? ImportMode.ONLY_VALID_ROWS : ImportMode.ALL_OR_NOTHING;
        return respond(addresses.importAddresses(csv, mode), locale);
    }

    @PostMapping(path = "/outlines", consumes = { "application/geo+json", "application/json" })
    ResponseEntity<?> importOutlines(InputStream geoJson, Locale locale) {
        return respond(outlines.importOutlines(geoJson), locale);
    }

    private ResponseEntity<?> respond(ImportReport report, Locale locale) {
        var result = new ImportResult(
            report.rowsRead(),
            report.imported(),
            report.updated(),
            report.applied(),
            texts.problems(report, locale)
        );
        if (report.applied()) {
            return ResponseEntity.ok(result);
        }
        var problem = ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            texts.text("imports.api.rejected", locale, result.problems().size())
        );
        problem.setTitle(texts.text("imports.rejected.title", locale));
        problem.setProperty("rowsRead", result.rowsRead());
        problem.setProperty("imported", result.imported());
        problem.setProperty("updated", result.updated());
        problem.setProperty("applied", result.applied());
        problem.setProperty("problems", result.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
