package nl.buurtkracht.place.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.place.BookingRequest;
import nl.buurtkracht.place.BookingView;
import nl.buurtkracht.place.HelpDeskSession;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.PlaceStatusLine;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.place.RoomBookings;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
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

/**
 * Meeting places as pages: the list with "open now" for each, a place with its hours, closures,
 * help-desk hours and a week of its rooms, the booking form, and one's own bookings.
 */
@Controller
@RequestMapping("/places")
class PlacesController {

    /** The order of the booking form's fields, so that the error summary follows it too. */
    private static final List<String> BOOKING_FIELDS = List.of(
        RoomBookings.ROOM,
        RoomBookings.DAY,
        RoomBookings.START,
        RoomBookings.END,
        RoomBookings.INITIATIVE,
        RoomBookings.PURPOSE,
        RoomBookings.IDEMPOTENCY_KEY
    );

    /** The booking form as typed; {@code requestKey} makes a double click book once. */
    record BookingPageForm(
        @Nullable String roomId,
        @Nullable String day,
        @Nullable String start,
        @Nullable String end,
        @Nullable String initiativeId,
        @Nullable String purpose,
        @Nullable String requestKey
    ) {
        static BookingPageForm empty(LocalDate day) {
            return new BookingPageForm(null, day.toString(), null, null, null, null, UUID.randomUUID().toString());
        }

        public boolean room(long id) {
            return String.valueOf(id).equals(roomId);
        }

        public boolean initiative(long id) {
            return String.valueOf(id).equals(initiativeId);
        }
    }

    /** A place on the list. */
    record Listed(
        PlaceView place,
        PlaceStatusLine status,
        List<PlacePageViews.HelpDeskLine> helpDesk,
        boolean mayChange
    ) {}

    /** A neighbourhood to filter on. */
    record Choice(long id, String name, boolean selected) {}

    private final MeetingPlaces places;
    private final Places openings;
    private final RoomBookings bookings;
    private final PlacePageViews views;
    private final FormErrors formErrors;

