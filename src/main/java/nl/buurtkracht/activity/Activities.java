package nl.buurtkracht.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.activity.internal.ActivityStore;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.PlaceTexts;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading activities: a neighbourhood's programme, an activity and its coming times, one time with
 * how full it is, and one's own sign-ups. Everybody signed in reads them; who signed up is for the
 * organisers only. A time at a meeting place that is closed that day says so.
 */
@Service
public class Activities {

    private final ActivityStore store;
    private final Initiatives initiatives;
    private final Places places;
    private final PlaceTexts placeTexts;
    private final Clock clock;

    Activities(ActivityStore store, Initiatives initiatives, Places places, PlaceTexts placeTexts, Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.places = places;
        this.placeTexts = placeTexts;
        this.clock = clock;
    }

    /** The activity, or {@link NotFound}. */
    public ActivityView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("activity " + id));
    }

    /**
     * Who keeps an activity: whoever organised it, those who act for its initiative, the builder of
     * its neighbourhood and administrators.
     */
    public boolean mayManage(CurrentUser user, ActivityView activity) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) &&
                user.scope().builderNeighbourhoodIds().contains(activity.neighbourhoodId())) ||
            store.organiserOf(activity.id()) == user.accountId() ||
            (activity.initiativeId() != null && initiatives.mayActFor(user, activity.initiativeId()))
        );
    }

    ActivityView requireManage(CurrentUser user, long id) {
        ActivityView activity = get(id);
        if (!mayManage(user, activity)) {
            throw new NotPermitted("activities.not-yours");
        }
        return activity;
    }

    /** The neighbourhoods whose programme someone sees first: home and the ones she works in. */
    public Set<Long> ownNeighbourhoods(CurrentUser user) {
        Set<Long> ids = new HashSet<>(user.scope().builderNeighbourhoodIds());
        if (user.scope().homeNeighbourhoodId() != null) {
            ids.add(user.scope().homeNeighbourhoodId());
        }
        return ids;
    }

    /** The times that start on the days [from, until) in these neighbourhoods, soonest first. */
    @Transactional(readOnly = true)
    public List<OccurrenceView> programme(
        CurrentUser user,
        Collection<Long> neighbourhoodIds,
        LocalDate from,
        LocalDate until,
        boolean intergenerationalOnly,
        Locale locale
    ) {
        if (neighbourhoodIds.isEmpty()) {
            return List.of();
        }
        return withClosures(
            store.inNeighbourhoods(
                neighbourhoodIds,
                startOf(from),
                startOf(until),
                intergenerationalOnly,
                user.residentId()
            ),
            locale
        );
    }

    /** The activities of these neighbourhoods that still come, each with its next time, soonest first. */
    @Transactional(readOnly = true)
    public List<ActivityCard> upcoming(Collection<Long> neighbourhoodIds, int most) {
        return neighbourhoodIds.isEmpty() ? List.of() : store.upcoming(neighbourhoodIds, clock.instant(), most);
    }

    /** The coming times of an activity (at most {@code most}), with the reader's own place. */
    @Transactional(readOnly = true)
    public List<OccurrenceView> coming(CurrentUser user, long activityId, int most, Locale locale) {
        return withClosures(store.ofActivity(activityId, clock.instant(), most, user.residentId()), locale);
    }

    /** One time of an activity, or {@link NotFound}. */
    @Transactional(readOnly = true)
    public OccurrenceView occurrence(CurrentUser user, long activityId, LocalDate day, Locale locale) {
        OccurrenceView time = store
            .occurrence(activityId, day, user.residentId())
            .orElseThrow(() -> new NotFound("activity " + activityId + " on " + day));
        return withClosures(List.of(time), locale).getFirst();
    }

    /** The coming times the reader signed up for, or waits for. */
    @Transactional(readOnly = true)
    public List<OccurrenceView> mine(CurrentUser user, Locale locale) {
        Long residentId = user.residentId();
        return residentId == null ? List.of() : withClosures(store.signedUpFor(residentId, clock.instant()), locale);
    }

    /** Who signed up for one time: for those who keep the activity only. */
    @Transactional(readOnly = true)
    public List<SignupView> signups(CurrentUser user, long activityId, LocalDate day) {
        requireManage(user, activityId);
        long time = store
            .occurrenceId(activityId, day)
            .orElseThrow(() -> new NotFound("activity " + activityId + " on " + day));
        return store.signups(time);
    }

    /** Whether a time has begun, so that signing up is over and who came can be recorded. */
    public boolean begun(OccurrenceView time) {
        return !time.startsAt().toInstant().isAfter(clock.instant());
    }

    public LocalDate today() {
        return clock.instant().atZone(Recurrence.AMSTERDAM).toLocalDate();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(Recurrence.AMSTERDAM).toInstant();
    }

    private List<OccurrenceView> withClosures(List<OccurrenceView> times, Locale locale) {
        Set<Long> placeIds = new HashSet<>();
        times.forEach(t -> {
            if (t.placeId() != null) {
                placeIds.add(t.placeId());
            }
        });
        if (placeIds.isEmpty()) {
            return times;
        }
        Map<Long, OpeningHours> hours = places.hours(placeIds);
        return times
            .stream()
            .map(t -> {
                if (t.placeId() == null) {
                    return t;
                }
                return hours
                    .get(t.placeId())
                    .closureOn(t.day())
                    .map(c -> t.withPlaceClosed(placeTexts.closure(c, locale)))
                    .orElse(t);
            })
            .toList();
    }
}
