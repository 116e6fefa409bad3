package nl.buurtkracht.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.activity.internal.ActivityRules;
import nl.buurtkracht.activity.internal.ActivityStore;
import nl.buurtkracht.activity.internal.ActivityStore.Occurrence;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organising activities: a new one, a change (its coming times follow; times that have been stay as
 * they were), calling off one time or all of them. Nothing is written while a field breaks a rule.
 */
@Service
public class ActivityManagement {

    private final ActivityStore store;
    private final Activities activities;
    private final ActivitySignups signups;
    private final Initiatives initiatives;
    private final Places places;
    private final IdempotencyKeys idempotency;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityManagement(
        ActivityStore store,
        Activities activities,
        ActivitySignups signups,
        Initiatives initiatives,
        Places places,
        IdempotencyKeys idempotency,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.activities = activities;
        this.signups = signups;
        this.initiatives = initiatives;
        this.places = places;
        this.idempotency = idempotency;
        this.events = events;
        this.clock = clock;
    }

    /** Residents organise activities, and so do builders and administrators; an analyst only reads. */
    public boolean mayOrganise(CurrentUser user) {
        return user.residentId() != null || user.has(Role.COMMUNITY_BUILDER) || user.has(Role.ADMINISTRATOR);
    }

    @Transactional
    public long organise(CurrentUser user, ActivityForm form, @Nullable String idempotencyKey) {
        if (!mayOrganise(user)) {
            throw new NotPermitted("activities.organisers-only");
        }
        List<Occurrence> times = checked(user, form, null, null);
        return idempotency.once(user, "activity", idempotencyKey, () -> {
            Instant now = clock.instant();
            long id = store.insert(form, minutes(form), user.accountId(), now);
            store.writeOccurrences(id, form.neighbourhoodId(), form.placeId(), times, now);
            afterChange(id, form);
            return id;
        });
    }

    @Transactional
    public void change(CurrentUser user, long id, ActivityForm form) {
        ActivityView before = activities.requireManage(user, id);
        requireOn(id);
        List<Occurrence> times = checked(user, form, before.firstDay(), before.initiativeId());
        Instant now = clock.instant();
        store.update(id, form, minutes(form), now);
        store.writeOccurrences(id, form.neighbourhoodId(), form.placeId(), times, now);
        signups.fillFreedSeats(id);
        afterChange(id, form);
    }

    /** Calls off every coming time; what has been stays in the history. */
    @Transactional
    public void callOff(CurrentUser user, long id) {
        activities.requireManage(user, id);
        requireOn(id);
        store.callOff(id, clock.instant());
        events.publishEvent(new ActivityChanged(id));
    }

    /** Calls off one time ("de bingo gaat deze week niet door"), with a reason people read. */
    @Transactional
    public void callOffTime(CurrentUser user, long id, LocalDate day, String reason) {
        activities.requireManage(user, id);
        requireOn(id);
        if (reason.length() > 200) {
            throw InvalidInput.of("reason", "activities.too-long", 200);
        }
        store.setCancelled(time(id, day), true, reason.strip());
        events.publishEvent(new ActivityChanged(id));
    }

    /** Lets a time that was called off go ahead after all; those signed up keep their places. */
    @Transactional
    public void reinstateTime(CurrentUser user, long id, LocalDate day) {
        activities.requireManage(user, id);
        requireOn(id);
        store.setCancelled(time(id, day), false, "");
        events.publishEvent(new ActivityChanged(id));
    }

    private long time(long id, LocalDate day) {
        return store.occurrenceId(id, day).orElseThrow(() -> new NotFound("activity " + id + " on " + day));
    }

    private void requireOn(long id) {
        boolean on = store.lockActivity(id).orElseThrow(() -> new NotFound("activity " + id));
        if (!on) {
            throw new NotPermitted("activities.called-off");
        }
    }

    private void afterChange(long id, ActivityForm form) {
        if (form.initiativeId() != null) {
            initiatives.recordLife(form.initiativeId());
        }
        events.publishEvent(new ActivityChanged(id));
    }

    /**
     * What is wrong with a form, without writing anything: for a page that found other problems
     * while reading what was typed, so that it names every field at once.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(CurrentUser user, ActivityForm form, @Nullable Long id) {
        ActivityView before = id == null ? null : activities.get(id);
        return problems(
            user,
            form,
            before == null ? null : before.firstDay(),
            before == null ? null : before.initiativeId()
        );
    }

    /** Every field problem at once; otherwise the times to write out, as instants. */
    private List<Occurrence> checked(
        CurrentUser user,
        ActivityForm form,
        @Nullable LocalDate keptDay,
        @Nullable Long keptInitiative
    ) {
        List<FieldProblem> problems = problems(user, form, keptDay, keptInitiative);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Duration length = Duration.ofMinutes(minutes(form));
        return ActivityRules.starts(form, problems)
            .stream()
            .map(start ->
                new Occurrence(
                    start.toLocalDate(),
                    start.atZone(Recurrence.AMSTERDAM).toInstant(),
                    start.plus(length).atZone(Recurrence.AMSTERDAM).toInstant()
                )
            )
            .toList();
    }

    private List<FieldProblem> problems(
        CurrentUser user,
        ActivityForm form,
        @Nullable LocalDate keptDay,
        @Nullable Long keptInitiative
    ) {
        List<FieldProblem> problems = new ArrayList<>(ActivityRules.check(form, activities.today(), keptDay));
        if (form.neighbourhoodId() != null && !store.neighbourhoodExists(form.neighbourhoodId())) {
            problems.add(new FieldProblem("neighbourhoodId", "activities.neighbourhoodId.unknown"));
        }
        if (form.placeId() != null && places.summary(form.placeId()).isEmpty()) {
            problems.add(new FieldProblem("placeId", "activities.placeId.unknown"));
        }
        if (
            form.initiativeId() != null &&
            !form.initiativeId().equals(keptInitiative) &&
            !initiatives.mayActFor(user, form.initiativeId())
        ) {
            problems.add(new FieldProblem("initiativeId", "activities.initiativeId.not-yours"));
        }
        return problems;
    }

    private static int minutes(ActivityForm form) {
        LocalDateTime start = LocalDateTime.of(form.day(), form.start());
        return (int) Duration.between(start, LocalDateTime.of(form.day(), form.end())).toMinutes();
    }
}
