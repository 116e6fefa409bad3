package nl.buurtkracht.initiative.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.initiative.Continuity;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.InitiativeManagement;
import nl.buurtkracht.initiative.InitiativeState;
import nl.buurtkracht.initiative.InitiativeView;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.initiative.Membership;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.initiative.OwnerKind;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Initiatives as pages: the list of a neighbourhood, starting one from a spark in a minute, the
 * initiative's own page where neighbours join, follow and take tasks, and where owners keep it.
 */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

    private static final List<String> FIELDS = List.of("title", "what", "forWhom", "where", "neighbourhoodId");

    /** The spark form as typed. */
    record SparkPageForm(
        @Nullable String title,
        @Nullable String what,
        @Nullable String forWhom,
        @Nullable String where,
        @Nullable Long neighbourhoodId
    ) {
        static SparkPageForm of(InitiativeView i) {
            return new SparkPageForm(i.title(), i.what(), i.forWhom(), i.where(), i.neighbourhoodId());
        }

        InitiativeForm form() {
            return new InitiativeForm(
                PageInput.text(title),
                PageInput.text(what),
                PageInput.text(forWhom),
                PageInput.text(where),
                neighbourhoodId
            );
        }
    }

    /** The task form as typed. */
    record TaskPageForm(@Nullable String taskTitle, @Nullable String details, @Nullable String needed) {}

    /** The owner form as typed. */
    record OwnerPageForm(
        @Nullable OwnerKind kind,
        @Nullable Long residentId,
        @Nullable String organisation,
        @Nullable String role
    ) {}

    private final Initiatives initiatives;
    private final InitiativeManagement management;
    private final Continuity continuity;
    private final InitiativeTexts texts;
    private final Areas areas;
    private final FormErrors formErrors;

    InitiativeController(
        Initiatives initiatives,
        InitiativeManagement management,
        Continuity continuity,
        InitiativeTexts texts,
        Areas areas,
        FormErrors formErrors
    ) {
        this.initiatives = initiatives;
        this.management = management;
        this.continuity = continuity;
        this.texts = texts;
        this.areas = areas;
        this.formErrors = formErrors;
    }

    /** A neighbourhood's initiatives; by default the reader's own neighbourhood(s). */
    @GetMapping
    String list(
        @RequestParam(required = false) @Nullable Long neighbourhood,
        @RequestParam(defaultValue = "false") boolean ended,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        Set<Long> ids = new HashSet<>();
        if (neighbourhood != null) {
            ids.add(neighbourhood);
        } else {
            ids.addAll(user.scope().builderNeighbourhoodIds());
            if (user.scope().homeNeighbourhoodId() != null) {
                ids.add(user.scope().homeNeighbourhoodId());
            }
        }
        model.addAttribute("initiatives", initiatives.list(ids, ended));
        model.addAttribute("neighbourhoods", areas.neighbourhoods());
        model.addAttribute("selected", neighbourhood);
        model.addAttribute("ended", ended);
        model.addAttribute("mayStart", user.residentId() != null);
        if (user.residentId() != null) {
            model.addAttribute("mine", initiatives.of(user.residentId()));
        }
        return "initiative/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireResident(user);
        model.addAttribute("form", new SparkPageForm(null, null, null, null, user.scope().homeNeighbourhoodId()));
        return formPage(null, model);
    }

    @PostMapping
    String start(
        @ModelAttribute("form") SparkPageForm form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        requireResident(user);
        try {
            long id = management.start(user, form.form(), formToken);
            return "redirect:/initiatives/" + id + "?started";
        } catch (InvalidInput e) {
            formErrors.addTo(model, inOrder(e), locale);
            return formPage(null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        InitiativeView initiative = initiatives.view(user, id);
        model.addAttribute("initiative", initiative);
        model.addAttribute("states", initiative.state().next());
        if (initiative.viewer().mayManage()) {
            model.addAttribute("warnings", texts.warnings(continuity.warnings(user, id), locale));
            model.addAttribute("people", initiatives.people(user, id));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskPageForm(null, null, "1"));
        }
        if (!model.containsAttribute("ownerForm")) {
            model.addAttribute("ownerForm", new OwnerPageForm(null, null, null, null));
        }
        return "initiative/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        InitiativeView initiative = initiatives.view(user, id);
        if (!initiative.viewer().mayManage()) {
            throw new NotPermitted("initiatives.not-yours");
        }
        model.addAttribute("form", SparkPageForm.of(initiative));
        return formPage(initiative, model);
    }

    @PostMapping("/{id}")
    String update(
        @PathVariable long id,
        @ModelAttribute("form") SparkPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.update(user, id, form.form());
            return "redirect:/initiatives/" + id + "?updated";
        } catch (InvalidInput e) {
            formErrors.addTo(model, inOrder(e), locale);
            return formPage(initiatives.view(user, id), model);
        }
    }

    @PostMapping("/{id}/state")
    String changeState(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable InitiativeState state,
        @RequestParam(required = false) @Nullable String note,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.changeState(user, id, state, PageInput.text(note));
            return "redirect:/initiatives/" + id + "?state=" + state;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return show(id, user, model, locale);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            management.delete(user, id);
            return "redirect:/initiatives?deleted";
        } catch (NotPermitted e) {
            flash.addFlashAttribute("problem", e.messageKey());
            return "redirect:/initiatives/" + id;
        }
    }

    @PostMapping("/{id}/join")
    String join(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return asResident(user, id, flash, "initiatives.joined", () ->
            management.takePart(user, id, Membership.MEMBER)
        );
    }

    @PostMapping("/{id}/follow")
    String follow(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return asResident(user, id, flash, "initiatives.followed", () ->
            management.takePart(user, id, Membership.FOLLOWER)
        );
    }

    @PostMapping("/{id}/leave")
    String leave(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return asResident(user, id, flash, "initiatives.left", () -> management.leave(user, id));
    }

    @PostMapping("/{id}/tasks")
    String addTask(
        @PathVariable long id,
        @ModelAttribute("taskForm") TaskPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer needed = PageInput.whole(form.needed(), "needed", "initiatives.needed.range", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            management.addTask(
                user,
                id,
                new TaskForm(PageInput.text(form.taskTitle()), PageInput.text(form.details()), needed)
            );
            return "redirect:/initiatives/" + id + "?task#tasks";
        } catch (InvalidInput e) {
            formErrors.addTo(model, renamed(e, "title", "taskTitle"), locale);
            return show(id, user, model, locale);
        }
    }

    @PostMapping("/{id}/tasks/{taskId}/take")
    String takeTask(
        @PathVariable long id,
        @PathVariable long taskId,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes flash
    ) {
        return asResident(user, id, flash, "initiatives.task.taken", () -> management.takeTask(user, id, taskId));
    }

    @PostMapping("/{id}/tasks/{taskId}/release")
    String releaseTask(
        @PathVariable long id,
        @PathVariable long taskId,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes flash
    ) {
        return asResident(user, id, flash, "initiatives.task.released", () -> management.releaseTask(user, id, taskId));
    }

    @PostMapping("/{id}/tasks/{taskId}/close")
    String closeTask(
        @PathVariable long id,
        @PathVariable long taskId,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes flash
    ) {
        return kindly(id, flash, "initiatives.task.closed-now", () -> management.closeTask(user, id, taskId));
    }

    @PostMapping("/{id}/owners")
    String addOwner(
        @PathVariable long id,
        @ModelAttribute("ownerForm") OwnerPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.addOwner(
                user,
                id,
                new OwnerForm(
                    form.kind(),
                    form.residentId(),
                    PageInput.text(form.organisation()),
                    PageInput.text(form.role())
                )
            );
            return "redirect:/initiatives/" + id + "?owner#owners";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return show(id, user, model, locale);
        }
    }

    @PostMapping("/{id}/owners/{ownerId}/step-back")
    String stepBack(
        @PathVariable long id,
        @PathVariable long ownerId,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes flash
    ) {
        return kindly(id, flash, "initiatives.owner.stepped-back", () -> management.stepBack(user, id, ownerId));
    }

    /**
     * A resident's own one-tap action (join, follow, take a task); professionals without a home in
     * the platform take part as owners instead.
     */
    private static String asResident(
        CurrentUser user,
        long id,
        RedirectAttributes flash,
        String doneKey,
        Runnable action
    ) {
        requireResident(user);
        return kindly(id, flash, doneKey, action);
    }

    /** Runs a one-tap action; a rule that says no is shown on the initiative's page, kindly. */
    private static String kindly(long id, RedirectAttributes flash, String doneKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", doneKey);
        } catch (NotPermitted e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/initiatives/" + id;
    }

    private String formPage(@Nullable InitiativeView initiative, Model model) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("neighbourhoods", areas.neighbourhoods());
        return "initiative/form";
    }

    private static void requireResident(CurrentUser user) {
        if (user.residentId() == null) {
            throw new NotPermitted("initiatives.residents-only");
        }
    }

    private static InvalidInput inOrder(InvalidInput e) {
        List<FieldProblem> sorted = new ArrayList<>(e.problems());
        sorted.sort(Comparator.comparingInt(p -> FIELDS.indexOf(p.field())));
        return new InvalidInput(sorted);
    }

    private static InvalidInput renamed(InvalidInput e, String from, String to) {
        return new InvalidInput(
            e
                .problems()
                .stream()
                .map(p -> p.field().equals(from) ? new FieldProblem(to, p.messageKey(), p.arguments()) : p)
                .toList()
        );
    }
}
