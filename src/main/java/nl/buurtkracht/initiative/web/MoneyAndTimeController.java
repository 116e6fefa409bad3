package nl.buurtkracht.initiative.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.initiative.Continuity;
import nl.buurtkracht.initiative.HoursGivenBy;
import nl.buurtkracht.initiative.InitiativeManagement;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.initiative.MoneyAndTime;
import nl.buurtkracht.initiative.MoneyAndTimeForms.BudgetLineForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** An initiative's money and time (R8), with its continuity warnings: for those who manage it. */
@Controller
@RequestMapping("/initiatives/{id}/money")
class MoneyAndTimeController {

    record FundingPageForm(
        @Nullable String fund,
        @Nullable String amount,
        @Nullable String startsOn,
        @Nullable String endsOn,
        @Nullable String conditions,
        @Nullable String reportDueOn
    ) {}

    record BudgetPageForm(@Nullable String description, @Nullable String budgetAmount) {}

    record HoursPageForm(
        @Nullable HoursGivenBy givenBy,
        @Nullable String who,
        @Nullable String givenOn,
        @Nullable String hours,
        @Nullable String note
    ) {}

    private final Initiatives initiatives;
    private final InitiativeManagement management;
    private final Continuity continuity;
    private final InitiativeTexts texts;
    private final FormErrors formErrors;

    MoneyAndTimeController(
        Initiatives initiatives,
        InitiativeManagement management,
        Continuity continuity,
        InitiativeTexts texts,
        FormErrors formErrors
    ) {
        this.initiatives = initiatives;
        this.management = management;
        this.continuity = continuity;
        this.texts = texts;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("finances", initiatives.finances(user, id));
        model.addAttribute("initiative", initiatives.view(user, id));
        model.addAttribute("warnings", texts.warnings(continuity.warnings(user, id), locale));
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", new FundingPageForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", new BudgetPageForm(null, null));
        }
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", new HoursPageForm(null, null, null, null, null));
        }
        return "initiative/money";
    }

    @PostMapping("/funding")
    String addFunding(
        @PathVariable long id,
        @ModelAttribute("fundingForm") FundingPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var typed = new FundingForm(
            PageInput.text(form.fund()),
            PageInput.euros(form.amount(), "amount", problems),
            PageInput.date(form.startsOn(), "startsOn", problems),
            PageInput.date(form.endsOn(), "endsOn", problems),
            PageInput.text(form.conditions()),
            PageInput.date(form.reportDueOn(), "reportDueOn", problems)
        );
        return save(id, user, model, locale, problems, "funding", () -> management.addFunding(user, id, typed));
    }

    @PostMapping("/budget")
    String addBudgetLine(
        @PathVariable long id,
        @ModelAttribute("budgetForm") BudgetPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var typed = new BudgetLineForm(
            PageInput.text(form.description()),
            PageInput.euros(form.budgetAmount(), "budgetAmount", problems)
        );
        return save(id, user, model, locale, problems, "budget", () -> management.addBudgetLine(user, id, typed));
    }

    @PostMapping("/hours")
    String recordHours(
        @PathVariable long id,
        @ModelAttribute("hoursForm") HoursPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var typed = new HoursForm(
            form.givenBy(),
            PageInput.text(form.who()),
            PageInput.date(form.givenOn(), "givenOn", problems),
            PageInput.hours(form.hours(), "hours", problems),
            PageInput.text(form.note())
        );
        return save(id, user, model, locale, problems, "hours", () -> management.recordHours(user, id, typed));
    }

    @PostMapping("/funding/{fundingId}/report-sent")
    String reportSent(@PathVariable long id, @PathVariable long fundingId, @AuthenticationPrincipal CurrentUser user) {
        management.markReportSent(user, id, fundingId);
        return "redirect:/initiatives/" + id + "/money?saved#funding";
    }

    @PostMapping("/{line}/{lineId}/delete")
    String removeLine(
        @PathVariable long id,
        @PathVariable MoneyAndTime line,
        @PathVariable long lineId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeLine(user, id, line, lineId);
        return "redirect:/initiatives/" + id + "/money?removed#" + line.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Saves when every field could be read and every rule holds; otherwise shows the page again with
     * the problems of the form that was sent (the amount field of the budget form has its own name).
     */
    private String save(
        long id,
        CurrentUser user,
        Model model,
        Locale locale,
        List<FieldProblem> problems,
        String anchor,
        Runnable write
    ) {
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            write.run();
            return "redirect:/initiatives/" + id + "/money?saved#" + anchor;
        } catch (InvalidInput e) {
            List<FieldProblem> named = e
                .problems()
                .stream()
                .map(p ->
                    anchor.equals("budget") && p.field().equals("amount")
                        ? new FieldProblem("budgetAmount", p.messageKey(), p.arguments())
                        : p
                )
                .toList();
            formErrors.addTo(model, new InvalidInput(named), locale);
            return page(id, user, model, locale);
        }
    }
}
