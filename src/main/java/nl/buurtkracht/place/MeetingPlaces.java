package nl.buurtkracht.place;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.place.internal.PlaceRules;
import nl.buurtkracht.place.internal.PlaceStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting places and what belongs to them: rooms, weekly hours, closures and help-desk hours.
 * Everybody signed in reads them; the community builder of the place's neighbourhood and
 * administrators keep them.
 */
@Service
public class MeetingPlaces {

    private final PlaceStore store;
    private final Areas areas;
    private final Clock clock;

    MeetingPlaces(PlaceStore store, Areas areas, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.clock = clock;
    }

    public Optional<PlaceView> find(long id) {
        return store.find(id);
    }

    /** The place, or {@link NotFound}. */
    public PlaceView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("place " + id));
    }

    public List<PlaceView> all() {
        return store.all();
    }

    public List<PlaceView> inNeighbourhoods(Collection<Long> neighbourhoodIds) {
        return neighbourhoodIds.isEmpty() ? List.of() : store.inNeighbourhoods(neighbourhoodIds);
    }

    /** The neighbourhoods whose places someone sees first: home and work; empty for a person with neither. */
    public Set<Long> ownNeighbourhoods(CurrentUser user) {
        Set<Long> ids = new HashSet<>(user.scope().builderNeighbourhoodIds());
        Long home = user.scope().homeNeighbourhoodId();
        if (home != null) {
            ids.add(home);
        }
        return ids;
    }

    /** An administrator keeps every place; a builder those in the neighbourhoods she works in. */
    public boolean mayChange(CurrentUser user, PlaceView place) {
        return mayKeepIn(user, place.neighbourhoodId());
    }

    public boolean mayKeepIn(CurrentUser user, long neighbourhoodId) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId))
        );
    }

    /** Whether this person keeps places anywhere, for showing the "add a place" button. */
    public boolean keepsPlaces(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.COMMUNITY_BUILDER);
    }

    @Transactional
    public long create(CurrentUser user, PlaceForm form) {
        PlaceStore.Located where = checked(user, form);
        return store.insert(form, where);
    }

    @Transactional
    public void update(CurrentUser user, long id, PlaceForm form) {
        changeable(user, id);
        PlaceStore.Located where = checked(user, form);
        store.update(id, form, where);
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        changeable(user, id);
        store.delete(id);
    }

    @Transactional
    public long addRoom(CurrentUser user, long placeId, RoomForm form) {
        changeable(user, placeId);
        check(PlaceRules.check(form));
        try {
            return store.insertRoom(placeId, form);
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of(PlaceRules.NAME, "places.room.name.taken");
        }
    }

    @Transactional
    public void updateRoom(CurrentUser user, long placeId, long roomId, RoomForm form) {
        changeable(user, placeId);
        room(placeId, roomId);
        check(PlaceRules.check(form));
        try {
            store.updateRoom(roomId, form);
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of(PlaceRules.NAME, "places.room.name.taken");
        }
    }

    /** Removes a room, unless someone still counts on it: a booking that has not ended. */
    @Transactional
    public void deleteRoom(CurrentUser user, long placeId, long roomId) {
        changeable(user, placeId);
        RoomView room = room(placeId, roomId);
        if (store.hasComingBookings(roomId, clock.instant())) {
            throw InvalidInput.of("room-" + roomId, "places.room.has-bookings", room.name());
        }
        store.deleteRoom(roomId);
    }

    /** Replaces the weekly opening hours. */
    @Transactional
    public void setHours(CurrentUser user, long placeId, List<WeeklyPeriod> periods) {
        changeable(user, placeId);
        check(PlaceRules.check(periods));
        store.replacePeriods(placeId, periods);
    }

    public List<WeeklyPeriod> hoursOf(long placeId) {
        return store.periods(placeId);
    }

    public List<ClosureView> closures(long placeId) {
        return store.closures(placeId);
    }

    @Transactional
    public long addClosure(CurrentUser user, long placeId, ClosureForm form) {
        changeable(user, placeId);
        check(PlaceRules.check(form));
        return store.insertClosure(placeId, new PlaceClosure(form.from(), form.until(), form.reason()));
    }

    @Transactional
    public void removeClosure(CurrentUser user, long placeId, long closureId) {
        changeable(user, placeId);
        if (!store.deleteClosure(placeId, closureId)) {
            throw new NotFound("closure " + closureId);
        }
    }

    public List<SpecialOpeningView> specials(long placeId) {
        return store.specials(placeId);
    }

    @Transactional
    public long addSpecial(CurrentUser user, long placeId, SpecialOpeningForm form) {
        changeable(user, placeId);
        check(PlaceRules.check(form));
        return store.insertSpecial(placeId, new SpecialOpening(form.day(), form.opens(), form.closes(), form.note()));
    }

    @Transactional
    public void removeSpecial(CurrentUser user, long placeId, long specialId) {
        changeable(user, placeId);
        if (!store.deleteSpecial(placeId, specialId)) {
            throw new NotFound("special opening " + specialId);
        }
    }

    public List<HelpDeskHours> helpDesk(long placeId) {
        return store.helpDesk(placeId);
    }

    /** The help-desk hours with when they next really take place (never on a closed day). */
    @Transactional(readOnly = true)
    public List<HelpDeskSession> helpDeskSessions(long placeId) {
        OpeningHours hours = store.hours(placeId);
        ZonedDateTime now = now();
        return store
            .helpDesk(placeId)
            .stream()
            .map(h -> hours.helpDesk(h, now))
            .toList();
    }

    /** The help-desk sessions of many places, by place id, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, List<HelpDeskSession>> helpDeskSessions(Collection<Long> placeIds) {
        var hours = store.hours(placeIds);
        ZonedDateTime now = now();
        Map<Long, List<HelpDeskSession>> sessions = new LinkedHashMap<>();
        store
            .helpDesk(placeIds)
            .forEach((id, list) ->
                sessions.put(
                    id,
                    list
                        .stream()
                        .map(h -> hours.get(id).helpDesk(h, now))
                        .toList()
                )
            );
        return sessions;
    }

    @Transactional
    public long addHelpDesk(CurrentUser user, long placeId, HelpDeskForm form) {
        changeable(user, placeId);
        check(PlaceRules.check(form));
        return store.insertHelpDesk(placeId, form);
    }

    @Transactional
    public void removeHelpDesk(CurrentUser user, long placeId, long entryId) {
        changeable(user, placeId);
        if (!store.deleteHelpDesk(placeId, entryId)) {
            throw new NotFound("help desk " + entryId);
        }
    }

    public List<RoomView> rooms(long placeId) {
        return store.rooms(placeId);
    }

    /** The place if this person may keep it; {@link NotPermitted} with a reason otherwise. */
    public PlaceView changeable(CurrentUser user, long placeId) {
        PlaceView place = get(placeId);
        if (!mayChange(user, place)) {
            throw new NotPermitted("places.not-yours");
        }
        return place;
    }

    private RoomView room(long placeId, long roomId) {
        return store.room(placeId, roomId).orElseThrow(() -> new NotFound("room " + roomId));
    }

    /** Every field problem first, then whether the neighbourhood is hers. */
    private PlaceStore.Located checked(CurrentUser user, PlaceForm form) {
        List<FieldProblem> problems = new ArrayList<>(PlaceRules.check(form));
        PlaceStore.Located where = null;
        if (form.addressId() != null) {
            Optional<AddressView> address = areas.address(form.addressId());
            if (address.isEmpty()) {
                problems.add(new FieldProblem(PlaceRules.ADDRESS, "places.address.unknown"));
            } else {
                AddressView a = address.get();
                where = new PlaceStore.Located(
                    form.addressLine().isEmpty() ? a.oneLine() : form.addressLine(),
                    a.neighbourhoodId(),
                    form.lat() == null ? a.lat() : form.lat(),
                    form.lon() == null ? a.lon() : form.lon()
                );
            }
        } else if (form.neighbourhoodId() != null) {
            if (!store.neighbourhoodExists(form.neighbourhoodId())) {
                problems.add(new FieldProblem(PlaceRules.NEIGHBOURHOOD, "places.neighbourhood.unknown"));
            } else if (form.lat() != null && form.lon() != null) {
                where = new PlaceStore.Located(form.addressLine(), form.neighbourhoodId(), form.lat(), form.lon());
            }
        }
        check(problems);
        if (where == null) {
            throw new IllegalStateException("a valid place form has a location");
        }
        if (!mayKeepIn(user, where.neighbourhoodId())) {
            throw new NotPermitted("places.neighbourhood.not-yours");
        }
        return where;
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(OpeningHours.ZONE);
    }
}
