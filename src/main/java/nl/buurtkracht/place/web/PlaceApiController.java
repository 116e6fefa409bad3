package nl.buurtkracht.place.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.place.ClosureForm;
import nl.buurtkracht.place.ClosureView;
import nl.buurtkracht.place.HelpDeskForm;
import nl.buurtkracht.place.HelpDeskHours;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.PlaceClosure;
import nl.buurtkracht.place.PlaceForm;
import nl.buurtkracht.place.PlaceStatusLine;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.place.RoomForm;
import nl.buurtkracht.place.RoomView;
import nl.buurtkracht.place.SpecialOpening;
import nl.buurtkracht.place.SpecialOpeningForm;
import nl.buurtkracht.place.SpecialOpeningView;
import nl.buurtkracht.place.WeeklyPeriod;
import nl.buurtkracht.place.internal.PlaceRules;
import nl.buurtkracht.system.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meeting places for scripts and other systems, with the same rules and reasons as the pages.
 * Times are local to Europe/Amsterdam ("09:00"), days ISO dates ("2027-07-01"), weekdays in English
 * capitals ("MONDAY"); bad input answers 400 with a problem naming each field.
 */
@RestController
@RequestMapping("/api/v1/places")
class PlaceApiController {

    /** A place as JSON; missing texts count as empty, missing ticks as not there. */
    record PlaceBody(
        @Nullable String name,
        @Nullable String operator,
        @Nullable String description,
        @Nullable Long addressId,
        @Nullable String addressLine,
        @Nullable Long neighbourhoodId,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable Boolean stepFree,
        @Nullable Boolean accessibleToilet,
        @Nullable Boolean hearingLoop,
        @Nullable Integer capacity
    ) {
        PlaceForm form() {
            return new PlaceForm(
                TypedInput.text(name),
                TypedInput.text(operator),
                TypedInput.text(description),
                addressId,
                TypedInput.text(addressLine),
                neighbourhoodId,
                lat,
                lon,
                Boolean.TRUE.equals(stepFree),
                Boolean.TRUE.equals(accessibleToilet),
                Boolean.TRUE.equals(hearingLoop),
                capacity
            );
        }
    }

    /** "Open now" and the like, as a kind for programs and a sentence for people. */
    record Status(String kind, boolean open, String text) {
        static Status of(PlaceStatusLine line) {
            return new Status(line.kind().name(), line.open(), line.text());
        }
    }

    /** A place with its status, for lists. */
    record Listed(PlaceView place, Status status) {}

    /** A place with everything about when one can come. */
    record Details(
        PlaceView place,
        Status status,
        List<WeeklyPeriod> hours,
        List<ClosureView> closures,
        List<SpecialOpeningView> specialOpenings,
        List<HelpDeskHours> helpDesk
    ) {}

    record SpecialBody(@Nullable String day, @Nullable String opens, @Nullable String closes, @Nullable String note) {}

    /** One opening period as JSON. */
    record PeriodBody(@Nullable String day, @Nullable String opens, @Nullable String closes) {}

    /** The whole week's hours; an empty list means closed every day. */
    record HoursBody(@Nullable List<PeriodBody> hours) {}

    record ClosureBody(@Nullable String from, @Nullable String until, @Nullable String reason) {}

    record HelpDeskBody(@Nullable String day, @Nullable String starts, @Nullable String ends, @Nullable String topic) {}

    record RoomBody(@Nullable String name, @Nullable Integer capacity) {
        RoomForm form() {
            return new RoomForm(TypedInput.text(name), capacity);
        }
    }

    private final MeetingPlaces places;
    private final Places openings;

    PlaceApiController(MeetingPlaces places, Places openings) {
        this.places = places;
        this.openings = openings;
    }

    @GetMapping
    List<Listed> list(@RequestParam(required = false) @Nullable Long neighbourhood, Locale locale) {
        List<PlaceView> found = neighbourhood == null ? places.all() : places.inNeighbourhoods(List.of(neighbourhood));
        Map<Long, PlaceStatusLine> status = openings.statusLines(found.stream().map(PlaceView::id).toList(), locale);
        return found
            .stream()
            .map(p -> new Listed(p, Status.of(status.get(p.id()))))
            .toList();
    }

