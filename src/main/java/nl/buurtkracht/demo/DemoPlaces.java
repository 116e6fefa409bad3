package nl.buurtkracht.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting places of Lindeveld: the community centre De Linde, the library's reading corner, a
 * living room run by neighbours and a church hall that is closed until 1 July for building work (but
 * open for the Christmas concert), so that the demo shows every way a place can be open or closed. Written once, when there is a demo
 * municipality and no place yet; dates are relative to the day of seeding.
 */
@Component
public class DemoPlaces {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPlaces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void seedIfEmpty() {
        jdbc.sql("select pg_advisory_xact_lock(7408)").query(rs -> {});
        boolean seeded = jdbc.sql("select exists (select 1 from place)").query(Boolean.class).single();
        boolean demo = jdbc
            .sql("select exists (select 1 from municipality where code = 'GM9999')")
            .query(Boolean.class)
            .single();
        if (seeded || !demo) {
            return;
        }
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();

        long linde = place(
            "Buurthuis De Linde",
            "Stichting Welzijn Lindeveld",
            "Het buurthuis van Lindeveld: koffie, de bingo, samen eten, taalles en een opbouwwerker die met u meedenkt.",
            "Lindeplein 1",
            1,
            52.0927,
            5.1044,
            true,
            true,
            true,
            120
        );
        long groteZaal = room(linde, "Grote zaal", 80);
        room(linde, "Keuken", 12);
        room(linde, "Vergaderkamer", 10);
        for (DayOfWeek day : new DayOfWeek[] {
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
        }) {
            hours(linde, day, "09:00", "12:30");
            hours(linde, day, "13:30", "17:00");
        }
        hours(linde, DayOfWeek.THURSDAY, "19:00", "22:00");
        helpDesk(linde, DayOfWeek.TUESDAY, "10:00", "12:00", "Formulierenhulp en koffie");
        helpDesk(
            linde,
            DayOfWeek.THURSDAY,
            "09:30",
            "12:00",
            "De opbouwwerker: met elke vraag over wonen, geld, zorg of meedoen"
        );
        LocalDate christmas = next(today, MonthDay.of(12, 25));
        closure(linde, christmas, christmas.plusDays(2), "Kerst");
        LocalDate kingsDay = next(today, MonthDay.of(4, 27));
        closure(linde, kingsDay, kingsDay.plusDays(1), "Koningsdag");

        long library = place(
            "Bibliotheek Lindeveld — leeshoek",
            "Bibliotheek Lindeveld",
            "Kranten, een kopje koffie en hulp met de computer en de telefoon.",
            "Kerkstraat 12",
            2,
            52.0901,
            5.1132,
            true,
            true,
            false,
            40
        );
        room(library, "Leeshoek", 15);
        room(library, "Computerruimte", 8);
        hours(library, DayOfWeek.MONDAY, "13:00", "17:00");
        for (DayOfWeek day : new DayOfWeek[] {
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
        }) {
            hours(library, day, "10:00", "17:00");
        }
        hours(library, DayOfWeek.SATURDAY, "10:00", "14:00");
        helpDesk(library, DayOfWeek.WEDNESDAY, "09:30", "11:30", "Formulierenhulp");
        helpDesk(library, DayOfWeek.WEDNESDAY, "14:00", "16:00", "Computerhulp: DigiD, e-mail en de telefoon");

        long rozenhof = place(
            "Buurtkamer Rozenhof",
            "Bewoners van de Rozenhof",
            "Een huiskamer voor de buurt, door buren open gehouden. De koffie staat klaar.",
            "Rozenhof 3",
            2,
            52.0930,
            5.1120,
            true,
            false,
            false,
            20
        );
        room(rozenhof, "Huiskamer", 20);
        for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY }) {
            hours(rozenhof, day, "10:00", "12:00");
        }
        helpDesk(rozenhof, DayOfWeek.FRIDAY, "10:00", "11:00", "Een luisterend oor");

        long ark = place(
            "Kerkzaal De Ark",
            "Protestantse Gemeente Lindeveld",
            "De zaal naast de kerk, voor koren, rouw- en trouwkoffie en buurtavonden.",
            "Kerkpad 2",
            3,
            52.0975,
            5.1040,
            false,
            true,
            true,
            60
        );
        room(ark, "Zaal", 60);
        room(ark, "Consistorie", 15);
        hours(ark, DayOfWeek.TUESDAY, "09:00", "16:00");
        hours(ark, DayOfWeek.THURSDAY, "09:00", "16:00");
        hours(ark, DayOfWeek.SUNDAY, "12:00", "16:00");
        closure(ark, today.minusDays(14), next(today.plusDays(1), MonthDay.of(7, 1)), "verbouwing van de zaal");
        // Open once during the building work, for the Christmas concert.
        jdbc
            .sql(
                "insert into place_special_opening (place_id, day, opens, closes, note) values (?, ?, '19:00', '22:00', 'kerstconcert')"
            )
            .params(ark, next(today, MonthDay.of(12, 20)))
            .update();

        // A bingo afternoon in the big hall next Wednesday, so that the week shows a taken time.
        LocalDate wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        jdbc
            .sql(
                """
                insert into place_booking (place_id, room_id, booked_by, resident_id, purpose, starts_at, ends_at)
                select ?, ?, a.id, a.resident_id, 'Bingo', ?, ?
                from account a where a.resident_id > 3 order by a.id limit 1"""
            )
            .params(
                linde,
                groteZaal,
                wednesday.atTime(LocalTime.of(14, 0)).atZone(ZONE).toOffsetDateTime(),
                wednesday.atTime(LocalTime.of(16, 0)).atZone(ZONE).toOffsetDateTime()
            )
            .update();
    }

    /** The first day on or after {@code from} with this month and day. */
    private static LocalDate next(LocalDate from, MonthDay day) {
        LocalDate candidate = day.atYear(from.getYear());
        return candidate.isBefore(from) ? day.atYear(from.getYear() + 1) : candidate;
    }

    private long place(
        String name,
        String operator,
        String description,
        String address,
        long neighbourhood,
        double lat,
        double lon,
        boolean stepFree,
        boolean toilet,
        boolean loop,
        int capacity
    ) {
        return jdbc
            .sql(
                """
                insert into place (name, operator, description, address_line, neighbourhood_id, lat, lon,
                  step_free, accessible_toilet, hearing_loop, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(name, operator, description, address, neighbourhood, lat, lon, stepFree, toilet, loop, capacity)
            .query(Long.class)
            .single();
    }

    private long room(long place, String name, int capacity) {
        return jdbc
            .sql("insert into place_room (place_id, name, capacity) values (?, ?, ?) returning id")
            .params(place, name, capacity)
            .query(Long.class)
            .single();
    }

    private void hours(long place, DayOfWeek day, String opens, String closes) {
        jdbc
            .sql("insert into place_hours (place_id, weekday, opens, closes) values (?, ?, ?, ?)")
            .params(place, day.getValue(), LocalTime.parse(opens), LocalTime.parse(closes))
            .update();
    }

    private void helpDesk(long place, DayOfWeek day, String starts, String ends, String topic) {
        jdbc
            .sql("insert into place_help_desk (place_id, weekday, starts, ends, topic) values (?, ?, ?, ?, ?)")
            .params(place, day.getValue(), LocalTime.parse(starts), LocalTime.parse(ends), topic)
            .update();
    }

    private void closure(long place, LocalDate from, LocalDate until, String reason) {
        jdbc
            .sql("insert into place_closure (place_id, closed_from, reopens_on, reason) values (?, ?, ?, ?)")
            .params(place, from, until, reason)
            .update();
    }
}
