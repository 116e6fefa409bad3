package nl.buurtkracht.place;

import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.buurtkracht.initiative.InitiativeSummary;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.place.internal.BookingStore;
import nl.buurtkracht.place.internal.PlaceStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Room bookings: residents book for themselves, owners and builders for an initiative. A booking lies
 * within one opening period of an open day; the database refuses a second booking of the same room
 * at the same time. Who booked stays private: others see only that a time is taken.
 */
@Service
public class RoomBookings {

    /** Field names of a booking, as forms and the API use them. */
    public static final String ROOM = "roomId";

    public static final String DAY = "day";
    public static final String START = "start";
    public static final String END = "end";
    public static final String INITIATIVE = "initiativeId";
    public static final String PURPOSE = "purpose";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public static final int MAX_PURPOSE = 200;
    public static final int MAX_DAYS_AHEAD = 366;

    /** PostgreSQL's SQLSTATE for an exclusion-constraint violation: the room is taken. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final BookingStore bookings;
    private final PlaceStore places;
    private final MeetingPlaces meetingPlaces;
    private final Initiatives initiatives;
    private final PlaceTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomBookings(
        BookingStore bookings,
        PlaceStore places,
        MeetingPlaces meetingPlaces,
        Initiatives initiatives,
        PlaceTexts texts,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.bookings = bookings;
        this.places = places;
        this.meetingPlaces = meetingPlaces;
        this.initiatives = initiatives;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** Residents book for themselves; builders and administrators for their work. The analyst reads only. */
    public boolean mayBook(CurrentUser user) {
        return user.has(Role.RESIDENT) || user.has(Role.COMMUNITY_BUILDER) || user.has(Role.ADMINISTRATOR);
    }