    PlacesController(
        MeetingPlaces places,
        Places openings,
        RoomBookings bookings,
        PlacePageViews views,
        FormErrors formErrors
    ) {
        this.places = places;
        this.openings = openings;
        this.bookings = bookings;
        this.views = views;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(
        @RequestParam(required = false) @Nullable String neighbourhood,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<PlaceView> all = places.all();
        Set<Long> own = places.ownNeighbourhoods(user);
        Long selected = null;
        boolean everywhere;
        if ("all".equals(neighbourhood) || (neighbourhood == null && own.isEmpty())) {
            everywhere = true;
        } else if (neighbourhood != null && neighbourhood.matches("[0-9]{1,18}")) {
            selected = Long.valueOf(neighbourhood);
            everywhere = false;
        } else {
            everywhere = false;
        }
        Long only = selected;
        List<PlaceView> shown = all
            .stream()
            .filter(p -> everywhere || (only != null ? p.neighbourhoodId() == only : own.contains(p.neighbourhoodId())))
            .toList();
        List<Long> ids = shown.stream().map(PlaceView::id).toList();
        Map<Long, PlaceStatusLine> status = openings.statusLines(ids, locale);
        Map<Long, List<HelpDeskSession>> helpDesk = places.helpDeskSessions(ids);
        model.addAttribute(
            "places",
            shown
                .stream()
                .map(p ->
                    new Listed(
                        p,
                        status.get(p.id()),
                        helpDesk
                            .get(p.id())
                            .stream()
                            .map(s -> views.helpDesk(s, locale))
                            .toList(),
                        places.mayChange(user, p)
                    )
                )
                .toList()
        );
        Map<Long, String> neighbourhoods = new LinkedHashMap<>();
        all
            .stream()
            .sorted(Comparator.comparing(PlaceView::neighbourhoodName))
            .forEach(p -> neighbourhoods.putIfAbsent(p.neighbourhoodId(), p.neighbourhoodName()));
        model.addAttribute(
            "neighbourhoods",
            neighbourhoods
                .entrySet()
                .stream()
                .map(e -> new Choice(e.getKey(), e.getValue(), e.getKey().equals(only)))
                .toList()
        );
        model.addAttribute("everywhere", everywhere);
        model.addAttribute("ownOnly", !everywhere && only == null);
        model.addAttribute("mayAdd", places.keepsPlaces(user));
        return "places/list";
    }

    @GetMapping("/{id}")
    String show(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String week,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        LocalDate day = parseDay(week);
        model.addAttribute("form", BookingPageForm.empty(day != null ? day : bookings.today()));
        return page(id, day, user, model, locale);
    }

    @PostMapping("/{id}/bookings")
    String book(
        @PathVariable long id,
        @ModelAttribute("form") BookingPageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            BookingView booked = bookings.book(user, id, request(form), TypedInput.text(form.requestKey()));
            return "redirect:/places/" + id + "/bookings?booked=" + booked.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, inOrder(e), locale);
        }
        return page(id, parseDay(form.day()), user, model, locale);
    }

    @GetMapping("/{id}/bookings")
    String mine(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        PlaceView place = places.get(id);
        model.addAttribute("place", place);
        model.addAttribute("status", openings.statusLine(id, locale));
        model.addAttribute("keeper", places.mayChange(user, place));
        model.addAttribute(
            "bookings",
            bookings
                .coming(user, id)
                .stream()
                .map(b -> views.booking(b, locale))
                .toList()
        );
        return "places/bookings";
    }

    @PostMapping("/{id}/bookings/{bookingId}/cancel")
    String cancel(
        @PathVariable long id,
        @PathVariable long bookingId,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            bookings.cancel(user, id, bookingId);
            return "redirect:/places/" + id + "/bookings?cancelled";
        } catch (InvalidInput e) {
            // The booking ended while the page was open: say so above the list.
            formErrors.addTo(
                model,
                new InvalidInput(
                    e
                        .problems()
                        .stream()
                        .map(p -> new FieldProblem("booking-" + bookingId, p.messageKey(), p.arguments()))
                        .toList()
                ),
                locale
            );
        }
        return mine(id, user, model, locale);
    }

    private String page(long id, @Nullable LocalDate day, CurrentUser user, Model model, Locale locale) {
        PlaceView place = places.get(id);
        OpeningHours hours = openings.hours(id);
        LocalDate today = bookings.today();
        var week = bookings.week(user, id, day != null ? day : today);
        model.addAttribute("place", place);
        model.addAttribute("status", openings.statusLine(id, locale));
        model.addAttribute("hours", views.week(hours, today, locale));
        model.addAttribute("closures", views.closures(hours, today, locale));
        model.addAttribute("specials", views.specials(hours, today, locale));
        model.addAttribute(
            "helpDesk",
            places
                .helpDeskSessions(id)
                .stream()
                .map(s -> views.helpDesk(s, locale))
                .toList()
        );
        model.addAttribute("week", week);
        model.addAttribute("weekTitle", views.weekTitle(week, locale));
        model.addAttribute("days", views.days(week, today, locale));
        model.addAttribute("mayChange", places.mayChange(user, place));
        model.addAttribute("mayBook", bookings.mayBook(user) && !place.rooms().isEmpty());
        model.addAttribute("initiatives", bookings.mayBook(user) ? bookings.initiativesFor(user, place) : List.of());
        return "places/show";
    }

    private static BookingRequest request(BookingPageForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        var request = new BookingRequest(
            TypedInput.id(form.roomId(), RoomBookings.ROOM, problems),
            TypedInput.date(form.day(), RoomBookings.DAY, problems),
            TypedInput.time(form.start(), RoomBookings.START, problems),
            TypedInput.time(form.end(), RoomBookings.END, problems),
            TypedInput.id(form.initiativeId(), RoomBookings.INITIATIVE, problems),
            TypedInput.text(form.purpose())
        );
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return request;
    }

    private static @Nullable LocalDate parseDay(@Nullable String text) {
        return TypedInput.date(text, RoomBookings.DAY, new ArrayList<>());
    }

    private static InvalidInput inOrder(InvalidInput e) {
        List<FieldProblem> sorted = new ArrayList<>(e.problems());
        sorted.sort(Comparator.comparingInt(p -> BOOKING_FIELDS.indexOf(p.field())));
        return new InvalidInput(sorted);
    }
}
