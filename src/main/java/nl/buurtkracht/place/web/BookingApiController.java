package nl.buurtkracht.place.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.place.BookingRequest;
import nl.buurtkracht.place.BookingView;
import nl.buurtkracht.place.RoomBookings;
import nl.buurtkracht.place.WeekSchedule;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Room bookings for scripts: a week of taken times (whose only for one's own), one's coming
 * bookings, booking with an {@code Idempotency-Key} so a retry never books twice, and cancelling.
 */
@RestController
@RequestMapping("/api/v1/places/{id}/bookings")
class BookingApiController {

    /** A booking to make: day "2027-07-01", start and end "10:00", local to Europe/Amsterdam. */
    record BookingBody(
        @Nullable Long roomId,
        @Nullable String day,
        @Nullable String start,
        @Nullable String end,
        @Nullable Long initiativeId,
        @Nullable String purpose
    ) {
        BookingRequest request() {
            List<FieldProblem> problems = new ArrayList<>();
            var request = new BookingRequest(
                roomId,
                TypedInput.date(day, RoomBookings.DAY, problems),
                TypedInput.time(start, RoomBookings.START, problems),
                TypedInput.time(end, RoomBookings.END, problems),
                initiativeId,
                TypedInput.text(purpose)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return request;
        }
    }

    /** The week asked for, and the reader's own bookings (all of them for the builder) that have not ended. */
    record Bookings(WeekSchedule week, List<BookingView> coming) {}

    private final RoomBookings bookings;

    BookingApiController(RoomBookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping
    Bookings list(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String week,
        @AuthenticationPrincipal CurrentUser user
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = TypedInput.date(week, "week", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Bookings(bookings.week(user, id, day == null ? bookings.today() : day), bookings.coming(user, id));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<BookingView> book(
        @PathVariable long id,
        @RequestBody BookingBody body,
        @RequestHeader(name = RoomBookings.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
        @AuthenticationPrincipal CurrentUser user
    ) {
        BookingView booked = bookings.book(user, id, body.request(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/places/" + id + "/bookings/" + booked.id())).body(booked);
    }

    @DeleteMapping("/{bookingId}")
    ResponseEntity<Void> cancel(
        @PathVariable long id,
        @PathVariable long bookingId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        bookings.cancel(user, id, bookingId);
        return ResponseEntity.noContent().build();
    }
}
