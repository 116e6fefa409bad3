package nl.buurtkracht.area.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.AddressImports;
import nl.buurtkracht.area.AreaOutlines;
import nl.buurtkracht.area.ImportMode;
import nl.buurtkracht.area.ImportReport;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page where a community builder uploads addresses and area outlines and sees what went wrong, row by row. */
@Controller
class ImportController {

    /** A page of a few thousand table rows is still usable; beyond that, fixing the first ones comes first. */
    static final int SHOWN_PROBLEMS = 1000;

    /** The outcome shown above the forms; {@code kind} is "addresses" or "outlines". */
    record ResultView(String kind, ImportReport report, List<ImportTexts.Problem> problems, int moreProblems) {}

    private final AddressImports addresses;
    private final AreaOutlines outlines;
    private final ImportTexts texts;
    private final FormErrors formErrors;

    ImportController(AddressImports addresses, AreaOutlines outlines, ImportTexts texts, FormErrors formErrors) {
        this.addresses = addresses;
        this.outlines = outlines;
        this.texts = texts;
        this.formErrors = formErrors;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxMegabytes", AddressImports.MAX_MEGABYTES);
        model.addAttribute("maxRows", AddressImports.MAX_ROWS);
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("onlyValidRows", false);
        return "imports";
    }

    @PostMapping("/imports/addresses")
    String importAddresses(
        @RequestParam(required = false) @Nullable MultipartFile file,
        @RequestParam(defaultValue = "false") boolean onlyValidRows,
        Model model,
        Locale locale
    ) throws IOException {
        model.addAttribute("onlyValidRows", onlyValidRows);
        if (file == null || file.isEmpty()) {
            formErrors.addTo(model, InvalidInput.of("addressFile", "imports.file.required"), locale);
            return "imports";
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = addresses.importAddresses(
                in,
                onlyValidRows ? ImportMode.ONLY_VALID_ROWS : ImportMode.ALL_OR_NOTHING
            );
        }
        model.addAttribute("result", view("addresses", report, locale));
        return "imports";
    }

    @PostMapping("/imports/outlines")
    String importOutlines(@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
        throws IOException {
        model.addAttribute("onlyValidRows", false);
        if (file == null || file.isEmpty()) {
            formErrors.addTo(model, InvalidInput.of("outlineFile", "imports.file.required"), locale);
            return "imports";
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = outlines.importOutlines(in);
        }
        model.addAttribute("result", view("outlines", report, locale));
        return "imports";
    }

    private ResultView view(String kind, ImportReport report, Locale locale) {
        List<ImportTexts.Problem> rows = report
            .problems()
            .stream()
            .limit(SHOWN_PROBLEMS)
            .map(p -> texts.problem(p, locale))
            .map(p -> new ImportTexts.Problem(p.line(), texts.fieldLabel(p.field(), locale), p.message()))
            .toList();
        return new ResultView(kind, report, rows, report.problems().size() - rows.size());
    }
}
