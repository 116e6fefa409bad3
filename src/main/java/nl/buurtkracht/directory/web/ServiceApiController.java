package nl.buurtkracht.directory.web;

import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.directory.ServiceDirectory;
import nl.buurtkracht.directory.ServiceForm;
import nl.buurtkracht.directory.ServiceImportReport;
import nl.buurtkracht.directory.ServiceImports;
import nl.buurtkracht.directory.ServiceView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service directory for scripts and other systems: the same rules and reasons as the pages. A
 * CSV import answers 200 when it wrote something and 422 as a problem with every bad row when not.
 */
@RestController
@RequestMapping("/api/v1/services")
class ServiceApiController {

    /** A service as JSON; missing texts count as empty, missing coordinates as no point on the map. */
    record ServiceBody(
        @Nullable String name,
        @Nullable String purpose,
        @Nullable String contact,
        @Nullable String openingHours,
        @Nullable String address,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable List<Long> neighbourhoodIds
    ) {
        ServiceForm form() {
            return new ServiceForm(
                text(name),
                text(purpose),
                text(contact),
                text(openingHours),
                text(address),
                lat,
                lon,
                neighbourhoodIds == null ? new HashSet<>() : new HashSet<>(neighbourhoodIds)
            );
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    /** What happened to the file. */
    record ImportResult(
        int rowsRead,
        int imported,
        int updated,
        boolean applied,
        List<ServiceTexts.Problem> problems
    ) {}

    private final ServiceDirectory directory;
    private final ServiceImports imports;
    private final ServiceTexts texts;

    ServiceApiController(ServiceDirectory directory, ServiceImports imports, ServiceTexts texts) {
        this.directory = directory;
        this.imports = imports;
        this.texts = texts;
    }

    @GetMapping
    List<ServiceView> inNeighbourhood(@RequestParam long neighbourhood) {
        return directory.inNeighbourhood(neighbourhood);
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ServiceView> create(@RequestBody ServiceBody body, @AuthenticationPrincipal CurrentUser user) {
        long id = directory.create(user, body.form());
        return ResponseEntity.created(URI.create("/api/v1/services/" + id)).body(found(id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ServiceView update(
        @PathVariable long id,
        @RequestBody ServiceBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        directory.update(user, id, body.form());
        return found(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        directory.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<?> importServices(
        InputStream csv,
        @RequestParam(defaultValue = "false") boolean onlyValidRows,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        ServiceImportReport report = imports.importServices(user, csv, onlyValidRows);
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
            texts.text("services.import.api.rejected", locale, result.problems().size())
        );
        problem.setTitle(texts.text("services.import.rejected.title", locale));
        problem.setProperty("rowsRead", result.rowsRead());
        problem.setProperty("imported", result.imported());
        problem.setProperty("updated", result.updated());
        problem.setProperty("applied", result.applied());
        problem.setProperty("problems", result.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    private ServiceView found(long id) {
        return directory.find(id).orElseThrow(() -> new NotFound("service " + id));
    }
}
