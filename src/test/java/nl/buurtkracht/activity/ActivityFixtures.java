package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Activities made for one test: a neighbourhood of its own with a meeting place, so that a feed or
 * a programme holds only what the test put there, and forms with titles no other test uses.
 */
final class ActivityFixtures {

    /** A neighbourhood made for one test, with one meeting place in it. */
    record ANeighbourhood(long id, String name, long placeId, String placeName, String placeAddress) {}

    private final JdbcClient jdbc;

    ActivityFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    ANeighbourhood aNeighbourhoodWithAPlace() {
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long municipality = insert(
            "insert into municipality (code, name) values (?, ?) returning id",
            "GM" + unique,
            "Gemeente " + unique
        );
        long district = insert(
            "insert into district (municipality_id, code, name) values (?, ?, ?) returning id",
            municipality,
            "WK" + unique,
            "Wijk " + unique
        );
        String name = "Buurt " + unique;
        long neighbourhood = insert(
            "insert into neighbourhood (district_id, code, name) values (?, ?, ?) returning id",
            district,
            "BU" + unique,
            name
        );
        String place = "Buurthuis " + unique;
        String address = "Lindelaan " + (unique.hashCode() & 0xff);
        long placeId = insert(
            """
            insert into place (name, operator, address_line, neighbourhood_id, lat, lon)
            values (?, 'Stichting Test', ?, ?, 52.1, 5.1) returning id""",
            place,
            address,
            neighbourhood
        );
        return new ANeighbourhood(neighbourhood, name, placeId, place, address);
    }

    void closed(long placeId, LocalDate from, LocalDate until, String reason) {
        jdbc
            .sql("insert into place_closure (place_id, closed_from, reopens_on, reason) values (?, ?, ?, ?)")
            .params(placeId, from, until, reason)
            .update();
    }

    /** A one-off at a place in words, 14:00–16:00, for anyone. */
    static ActivityForm once(String title, long neighbourhoodId, LocalDate day) {
        return form(title, neighbourhoodId, null, "speeltuin Tulpenhof", day, "", null);
    }

    static ActivityForm form(
        String title,
        long neighbourhoodId,
        @Nullable Long placeId,
        String location,
        LocalDate day,
        String rrule,
        @Nullable Integer capacity
    ) {
        return new ActivityForm(
            title,
            "Samen koffie en een praatje.",
            neighbourhoodId,
            placeId,
            location,
            "",
            null,
            "",
            day,
            LocalTime.of(14, 0),
            LocalTime.of(16, 0),
            rrule,
            capacity,
            false
        );
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
