package nl.buurtkracht.place.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.place.OpeningHours;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes room bookings; the database refuses two bookings of one room at the same time. */
@Repository
public class BookingStore {

    private static final String BOOKING = """
        select b.id, b.place_id, b.room_id, r.name as room_name, b.booked_by, b.resident_id, b.initiative_id,
          i.title as initiative_title, a.display_name as booker_name, b.purpose, b.starts_at, b.ends_at,
          b.cancelled_at is not null as cancelled
        from place_booking b
        join place_room r on r.id = b.room_id
        join account a on a.id = b.booked_by
        left join initiative i on i.id = b.initiative_id""";

    /** A booking row with everything any reader might be shown; the service decides what each reader gets. */
    public record Row(
        long id,
        long placeId,
        long roomId,
        String roomName,
        long bookedBy,
        @Nullable Long residentId,
        @Nullable Long initiativeId,
        @Nullable String initiativeTitle,
        String bookerName,
        String purpose,
        Instant start,
        Instant end,
        boolean cancelled
    ) {
        public LocalDateTime localStart() {
            return LocalDateTime.ofInstant(start, OpeningHours.ZONE);
        }

        public LocalDateTime localEnd() {
            return LocalDateTime.ofInstant(end, OpeningHours.ZONE);
        }
    }

    /** What to store for a new booking. */
    public record NewBooking(
        long placeId,
        long roomId,
        long bookedBy,
        @Nullable Long residentId,
        @Nullable Long initiativeId,
        String purpose,
        Instant start,
        Instant end,
        @Nullable String idempotencyKey
    ) {}

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the booking and returns its id, or empty when this booker already used the idempotency
     * key (then nothing is stored). An overlapping booking of the room fails with the exclusion
     * constraint {@code place_booking_no_overlap}.
     */
    public Optional<Long> insert(NewBooking b) {
        return jdbc
            .sql(
                """
                insert into place_booking (place_id, room_id, booked_by, resident_id, initiative_id, purpose,
                  starts_at, ends_at, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (booked_by, idempotency_key) where idempotency_key is not null do nothing
                returning id"""
            )
            .params(
                b.placeId(),
                b.roomId(),
                b.bookedBy(),
                b.residentId(),
                b.initiativeId(),
                b.purpose(),
                at(b.start()),
                at(b.end()),
                b.idempotencyKey()
            )
            .query(Long.class)
            .optional();
    }

    public Optional<Row> byIdempotencyKey(long bookedBy, String key) {
        return jdbc
            .sql(BOOKING + " where b.booked_by = ? and b.idempotency_key = ?")
            .params(bookedBy, key)
            .query(BookingStore::row)
            .optional();
    }

    public Optional<Row> find(long placeId, long bookingId) {
        return jdbc
            .sql(BOOKING + " where b.place_id = ? and b.id = ?")
            .params(placeId, bookingId)
            .query(BookingStore::row)
            .optional();
    }

    /** Bookings of the place that are not cancelled and overlap the span, in order of time. */
    public List<Row> during(long placeId, Instant from, Instant until) {
        return jdbc
            .sql(
                BOOKING +
                " where b.place_id = ? and b.cancelled_at is null and b.starts_at < ? and b.ends_at > ? order by b.starts_at, b.id"
            )
            .params(placeId, at(until), at(from))
            .query(BookingStore::row)
            .list();
    }

    /** This person's bookings at the place that have not ended, cancelled ones included, in order of time. */
    public List<Row> comingOf(long placeId, long bookedBy, Instant now) {
        return jdbc
            .sql(BOOKING + " where b.place_id = ? and b.booked_by = ? and b.ends_at > ? order by b.starts_at, b.id")
            .params(placeId, bookedBy, at(now))
            .query(BookingStore::row)
            .list();
    }

    /** Every booking at the place that has not ended, cancelled ones included, in order of time. */
    public List<Row> coming(long placeId, Instant now) {
        return jdbc
            .sql(BOOKING + " where b.place_id = ? and b.ends_at > ? order by b.starts_at, b.id")
            .params(placeId, at(now))
            .query(BookingStore::row)
            .list();
    }

    /** Marks the booking cancelled, once; whether this call did it. */
    public boolean cancel(long bookingId, Instant now) {
        return (
            jdbc
                .sql("update place_booking set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(at(now), bookingId)
                .update() >
            0
        );
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, OpeningHours.ZONE);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
            rs.getLong("id"),
            rs.getLong("place_id"),
            rs.getLong("room_id"),
            rs.getString("room_name"),
            rs.getLong("booked_by"),
            rs.getObject("resident_id", Long.class),
            rs.getObject("initiative_id", Long.class),
            rs.getString("initiative_title"),
            rs.getString("booker_name"),
            rs.getString("purpose"),
            rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
            rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
            rs.getBoolean("cancelled")
        );
    }
}
