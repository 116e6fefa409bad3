package nl.buurtkracht.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Booking rooms on the real PostgreSQL: every bad field named and nothing stored, no double booking
 * even when two people press "book" at the same moment, retries that book once, and privacy.
 */
@SpringBootTest
@RecordApplicationEvents
class RoomBookingIntegrationTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    RoomBookings bookings;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEvents events;

    PlaceFixtures fixtures;
    PlaceFixtures.APlace place;
    CurrentUser ria;
    CurrentUser henk;
    CurrentUser analyst;
    CurrentUser builder;
    LocalDate day;

    @BeforeEach
    void aPlaceAndItsNeighbours() {
        fixtures = new PlaceFixtures(jdbc);
        place = fixtures.aPlaceOpenEveryDayInANewNeighbourhood();
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        henk = accounts.findByLogin(DemoData.STREET_HOST).orElseThrow();
        analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
        builder = fixtures.aBuilderOf(place.neighbourhoodId());
        day = bookings.today().plusDays(10);
        LocaleContextHolder.setLocale(DUTCH);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private BookingRequest request(long room, LocalDate on, String start, String end) {
        return new BookingRequest(room, on, LocalTime.parse(start), LocalTime.parse(end), null, "Verjaardag");
    }

    private long bookingsOfPlace() {
        return fixtures.count("select count(*) from place_booking where place_id = ?", place.id());
    }

    private String text(FieldProblem p) {
        return messages.getMessage(p.messageKey(), p.arguments(), DUTCH);
    }

    @Test
    void aResidentBooksARoomAndTheBookingIsAnnounced() {
        BookingView booked = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);

        assertThat(booked.roomName()).isEqualTo("Grote zaal");
        assertThat(booked.start()).isEqualTo(day.atTime(10, 0));
        assertThat(booked.end()).isEqualTo(day.atTime(12, 0));
        assertThat(booked.cancelled()).isFalse();
        assertThat(events.stream(PlaceBooked.class))
            .filteredOn(e -> e.bookingId() == booked.id())
            .singleElement()
            .satisfies(e -> {
                assertThat(e.placeId()).isEqualTo(place.id());
                assertThat(e.roomId()).isEqualTo(place.hallId());
                assertThat(e.residentId()).isEqualTo(ria.residentId());
                assertThat(e.initiativeId()).isNull();
                assertThat(Duration.between(e.start(), e.end())).isEqualTo(Duration.ofHours(2));
            });
        assertThat(bookings.coming(ria, place.id())).extracting(BookingView::id).containsExactly(booked.id());
    }

    @Test
    void aBookingThatEndsBeforeItStartsIsRefusedNamingTheEndAndNothingIsStored() {
        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), request(place.hallId(), day, "14:00", "12:00"), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("end");
                assertThat(text(e.problems().get(0))).isEqualTo(
                    "De eindtijd ligt vóór het begin. Kies een eindtijd na 14:00."
                );
            });
        assertThat(bookingsOfPlace()).isZero();
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), new BookingRequest(null, null, null, null, null, "x".repeat(201)), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactly("roomId", "day", "start", "end", "purpose")
        );
        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), request(999_999_999L, day, "10:00", "11:00"), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("places.booking.room.unknown")
        );
        assertThat(bookingsOfPlace()).isZero();
    }

    @Test
    void onlyWithinOpeningHoursAndNeverInThePast() {
        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), request(place.hallId(), day, "21:00", "23:00"), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("start");
                assertThat(text(e.problems().get(0))).isEqualTo(
                    place.name() +
                    " is op " +
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, DUTCH) +
                    " open van 8:00–22:00. Kies een tijd daarbinnen."
                );
            });
        assertThatThrownBy(() ->
            bookings.book(
                ria,
                place.id(),
                request(place.hallId(), bookings.today().minusDays(1), "10:00", "11:00"),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("places.booking.past")
        );
        assertThat(bookingsOfPlace()).isZero();
    }

    @Test
    void aDayTheCommunityCentreIsClosedCannotBeBooked() {
        fixtures.closed(place.id(), day.minusDays(3), day.plusDays(30), "verbouwing");

        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("day");
                assertThat(text(e.problems().get(0)))
                    .startsWith(place.name() + " is dan dicht. Gesloten van ")
                    .endsWith(": verbouwing. Kies een andere dag.");
            });
        assertThat(bookingsOfPlace()).isZero();
    }

    @Test
    void twoPeopleRacingForTheSameSlotExactlyOneWinsTheOtherIsToldItIsTaken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                LocalDate on = day.plusDays(round);
                var barrier = new CyclicBarrier(2);
                List<Future<BookingView>> attempts = new ArrayList<>();
                for (CurrentUser who : List.of(ria, henk)) {
                    Callable<BookingView> attempt = () -> {
                        LocaleContextHolder.setLocale(DUTCH);
                        barrier.await(10, TimeUnit.SECONDS);
                        return bookings.book(who, place.id(), request(place.hallId(), on, "19:00", "21:00"), null);
                    };
                    attempts.add(pool.submit(attempt));
                }
                int won = 0;
                List<InvalidInput> lost = new ArrayList<>();
                for (Future<BookingView> f : attempts) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(InvalidInput.class);
                        lost.add((InvalidInput) e.getCause());
                    }
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
                assertThat(lost).hasSize(1);
                FieldProblem problem = lost.get(0).problems().get(0);
                assertThat(problem.field()).isEqualTo("start");
                assertThat(text(problem)).isEqualTo(
                    "Grote zaal is op dat moment al bezet. Kies een andere tijd of zaal."
                );
                assertThat(
                    fixtures.count(
                        "select count(*) from place_booking where room_id = ? and cancelled_at is null and starts_at::date = ?",
                        place.hallId(),
                        on
                    )
                ).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseItselfRefusesOverlapsButAllowsBackToBackAndOtherRooms() {
        bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);

        assertThat(bookings.book(henk, place.id(), request(place.hallId(), day, "12:00", "13:00"), null)).isNotNull();
        assertThat(
            bookings.book(henk, place.id(), request(place.kitchenId(), day, "10:00", "12:00"), null)
        ).isNotNull();
        assertThatThrownBy(() ->
            jdbc
                .sql(
                    "insert into place_booking (place_id, room_id, booked_by, starts_at, ends_at) values (?, ?, ?, ?, ?)"
                )
                .params(
                    place.id(),
                    place.hallId(),
                    henk.accountId(),
                    java.sql.Timestamp.from(day.atTime(11, 0).atZone(OpeningHours.ZONE).toInstant()),
                    java.sql.Timestamp.from(day.atTime(11, 30).atZone(OpeningHours.ZONE).toInstant())
                )
                .update()
        ).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCancelledSlotCanBeBookedAgain() {
        BookingView first = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);
        bookings.cancel(ria, place.id(), first.id());

        BookingView again = bookings.book(henk, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(bookings.coming(ria, place.id()))
            .singleElement()
            .satisfies(b -> assertThat(b.cancelled()).isTrue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyBooksOnce() {
        String key = UUID.randomUUID().toString();
        BookingView first = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), key);
        BookingView retry = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), key);

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(bookingsOfPlace()).isEqualTo(1);
        assertThatThrownBy(() ->
            bookings.book(ria, place.id(), request(place.hallId(), day, "14:00", "15:00"), key)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("places.booking.key.reused")
        );
        // The same key of another person is another booking.
        assertThat(
            bookings.book(henk, place.id(), request(place.kitchenId(), day, "10:00", "12:00"), key).id()
        ).isNotEqualTo(first.id());
    }

    @Test
    void othersSeeOnlyBusyTheBookerHerOwnAndTheBuilderWho() {
        BookingView booked = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);

        WeekSchedule.Slot forRia = slotOn(bookings.week(ria, place.id(), day));
        WeekSchedule.Slot forHenk = slotOn(bookings.week(henk, place.id(), day));
        WeekSchedule.Slot forBuilder = slotOn(bookings.week(builder, place.id(), day));

        assertThat(forRia).isEqualTo(
            new WeekSchedule.Slot(LocalTime.of(10, 0), LocalTime.of(12, 0), true, booked.id(), "Verjaardag", null)
        );
        assertThat(forHenk).isEqualTo(
            new WeekSchedule.Slot(LocalTime.of(10, 0), LocalTime.of(12, 0), false, null, null, null)
        );
        assertThat(forBuilder.bookingId()).isEqualTo(booked.id());
        assertThat(forBuilder.bookedBy()).isEqualTo(ria.displayName());
        assertThat(bookings.coming(henk, place.id())).isEmpty();
        assertThat(bookings.coming(builder, place.id()))
            .singleElement()
            .satisfies(b -> assertThat(b.bookedBy()).isEqualTo(ria.displayName()));
    }

    @Test
    void someoneElsesBookingIsNotFoundAndStaysBooked() {
        BookingView booked = bookings.book(ria, place.id(), request(place.hallId(), day, "10:00", "12:00"), null);

        assertThatThrownBy(() -> bookings.cancel(henk, place.id(), booked.id())).isInstanceOf(NotFound.class);
        var otherPlace = fixtures.aPlaceOpenEveryDayInANewNeighbourhood();
        assertThatThrownBy(() -> bookings.cancel(ria, otherPlace.id(), booked.id())).isInstanceOf(NotFound.class);
        assertThat(bookings.coming(ria, place.id()))
            .singleElement()
            .satisfies(b -> assertThat(b.cancelled()).isFalse());

        bookings.cancel(builder, place.id(), booked.id());
        assertThat(bookings.coming(ria, place.id()))
            .singleElement()
            .satisfies(b -> assertThat(b.cancelled()).isTrue());
    }

    @Test
    void anOwnerBooksForHerInitiativeWhichThenCountsAsAlive() {
        long soup = fixtures.anInitiativeOwnedBy(place.neighbourhoodId(), ria.residentId());
        Instant before = jdbc
            .sql("select last_active_at from initiative where id = ?")
            .param(soup)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();

        BookingView booked = bookings.book(
            ria,
            place.id(),
            new BookingRequest(place.hallId(), day, LocalTime.of(15, 0), LocalTime.of(17, 0), soup, ""),
            null
        );

        assertThat(booked.initiativeTitle()).isEqualTo("Soepmiddag");
        assertThat(
            events
                .stream(PlaceBooked.class)
                .filter(e -> e.bookingId() == booked.id())
                .findFirst()
                .orElseThrow()
                .initiativeId()
        ).isEqualTo(soup);
        Instant after = jdbc
            .sql("select last_active_at from initiative where id = ?")
            .param(soup)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
        assertThat(after).isAfter(before);
        // Henk is no owner: he may not book in the soup afternoon's name, and nothing is stored.
        assertThatThrownBy(() ->
            bookings.book(
                henk,
                place.id(),
                new BookingRequest(place.kitchenId(), day, LocalTime.of(15, 0), LocalTime.of(17, 0), soup, ""),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("initiativeId")
        );
        assertThat(bookingsOfPlace()).isEqualTo(1);
    }

    @Test
    void theAnalystReadsButDoesNotBook() {
        assertThatThrownBy(() ->
            bookings.book(analyst, place.id(), request(place.hallId(), day, "10:00", "12:00"), null)
        ).isInstanceOf(NotPermitted.class);
    }

    private static WeekSchedule.Slot slotOn(WeekSchedule week) {
        return week
            .days()
            .stream()
            .flatMap(d -> d.rooms().stream())
            .filter(r -> r.room().name().equals("Grote zaal"))
            .flatMap(r -> r.taken().stream())
            .findFirst()
            .orElseThrow();
    }
}