    @GetMapping("/{id}")
    Details show(@PathVariable long id, Locale locale) {
        PlaceView place = places.get(id);
        OpeningHours hours = openings.hours(id);
        return new Details(
            place,
            Status.of(openings.statusLine(id, locale)),
            hours.periods(),
            places.closures(id),
            places.specials(id),
            places.helpDesk(id)
        );
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Details> create(
        @RequestBody PlaceBody body,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        long id = places.create(user, body.form());
        return ResponseEntity.created(URI.create("/api/v1/places/" + id)).body(show(id, locale));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    Details update(
        @PathVariable long id,
        @RequestBody PlaceBody body,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        places.update(user, id, body.form());
        return show(id, locale);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        places.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/hours", consumes = "application/json")
    Details hours(
        @PathVariable long id,
        @RequestBody HoursBody body,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        places.changeable(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        List<WeeklyPeriod> periods = new ArrayList<>();
        List<PeriodBody> typed = body.hours() == null ? List.of() : body.hours();
        for (int i = 0; i < typed.size(); i++) {
            PeriodBody p = typed.get(i);
            String field = "hours[" + i + "]";
            var day = TypedInput.day(p.day(), field + ".day", problems);
            var opens = TypedInput.time(p.opens(), field + ".opens", problems);
            var closes = TypedInput.time(p.closes(), field + ".closes", problems);
            if (day == null && TypedInput.text(p.day()).isEmpty()) {
                problems.add(new FieldProblem(field + ".day", "places.input.day"));
            }
            if (opens == null || closes == null) {
                if (TypedInput.text(p.opens()).isEmpty() || TypedInput.text(p.closes()).isEmpty()) {
                    problems.add(new FieldProblem(field, "places.hours.both"));
                }
            } else if (day != null) {
                periods.add(new WeeklyPeriod(day, opens, closes));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        places.setHours(user, id, periods);
        return show(id, locale);
    }

    @PostMapping(path = "/{id}/closures", consumes = "application/json")
    ResponseEntity<ClosureView> addClosure(
        @PathVariable long id,
        @RequestBody ClosureBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var form = new ClosureForm(
            TypedInput.date(body.from(), PlaceRules.FROM, problems),
            TypedInput.date(body.until(), PlaceRules.UNTIL, problems),
            TypedInput.text(body.reason())
        );
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long closureId = places.addClosure(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/places/" + id + "/closures/" + closureId)).body(
            new ClosureView(closureId, id, new PlaceClosure(form.from(), form.until(), form.reason()))
        );
    }

    @DeleteMapping("/{id}/closures/{closureId}")
    ResponseEntity<Void> removeClosure(
        @PathVariable long id,
        @PathVariable long closureId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeClosure(user, id, closureId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/special-openings", consumes = "application/json")
    ResponseEntity<SpecialOpeningView> addSpecial(
        @PathVariable long id,
        @RequestBody SpecialBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var form = new SpecialOpeningForm(
            TypedInput.date(body.day(), PlaceRules.SPECIAL_DAY, problems),
            TypedInput.time(body.opens(), PlaceRules.SPECIAL_OPENS, problems),
            TypedInput.time(body.closes(), PlaceRules.SPECIAL_CLOSES, problems),
            TypedInput.text(body.note())
        );
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long specialId = places.addSpecial(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/places/" + id + "/special-openings/" + specialId)).body(
            new SpecialOpeningView(
                specialId,
                id,
                new SpecialOpening(form.day(), form.opens(), form.closes(), form.note())
            )
        );
    }

    @DeleteMapping("/{id}/special-openings/{specialId}")
    ResponseEntity<Void> removeSpecial(
        @PathVariable long id,
        @PathVariable long specialId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeSpecial(user, id, specialId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/help-desk", consumes = "application/json")
    ResponseEntity<HelpDeskHours> addHelpDesk(
        @PathVariable long id,
        @RequestBody HelpDeskBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        var form = new HelpDeskForm(
            TypedInput.day(body.day(), PlaceRules.DAY, problems),
            TypedInput.time(body.starts(), PlaceRules.STARTS, problems),
            TypedInput.time(body.ends(), PlaceRules.ENDS, problems),
            TypedInput.text(body.topic())
        );
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long entryId = places.addHelpDesk(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/places/" + id + "/help-desk/" + entryId)).body(
                places
                    .helpDesk(id)
                    .stream()
                    .filter(h -> h.id() == entryId)
                    .findFirst()
                    .orElseThrow()
            );
    }

    @DeleteMapping("/{id}/help-desk/{entryId}")
    ResponseEntity<Void> removeHelpDesk(
        @PathVariable long id,
        @PathVariable long entryId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeHelpDesk(user, id, entryId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/rooms", consumes = "application/json")
    ResponseEntity<RoomView> addRoom(
        @PathVariable long id,
        @RequestBody RoomBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long roomId = places.addRoom(user, id, body.form());
        return ResponseEntity.created(URI.create("/api/v1/places/" + id + "/rooms/" + roomId)).body(room(id, roomId));
    }

    @PutMapping(path = "/{id}/rooms/{roomId}", consumes = "application/json")
    RoomView updateRoom(
        @PathVariable long id,
        @PathVariable long roomId,
        @RequestBody RoomBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.updateRoom(user, id, roomId, body.form());
        return room(id, roomId);
    }

    @DeleteMapping("/{id}/rooms/{roomId}")
    ResponseEntity<Void> deleteRoom(
        @PathVariable long id,
        @PathVariable long roomId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.deleteRoom(user, id, roomId);
        return ResponseEntity.noContent().build();
    }

    private RoomView room(long placeId, long roomId) {
        return places
            .rooms(placeId)
            .stream()
            .filter(r -> r.id() == roomId)
            .findFirst()
            .orElseThrow();
    }
}
