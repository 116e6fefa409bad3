package nl.buurtkracht.fabric.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.BuilderLogForm;
import nl.buurtkracht.fabric.BuilderLogKind;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The builder's log of a neighbourhood: write down what you did and how long it took, and see the
 * lines and hours of a period (this quarter unless chosen), summed per month.
 */
@Controller
class BuilderLogController {

    private final BuilderLog log;
    private final Areas areas;
    private final Initiatives initiatives;
    private final FormErrors formErrors;

    BuilderLogController(BuilderLog log, Areas areas, Initiatives initiatives, FormErrors formErrors) {
        this.log = log;
        this.areas = areas;
        this.initiatives = initiatives;
        this.formErrors = formErrors;
    }

    @GetMapping("/neighbourhoods/{id}/builder-log")
    String show(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        NeighbourhoodView neighbourhood = areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood"));
        if (!log.mayRead(user, id)) {
            throw new NotPermitted("builder-log.not-yours");
        }
        LocalDate today = log.today();
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = TypedInput.date(from, "from", problems);
        LocalDate end = TypedInput.date(to, "to", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "builder-log.period.reversed"));
        }
        if (!problems.isEmpty()) {
            formErrors.addTo(model, new InvalidInput(problems), locale);
            start = null;
            end = null;
        }
        LocalDate shownFrom = start == null ? quarterStart : start;
        LocalDate shownTo = end == null ? today : end;
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("page", log.read(user, id, shownFrom, shownTo));
        model.addAttribute("from", shownFrom);
        model.addAttribute("to", shownTo);
        model.addAttribute("mayWrite", log.mayWrite(user, id));
        model.addAttribute("kinds", BuilderLogKind.values());
        model.addAttribute("initiatives", initiatives.list(List.of(id), false));
        model.addAttribute(
            "otherNeighbourhoods",
            user
                .scope()
                .builderNeighbourhoodIds()
                .stream()
                .filter(n -> n != id)
                .sorted()
                .flatMap(n -> areas.neighbourhood(n).stream())
                .toList()
        );
        model.addAttribute("monthFormat", DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        model.addAttribute("dayFormat", DateTimeFormatter.ofPattern("d MMM yyyy", locale));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BuilderLogForm(today.toString(), null, null, null, null));
        }
        model.addAttribute("token", UUID.randomUUID().toString());
        return "fabric/builder-log";
    }

    @PostMapping("/neighbourhoods/{id}/builder-log")
    String add(
        @PathVariable long id,
        @ModelAttribute("form") BuilderLogForm form,
        @RequestParam(required = false) @Nullable String token,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood"));
        try {
            log.add(user, id, form, token);
            return "redirect:/neighbourhoods/" + id + "/builder-log?added";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return show(id, null, null, user, model, locale);
        }
    }
}
