package nl.buurtkracht.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.directory.ServiceImportReport;
import nl.buurtkracht.directory.ServiceImports;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page where a community builder uploads a CSV file of services and sees what went wrong, row by row. */
@Controller
class ServiceImportController {

    /** A page of a thousand table rows is still usable; beyond that, fixing the first ones comes first. */
    static final int SHOWN_PROBLEMS = 1000;

    /** The outcome shown above the form. */
    record ResultView(ServiceImportReport report, List<ServiceTexts.Problem> problems, int moreProblems) {}

    private final ServiceImports imports;
    private final ServiceTexts texts;
    private final FormErrors formErrors;

    ServiceImportController(ServiceImports imports, ServiceTexts texts, FormErrors formErrors) {
        this.imports = imports;
        this.texts = texts;
        this.formErrors = formErrors;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxMegabytes", ServiceImports.MAX_MEGABYTES);
        model.addAttribute("maxRows", ServiceImports.MAX_ROWS);
    }

    @GetMapping("/services/import")
    String page(Model model) {
        model.addAttribute("onlyValidRows", false);
        return "directory/import";
    }

    @PostMapping("/services/import")
    String importServices(
        @RequestParam(required = false) @Nullable MultipartFile file,
        @RequestParam(defaultValue = "false") boolean onlyValidRows,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) throws IOException {
        model.addAttribute("onlyValidRows", onlyValidRows);
        if (file == null || file.isEmpty()) {
            formErrors.addTo(model, InvalidInput.of("file", "services.import.file.required"), locale);
            return "directory/import";
        }
        ServiceImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = imports.importServices(user, in, onlyValidRows);
        }
        List<ServiceTexts.Problem> rows = report
            .problems()
            .stream()
            .limit(SHOWN_PROBLEMS)
            .map(p -> texts.problem(p, locale))
            .map(p -> new ServiceTexts.Problem(p.line(), texts.fieldLabel(p.field(), locale), p.message()))
            .toList();
        model.addAttribute("result", new ResultView(report, rows, report.problems().size() - rows.size()));
        return "directory/import";
    }
}
