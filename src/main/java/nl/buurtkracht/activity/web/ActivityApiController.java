package nl.buurtkracht.activity.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.activity.ActivityManagement;
import nl.buurtkracht.activity.ActivitySignups;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.activity.SignupView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities for scripts and other systems, with the same services, rules and reasons as the pages.
 * Days are ISO dates ("2027-01-07"), times local to Europe/Amsterdam ("14:00"), a recurrence an RFC
 * 5545 rule that ends ("FREQ=WEEKLY;COUNT=10"). Creating and signing up take an {@code
 * Idempotency-Key}, so that a retry never makes a second activity or sign-up. Bad input answers 400
 * with a problem naming each field.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

    /** How many coming times an activity shows: a year of a weekly activity. */
    static final int COMING_TIMES = 52;
    /** The longest window of the programme one request reads. */
    static final int MOST_YEARS = 1;
    /** How far from today a window may start; further is a typing slip (year 0207 for 2027). */
    static final int REACH_YEARS = 5;

    /** An activity as JSON; missing texts count as empty, a missing tick as not there. */
    record ActivityBody(
        @Nullable String title,
        @Nullable String description,
        @Nullable Long neighbourhoodId,
        @Nullable Long placeId,
        @Nullable String location,
        @Nullable String onlineUrl,
        @Nullable Long initiativeId,
        @Nullable String contact,
        @Nullable String day,
        @Nullable String start,
        @Nullable String end,
        @Nullable String rrule,
        @Nullable Integer capacity,
        @Nullable Boolean intergenerational
    ) {
        ActivityForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new ActivityForm(
                TypedInput.text(title),
                TypedInput.text(description),
                neighbourhoodId,
                placeId,
                TypedInput.text(location),
                TypedInput.text(onlineUrl),
                initiativeId,
                TypedInput.text(contact),
                TypedInput.date(day, "day", problems),
                TypedInput.time(start, "start", problems),
                TypedInput.time(end, "end", problems),
                TypedInput.text(rrule),
                capacity,
                Boolean.TRUE.equals(intergenerational)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    /** An activity with its coming times, and whether the reader may change it. */
    record Details(ActivityView activity, List<OccurrenceView> times, boolean mayManage) {}

    /** The time to sign up for: {@code {"day":"2027-01-07"}}. */
    record SignupBody(@Nullable String day) {}

    /** A sign-up made: its id (to cancel it) and the time as the reader now sees it, seat or waiting list. */
    record SignedUp(long signupId, OccurrenceView time) {}

    private final Activities activities;
    private final ActivityManagement management;
    private final ActivitySignups signups;
    private final Areas areas;

    ActivityApiController(Activities activities, ActivityManagement management, ActivitySignups signups, Areas areas) {
        this.activities = activities;
        this.management = management;
        this.signups = signups;
        this.areas = areas;
    }

    /**
     * The times in a window, soonest first: of one neighbourhood or the reader's own, from a day
     * (today) to a day (four weeks on), both included; at most a year at once.
     */
    @GetMapping
    List<OccurrenceView> programme(
        @RequestParam(required = false) @Nullable String neighbourhood,
        @RequestParam(required = false) @Nullable String from,
        @RequestParam(required = false) @Nullable String to,
        @RequestParam(defaultValue = "false") boolean intergenerational,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        Long chosen = TypedInput.id(neighbourhood, "neighbourhood", problems);
        LocalDate first = TypedInput.date(from, "from", problems);
        LocalDate last = TypedInput.date(to, "to", problems);
        LocalDate today = activities.today();
        if (first == null && problems.stream().noneMatch(p -> p.field().equals("from"))) {
            first = today;
        }
        if (
            first != null &&
            (first.isBefore(today.minusYears(REACH_YEARS)) || first.isAfter(today.plusYears(REACH_YEARS)))
        ) {
            problems.add(new FieldProblem("from", "activities.api.from.out-of-reach", REACH_YEARS));
            first = null;
        }
        if (first != null && last == null && problems.stream().noneMatch(p -> p.field().equals("to"))) {
            last = first.plusWeeks(ActivityController.WEEKS).minusDays(1);
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("to", "activities.api.to.before-from"));
            } else if (last.isAfter(first.plusYears(MOST_YEARS))) {
                problems.add(new FieldProblem("to", "activities.api.to.too-far", MOST_YEARS));
            }
        }
        if (chosen != null && areas.neighbourhood(chosen).isEmpty()) {
            problems.add(new FieldProblem("neighbourhood", "activities.api.neighbourhood.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<Long> ids = chosen != null ? Set.of(chosen) : activities.ownNeighbourhoods(user);
        return activities.programme(user, ids, first, last.plusDays(1), intergenerational, locale);
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Details> organise(
        @RequestBody ActivityBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        long id;
        try {
            id = management.organise(user, body.form(), idempotencyKey);
        } catch (InvalidInput e) {
            throw FieldOrder.inOrder(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(show(id, user, locale));
    }

    @GetMapping("/{id}")
    Details show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ActivityView activity = activities.get(id);
        return new Details(
            activity,
            activities.coming(user, id, COMING_TIMES, locale),
            activities.mayManage(user, activity)
        );
    }

    /** Changes the activity; its coming times follow, those that have been stay as they were. */
    @PutMapping(path = "/{id}", consumes = "application/json")
    Details change(
        @PathVariable long id,
        @RequestBody ActivityBody body,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        try {
            management.change(user, id, body.form());
        } catch (InvalidInput e) {
            throw FieldOrder.inOrder(e);
        }
        return show(id, user, locale);
    }

    /** Calls the activity off: every coming time; those that have been stay in the history. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> callOff(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.callOff(user, id);
        return ResponseEntity.noContent().build();
    }

    /** Who signed up for one time, seats first and then the waiting list: for those who keep the activity. */
    @GetMapping("/{id}/signups")
    List<SignupView> signups(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return activities.signups(user, id, requiredDay(day));
    }

    @PostMapping(path = "/{id}/signups", consumes = "application/json")
    ResponseEntity<SignedUp> signUp(
        @PathVariable long id,
        @RequestBody SignupBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        LocalDate day = requiredDay(body.day());
        long signupId = signups.signUp(user, id, day, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/signups/" + signupId)).body(
            new SignedUp(signupId, activities.occurrence(user, id, day, locale))
        );
    }

    /** Cancels one's own sign-up; the seat goes to the first on the waiting list. Another's id is not found. */
    @DeleteMapping("/{id}/signups/{signupId}")
    ResponseEntity<Void> cancel(
        @PathVariable long id,
        @PathVariable long signupId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        signups.cancel(user, id, signupId);
        return ResponseEntity.noContent().build();
    }

    private static LocalDate requiredDay(@Nullable String value) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = TypedInput.date(value, "day", problems);
        if (day == null && problems.isEmpty()) {
            problems.add(new FieldProblem("day", "activities.api.day.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return day;
    }

    /** The problems in the order of the body's fields. */
}
