package nl.buurtkracht.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityManagement;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Activities as pages: the programme of the coming four weeks, organising one (once or coming back),
 * an activity's own page with its coming times, and changing or calling it off.
 */
@Controller
@RequestMapping("/activities")
class ActivityController {

    static final int WEEKS = 4;
    private static final int COMING_TIMES = 12;

    /** The days of the programme, each with its times. */
    record ProgrammeDay(LocalDate date, String label, boolean today, List<TimeLine> times) {}

    private final Activities activities;
    private final ActivityManagement management;
    private final ActivityWords words;
    private final Areas areas;
    private final MeetingPlaces places;
    private final Initiatives initiatives;
    private final FormErrors formErrors;
    private final ProgrammePrint print;

    ActivityController(
        Activities activities,
        ActivityManagement management,
        ActivityWords words,
        Areas areas,
        MeetingPlaces places,
        Initiatives initiatives,
        FormErrors formErrors,
        ProgrammePrint print
    ) {
        this.print = print;
        this.activities = activities;
        this.management = management;
        this.words = words;
        this.areas = areas;
        this.places = places;
        this.initiatives = initiatives;
        this.formErrors = formErrors;
    }

    /** The programme: four weeks from a day (today unless chosen), of one neighbourhood or one's own. */
    @GetMapping
    String programme(
        @RequestParam(required = false) @Nullable String neighbourhood,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(defaultValue = "false") boolean intergenerational,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        Long chosen = TypedInput.id(neighbourhood, "neighbourhood", problems);
        LocalDate today = activities.today();
        LocalDate start = TypedInput.date(from, "from", problems);
        if (start == null) {
            start = today;
        }
        if (!problems.isEmpty()) {
            formErrors.addTo(model, new InvalidInput(problems), locale);
            chosen = null;
            start = today;
        }
        Set<Long> ids = chosen != null ? Set.of(chosen) : activities.ownNeighbourhoods(user);
        LocalDate until = start.plusWeeks(WEEKS);
        List<OccurrenceView> times = activities.programme(user, ids, start, until, intergenerational, locale);
        model.addAttribute("days", days(times, today, locale));
        model.addAttribute("mine", words.lines(activities.mine(user, locale), locale));
        model.addAttribute("neighbourhoods", areas.neighbourhoods());
        model.addAttribute("selected", chosen);
        model.addAttribute("shownIds", ids);
        model.addAttribute("intergenerational", intergenerational);
        model.addAttribute("from", start);
        model.addAttribute(
            "fromText",
            words.text("activities.programme.period", locale, dateOf(start, locale), dateOf(until.minusDays(1), locale))
        );
        model.addAttribute("earlier", start.minusWeeks(WEEKS));
        model.addAttribute("later", until);
        model.addAttribute("isToday", start.equals(today));
        model.addAttribute("week", start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        model.addAttribute("feedNeighbourhood", ids.size() == 1 ? ids.iterator().next() : null);
        model.addAttribute("mayOrganise", management.mayOrganise(user));
        return "activity/programme";
    }

    /** The week programme of one neighbourhood as a PDF for the notice board; the week that holds {@code week}. */
    @GetMapping(value = "/programme.pdf")
    ResponseEntity<byte[]> print(
        @RequestParam(required = false) @Nullable String neighbourhood,
        @RequestParam(required = false) @Nullable String week,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        // A link from the programme page carries both; anything else gets the reader's own week, or "not found".
        List<FieldProblem> ignored = new ArrayList<>();
        Long chosen = TypedInput.id(neighbourhood, "neighbourhood", ignored);
        LocalDate day = TypedInput.date(week, "week", ignored);
        Set<Long> own = activities.ownNeighbourhoods(user);
        long id = chosen != null ? chosen : own.size() == 1 ? own.iterator().next() : -1;
        var area = areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood " + id));
        LocalDate monday = (day == null ? activities.today() : day).with(
            TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)
        );
        var times = activities.programme(user, Set.of(id), monday, monday.plusWeeks(1), false, locale);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename("programma-" + monday + ".pdf").build().toString()
            )
            .body(print.render(area.name(), id, monday, times, locale));
    }

    @GetMapping("/new")
    String newForm(
        @RequestParam(required = false) @Nullable Long place,
        @RequestParam(required = false) @Nullable Long initiative,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        if (!management.mayOrganise(user)) {
            throw new NotPermitted("activities.organisers-only");
        }
        Long neighbourhood = user.scope().homeNeighbourhoodId();
        if (neighbourhood == null && user.scope().builderNeighbourhoodIds().size() == 1) {
            neighbourhood = user.scope().builderNeighbourhoodIds().iterator().next();
        }
        model.addAttribute("form", ActivityPageForm.empty(neighbourhood, place, initiative));
        return formPage(user, null, model);
    }

    @PostMapping
    String organise(
        @ModelAttribute("form") ActivityPageForm form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = management.organise(user, form.read(f -> management.problems(user, f, null)), formToken);
            return "redirect:/activities/" + id + "?organised";
        } catch (InvalidInput e) {
            formErrors.addTo(model, FieldOrder.inOrder(e), locale);
            return formPage(user, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        ActivityView activity = activities.get(id);
        model.addAttribute("activity", activity);
        model.addAttribute("where", words.where(activity, locale));
        model.addAttribute("rhythm", words.rhythm(activity, locale));
        model.addAttribute("hours", words.hours(activity));
        model.addAttribute("times", words.lines(activities.coming(user, id, COMING_TIMES, locale), locale));
        model.addAttribute("mayManage", activities.mayManage(user, activity));
        return "activity/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ActivityView activity = activities.get(id);
        if (!activities.mayManage(user, activity)) {
            throw new NotPermitted("activities.not-yours");
        }
        model.addAttribute("form", ActivityPageForm.of(activity));
        return formPage(user, activity, model);
    }

    @PostMapping("/{id}")
    String change(
        @PathVariable long id,
        @ModelAttribute("form") ActivityPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.change(user, id, form.read(f -> management.problems(user, f, id)));
            return "redirect:/activities/" + id + "?changed";
        } catch (InvalidInput e) {
            formErrors.addTo(model, FieldOrder.inOrder(e), locale);
            return formPage(user, activities.get(id), model);
        }
    }

    @PostMapping("/{id}/call-off")
    String callOff(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.callOff(user, id);
        return "redirect:/activities/" + id + "?calledOff";
    }

    private String formPage(CurrentUser user, @Nullable ActivityView activity, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("neighbourhoods", areas.neighbourhoods());
        model.addAttribute("places", places.all());
        Long neighbourhood = activity != null
            ? Long.valueOf(activity.neighbourhoodId())
            : user.scope().homeNeighbourhoodId();
        var actable = new ArrayList<>(initiatives.actableBy(user, neighbourhood == null ? 0 : neighbourhood));
        model.addAttribute("initiatives", actable);
        model.addAttribute("repeats", Repeat.values());
        return "activity/form";
    }

    private List<ProgrammeDay> days(List<OccurrenceView> times, LocalDate today, Locale locale) {
        Map<LocalDate, List<TimeLine>> byDay = new LinkedHashMap<>();
        for (OccurrenceView time : times) {
            byDay.computeIfAbsent(time.day(), d -> new ArrayList<>()).add(words.line(time, locale));
        }
        List<ProgrammeDay> days = new ArrayList<>();
        byDay.forEach((day, lines) -> days.add(new ProgrammeDay(day, dateOf(day, locale), day.equals(today), lines)));
        return days;
    }

    private String dateOf(LocalDate day, Locale locale) {
        return words.date(day, locale);
    }
}