    /**
     * Books the room, or names every field that is wrong and stores nothing. With an idempotency key
     * a retry of the same booking returns the first one instead of booking twice.
     */
    @Transactional
    public BookingView book(CurrentUser user, long placeId, BookingRequest request, @Nullable String idempotencyKey) {
        if (!mayBook(user)) {
            throw new NotPermitted("places.booking.not-allowed");
        }
        PlaceView place = meetingPlaces.get(placeId);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw InvalidInput.of(IDEMPOTENCY_KEY, "places.booking.key.too-long", 200);
        }
        if (key != null) {
            Optional<BookingStore.Row> earlier = bookings.byIdempotencyKey(user.accountId(), key);
            if (earlier.isPresent()) {
                return sameOrRefused(earlier.get(), request);
            }
        }
        RoomView room = check(user, place, request);
        LocalDate day = Objects.requireNonNull(request.day());
        Instant start = ZonedDateTime.of(day, Objects.requireNonNull(request.start()), OpeningHours.ZONE).toInstant();
        Instant end = ZonedDateTime.of(day, Objects.requireNonNull(request.end()), OpeningHours.ZONE).toInstant();
        Optional<Long> id;
        try {
            id = bookings.insert(
                new BookingStore.NewBooking(
                    placeId,
                    room.id(),
                    user.accountId(),
                    user.residentId(),
                    request.initiativeId(),
                    request.purpose(),
                    start,
                    end,
                    key
                )
            );
        } catch (DataIntegrityViolationException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                throw InvalidInput.of(START, "places.booking.taken", room.name());
            }
            throw e;
        }
        if (id.isEmpty()) {
            // The same key won a moment ago in another request: answer with that booking.
            return sameOrRefused(
                bookings.byIdempotencyKey(user.accountId(), Objects.requireNonNull(key)).orElseThrow(),
                request
            );
        }
        events.publishEvent(
            new PlaceBooked(id.get(), placeId, room.id(), request.initiativeId(), user.residentId(), start, end)
        );
        if (request.initiativeId() != null) {
            initiatives.recordLife(request.initiativeId());
        }
        return view(bookings.find(placeId, id.get()).orElseThrow(), false);
    }

    /** Cancels a booking of one's own (or one the builder or initiative may manage); others' are "not found". */
    @Transactional
    public void cancel(CurrentUser user, long placeId, long bookingId) {
        PlaceView place = meetingPlaces.get(placeId);
        BookingStore.Row row = bookings
            .find(placeId, bookingId)
            .filter(b -> mayManage(user, place, b))
            .orElseThrow(() -> new NotFound("booking " + bookingId));
        if (!row.end().isAfter(clock.instant())) {
            throw InvalidInput.of("booking", "places.booking.cancel.over");
        }
        bookings.cancel(bookingId, clock.instant());
    }

    /** The bookings at the place that have not ended: one's own, or all for the builder and administrator. */
    @Transactional(readOnly = true)
    public List<BookingView> coming(CurrentUser user, long placeId) {
        PlaceView place = meetingPlaces.get(placeId);
        boolean keeper = meetingPlaces.mayChange(user, place);
        List<BookingStore.Row> rows = keeper
            ? bookings.coming(placeId, clock.instant())
            : bookings.comingOf(placeId, user.accountId(), clock.instant());
        return rows
            .stream()
            .map(r -> view(r, keeper))
            .toList();
    }

    /** The week (Monday to Sunday) around this day: hours, closures and taken times per room. */
    @Transactional(readOnly = true)
    public WeekSchedule week(CurrentUser user, long placeId, LocalDate anyDay) {
        PlaceView place = meetingPlaces.get(placeId);
        boolean keeper = meetingPlaces.mayChange(user, place);
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OpeningHours hours = places.hours(placeId);
        List<BookingStore.Row> taken = bookings.during(
            placeId,
            monday.atStartOfDay(OpeningHours.ZONE).toInstant(),
            monday.plusWeeks(1).atStartOfDay(OpeningHours.ZONE).toInstant()
        );
        List<WeekSchedule.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            List<WeekSchedule.RoomDay> rooms = place
                .rooms()
                .stream()
                .map(room ->
                    new WeekSchedule.RoomDay(
                        room,
                        taken
                            .stream()
                            .filter(b -> b.roomId() == room.id() && b.localStart().toLocalDate().equals(day))
                            .map(b -> slot(user, b, keeper))
                            .toList()
                    )
                )
                .toList();
            days.add(new WeekSchedule.Day(day, hours.openOn(day), hours.closureOn(day).orElse(null), rooms));
        }
        return new WeekSchedule(monday, days);
    }

    /** Initiatives this person may book for; the form offers them beside "for myself". */
    @Transactional(readOnly = true)
    public List<InitiativeSummary> initiativesFor(CurrentUser user, PlaceView place) {
        return initiatives.actableBy(user, place.neighbourhoodId());
    }

    /** Today in the place's time zone, for forms that suggest a day. */
    public LocalDate today() {
        return clock.instant().atZone(OpeningHours.ZONE).toLocalDate();
    }

    private boolean mayManage(CurrentUser user, PlaceView place, BookingStore.Row booking) {
        return (
            booking.bookedBy() == user.accountId() ||
            meetingPlaces.mayChange(user, place) ||
            (booking.initiativeId() != null && initiatives.mayActFor(user, booking.initiativeId()))
        );
    }

    private BookingView sameOrRefused(BookingStore.Row earlier, BookingRequest request) {
        boolean same =
            Objects.equals(earlier.roomId(), request.roomId()) &&
            earlier.localStart().toLocalDate().equals(request.day()) &&
            earlier.localStart().toLocalTime().equals(request.start()) &&
            earlier.localEnd().toLocalTime().equals(request.end());
        if (!same) {
            throw InvalidInput.of(IDEMPOTENCY_KEY, "places.booking.key.reused");
        }
        return view(earlier, false);
    }

    /** Every problem of the request at once; the room when there is none. */
    private RoomView check(CurrentUser user, PlaceView place, BookingRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>();
        RoomView room = null;
        if (request.roomId() == null) {
            problems.add(new FieldProblem(ROOM, "places.booking.room.required"));
        } else {
            room = places.room(place.id(), request.roomId()).orElse(null);
            if (room == null) {
                problems.add(new FieldProblem(ROOM, "places.booking.room.unknown"));
            }
        }
        if (request.day() == null) {
            problems.add(new FieldProblem(DAY, "places.booking.day.required"));
        }
        if (request.start() == null) {
            problems.add(new FieldProblem(START, "places.booking.start.required"));
        }
        if (request.end() == null) {
            problems.add(new FieldProblem(END, "places.booking.end.required"));
        }
        boolean timesOk = request.start() != null && request.end() != null;
        if (timesOk && !request.end().isAfter(request.start())) {
            problems.add(new FieldProblem(END, "places.booking.end.before-start", texts.time(request.start())));
            timesOk = false;
        }
        if (request.purpose().length() > MAX_PURPOSE) {
            problems.add(new FieldProblem(PURPOSE, "places.booking.purpose.too-long", MAX_PURPOSE));
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpeningHours.ZONE);
        if (request.day() != null) {
            LocalDate day = request.day();
            OpeningHours hours = places.hours(place.id());
            Optional<PlaceClosure> closure = hours.closureOn(day);
            if (
                day.isBefore(now.toLocalDate()) ||
                (request.start() != null && !day.atTime(request.start()).isAfter(now))
            ) {
                problems.add(new FieldProblem(DAY, "places.booking.past"));
            } else if (day.isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
                problems.add(new FieldProblem(DAY, "places.booking.too-far", MAX_DAYS_AHEAD));
            } else if (closure.isPresent()) {
                problems.add(
                    new FieldProblem(DAY, "places.booking.closed", place.name(), texts.closure(closure.get(), locale))
                );
            } else if (timesOk && !hours.openDuring(day, request.start(), request.end())) {
                List<WeeklyPeriod> open = hours.openOn(day);
                String weekday = texts.weekday(day.getDayOfWeek(), locale);
                if (open.isEmpty()) {
                    problems.add(new FieldProblem(DAY, "places.booking.closed-that-day", place.name(), weekday));
                } else {
                    problems.add(
                        new FieldProblem(
                            START,
                            "places.booking.outside-hours",
                            place.name(),
                            weekday,
                            texts.periods(open, locale)
                        )
                    );
                }
            }
        }
        if (request.initiativeId() != null) {
            if (initiatives.summary(request.initiativeId()).isEmpty()) {
                problems.add(new FieldProblem(INITIATIVE, "places.booking.initiative.unknown"));
            } else if (!initiatives.mayActFor(user, request.initiativeId())) {
                problems.add(new FieldProblem(INITIATIVE, "places.booking.initiative.not-yours"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Objects.requireNonNull(room);
    }

    private static WeekSchedule.Slot slot(CurrentUser user, BookingStore.Row b, boolean keeper) {
        boolean mine = b.bookedBy() == user.accountId();
        boolean visible = mine || keeper;
        return new WeekSchedule.Slot(
            b.localStart().toLocalTime(),
            b.localEnd().toLocalTime(),
            mine,
            visible ? b.id() : null,
            visible ? label(b) : null,
            keeper ? b.bookerName() : null
        );
    }

    private static String label(BookingStore.Row b) {
        if (b.initiativeTitle() == null) {
            return b.purpose();
        }
        return b.purpose().isEmpty() ? b.initiativeTitle() : b.initiativeTitle() + ": " + b.purpose();
    }

    private static BookingView view(BookingStore.Row b, boolean withBooker) {
        return new BookingView(
            b.id(),
            b.placeId(),
            b.roomId(),
            b.roomName(),
            b.localStart(),
            b.localEnd(),
            b.purpose(),
            b.initiativeId(),
            b.initiativeTitle(),
            withBooker ? b.bookerName() : null,
            b.cancelled()
        );
    }
}
