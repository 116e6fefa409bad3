package nl.buurtkracht.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import nl.buurtkracht.activity.internal.ActivityStore;
import nl.buurtkracht.activity.internal.ActivityStore.LockedOccurrence;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up for one time of an activity: a seat while there is one, else the waiting list, which
 * moves up by itself when someone with a seat cancels. The time is locked while seats are counted,
 * so two people pressing at once never both get the last seat.
 */
@Service
public class ActivitySignups {

    private final ActivityStore store;
    private final Activities activities;
    private final Initiatives initiatives;
    private final Places places;
    private final IdempotencyKeys idempotency;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivitySignups(
        ActivityStore store,
        Activities activities,
        Initiatives initiatives,
        Places places,
        IdempotencyKeys idempotency,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.activities = activities;
        this.initiatives = initiatives;
        this.places = places;
        this.idempotency = idempotency;
        this.events = events;
        this.clock = clock;
    }

    /** Signs the reader up; a retry with the same key answers with the first sign-up. Returns its id. */
    @Transactional
    public long signUp(CurrentUser user, long activityId, LocalDate day, @Nullable String idempotencyKey) {
        long residentId = residentOf(user);
        return idempotency.once(user, "activity-signup", idempotencyKey, () -> {
            LockedOccurrence time = lock(activityId, day);
            Instant now = clock.instant();
            if (time.cancelled()) {
                throw new NotPermitted("activities.time.called-off");
            }
            if (!time.startsAt().isAfter(now)) {
                throw new NotPermitted("activities.time.begun");
            }
            if (time.placeId() != null && places.closureOn(time.placeId(), day).isPresent()) {
                throw new NotPermitted("activities.time.place-closed");
            }
            var existing = store.livingSignup(time.id(), residentId);
            if (existing.isPresent()) {
                throw new NotPermitted(
                    existing.get().status() == SignupStatus.SEAT
                        ? "activities.signup.already"
                        : "activities.signup.already-waiting"
                );
            }
            boolean seat = time.capacity() == null || store.seatsTaken(time.id()) < time.capacity();
            return store.insertSignup(
                time.id(),
                residentId,
                user.accountId(),
                seat ? SignupStatus.SEAT : SignupStatus.WAITING,
                now
            );
        });
    }

    /** The reader cancels her sign-up; a seat she leaves goes to the first on the waiting list. */
    @Transactional
    public void cancel(CurrentUser user, long activityId, LocalDate day) {
        long residentId = residentOf(user);
        LockedOccurrence time = lock(activityId, day);
        var signup = store
            .livingSignup(time.id(), residentId)
            .orElseThrow(() -> new NotPermitted("activities.signup.none"));
        store.cancelSignup(signup.id(), clock.instant());
        if (signup.status() == SignupStatus.SEAT && !time.cancelled()) {
            fill(time);
        }
    }

    /** Cancels a sign-up by its id; someone else's answers "not found", as if it did not exist. */
    @Transactional
    public void cancel(CurrentUser user, long activityId, long signupId) {
        var signup = store
            .signupOf(signupId)
            .filter(s -> s.activityId() == activityId && user.isResident(s.residentId()))
            .orElseThrow(() -> new NotFound("signup " + signupId));
        cancel(user, activityId, signup.day());
    }

    /**
     * The organiser says who came to a time that has begun; the others with a seat did not come.
     * Returns those marked present.
     */
    @Transactional
    public Set<Long> recordAttendance(CurrentUser user, long activityId, LocalDate day, Collection<Long> present) {
        activities.requireManage(user, activityId);
        LockedOccurrence time = lock(activityId, day);
        if (time.startsAt().isAfter(clock.instant())) {
            throw new NotPermitted("activities.attendance.too-early");
        }
        Set<Long> came = store.recordAttendance(time.id(), present);
        events.publishEvent(new ActivityAttended(activityId, day, time.neighbourhoodId(), came));
        if (time.initiativeId() != null) {
            initiatives.recordLife(time.initiativeId());
        }
        return came;
    }

    /** After the capacity grew: seats on the coming times go to those waiting, in their order. */
    @Transactional
    void fillFreedSeats(long activityId) {
        for (LocalDate day : store.comingDays(activityId, clock.instant())) {
            store
                .lockOccurrence(activityId, day)
                .filter(time -> !time.cancelled())
                .ifPresent(this::fill);
        }
    }

    private void fill(LockedOccurrence time) {
        while (time.capacity() == null || store.seatsTaken(time.id()) < time.capacity()) {
            var seated = store.seatNextInLine(time.id(), clock.instant());
            if (seated.isEmpty()) {
                return;
            }
            events.publishEvent(new ActivitySeatGiven(time.activityId(), time.day(), seated.get()));
        }
    }

    private LockedOccurrence lock(long activityId, LocalDate day) {
        return store
            .lockOccurrence(activityId, day)
            .orElseThrow(() -> new NotFound("activity " + activityId + " on " + day));
    }

    private static long residentOf(CurrentUser user) {
        Long id = user.residentId();
        if (id == null) {
            throw new NotPermitted("activities.residents-only");
        }
        return id;
    }
}
