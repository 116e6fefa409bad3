package nl.buurtkracht.place;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives each test a neighbourhood of its own with a place in it, open every day from 8:00 to 22:00
 * with two rooms, and a community builder who works there; so tests neither collide with each
 * other nor with the demo places.
 */
final class PlaceFixtures {

    /** A place made for one test. */
    record APlace(long neighbourhoodId, long id, String name, long hallId, long kitchenId) {}

    private final JdbcClient jdbc;

    PlaceFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    APlace aPlaceOpenEveryDayInANewNeighbourhood() {
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
        long neighbourhood = insert(
            "insert into neighbourhood (district_id, code, name) values (?, ?, ?) returning id",
            district,
            "BU" + unique,
            "Buurt " + unique
        );
        String name = "Buurthuis " + unique;
        long place = insert(
            """
            insert into place (name, operator, address_line, neighbourhood_id, lat, lon, step_free, hearing_loop)
            values (?, 'Stichting Test', 'Teststraat 1', ?, 52.1, 5.1, true, true) returning id""",
            name,
            neighbourhood
        );
        long hall = insert(
            "insert into place_room (place_id, name, capacity) values (?, 'Grote zaal', 80) returning id",
            place
        );
        long kitchen = insert(
            "insert into place_room (place_id, name, capacity) values (?, 'Keuken', 12) returning id",
            place
        );
        for (DayOfWeek day : DayOfWeek.values()) {
            jdbc
                .sql("insert into place_hours (place_id, weekday, opens, closes) values (?, ?, ?, ?)")
                .params(place, day.getValue(), LocalTime.of(8, 0), LocalTime.of(22, 0))
                .update();
        }
        return new APlace(neighbourhood, place, name, hall, kitchen);
    }

    void closed(long placeId, LocalDate from, LocalDate until, String reason) {
        jdbc
            .sql("insert into place_closure (place_id, closed_from, reopens_on, reason) values (?, ?, ?, ?)")
            .params(placeId, from, until, reason)
            .update();
    }

    /** The builder of the place's neighbourhood, as an account of its own. */
    CurrentUser aBuilderOf(long neighbourhoodId) {
        String unique = UUID.randomUUID().toString();
        long account = insert(
            "insert into account (email, password_hash, display_name) values (?, 'x', 'Bouwer') returning id",
            "bouwer-" + unique + "@example.org"
        );
        return new CurrentUser(
            account,
            null,
            "Bouwer",
            "bouwer-" + unique + "@example.org",
            "x",
            Set.of(Role.COMMUNITY_BUILDER),
            new Scope(null, null, Set.of(), Set.of(neighbourhoodId))
        );
    }

    /** An initiative in the neighbourhood owned by this resident. */
    long anInitiativeOwnedBy(long neighbourhoodId, long residentId) {
        long initiative = insert(
            """
            insert into initiative (title, what, neighbourhood_id, state, last_active_at)
            values ('Soepmiddag', 'Samen soep eten', ?, 'ACTIVE', now() - interval '90 days') returning id""",
            neighbourhoodId
        );
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, resident_id, role) values (?, 'RESIDENT', ?, 'trekker')"
            )
            .params(initiative, residentId)
            .update();
        return initiative;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
