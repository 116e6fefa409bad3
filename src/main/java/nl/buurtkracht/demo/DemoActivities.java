package nl.buurtkracht.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of Lindeveld: the Thursday bingo in De Linde (the coming one full, two neighbours
 * waiting), eating together every other Wednesday, a language café that is also online, grandparents
 * reading to children once a month, coffee in the Buurtkamer three mornings a week and a one-off
 * walk. Written once, when there are demo places and no activity yet; times are written out in SQL
 * (local time in Europe/Amsterdam, across DST) as the activity module would, since the demo depends
 * on no module.
 */
@Component
public class DemoActivities {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoActivities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void seedIfEmpty() {
        jdbc.sql("select pg_advisory_xact_lock(7409)").query(rs -> {});
        boolean seeded = jdbc.sql("select exists (select 1 from activity)").query(Boolean.class).single();
        Long linde = placeId("Buurthuis De Linde");
        Long library = placeId("Bibliotheek Lindeveld — leeshoek");
        Long rozenhof = placeId("Buurtkamer Rozenhof");
        Long organiser = jdbc
            .sql("select id from account where email = ?")
            .param(DemoData.COMMUNITY_BUILDER)
            .query(Long.class)
            .optional()
            .orElse(null);
        if (seeded || linde == null || library == null || rozenhof == null || organiser == null) {
            return;
        }
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        LocalDate until = today.plusMonths(6);

        long bingo = activity(
            "Bingo",
            "Elke donderdag bingo met koffie en een plak cake. Prijsjes van de Buurtsuper.",
            1,
            linde,
            "",
            null,
            organiser,
            next(today, DayOfWeek.THURSDAY),
            LocalTime.of(14, 0),
            120,
            7,
            until,
            20,
            false,
            "Ineke van de bingo, 030-1234567"
        );
        fillFirstTime(bingo, 20, 2);
        activity(
            "Samen eten",
            "Om de week koken buren voor buren. Een maaltijd kost 4 euro; zeg het als u iets niet mag eten.",
            1,
            linde,
            "",
            null,
            organiser,
            next(today, DayOfWeek.WEDNESDAY),
            LocalTime.of(17, 30),
            120,
            14,
            until,
            30,
            true,
            ""
        );
        activity(
            "Taalcafé",
            "Nederlands oefenen met koffie, in kleine groepjes. U kunt ook online meedoen.",
            2,
            library,
            "",
            "https://meet.jit.si/taalcafe-lindeveld",
            organiser,
            next(today, DayOfWeek.TUESDAY),
            LocalTime.of(10, 0),
            90,
            7,
            until,
            null,
            false,
            ""
        );
        activity(
            "Koffie in de Buurtkamer",
            "De koffie staat klaar. Gewoon binnenlopen.",
            2,
            rozenhof,
            "",
            null,
            organiser,
            next(today, DayOfWeek.MONDAY),
            LocalTime.of(10, 0),
            120,
            1,
            until,
            null,
            true,
            ""
        );
        activity(
            "Wandeling door het Lindepark",
            "Een rustige wandeling van een uur, met wie maar mee wil. Na afloop koffie.",
            1,
            null,
            "Verzamelen bij de speeltuin in het Lindepark",
            null,
            organiser,
            next(today, DayOfWeek.SATURDAY),
            LocalTime.of(10, 0),
            90,
            0,
            null,
            15,
            true,
            ""
        );
    }

    private @Nullable Long placeId(String name) {
        return jdbc.sql("select id from place where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    /**
     * An activity and its times. {@code everyDays} 7 or 14 repeats weekly or fortnightly on the first
     * day's weekday, 1 means Monday, Wednesday and Friday, 0 only once.
     */
    private long activity(
        String title,
        String description,
        long neighbourhood,
        @Nullable Long place,
        String location,
        @Nullable String onlineUrl,
        long organiser,
        LocalDate first,
        LocalTime start,
        int minutes,
        int everyDays,
        @Nullable LocalDate until,
        @Nullable Integer capacity,
        boolean intergenerational,
        String contact
    ) {
        String rule = switch (everyDays) {
            case 0 -> null;
            case 1 -> "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=" + UNTIL.format(until) + "T235959";
            case 14 -> "FREQ=WEEKLY;INTERVAL=2;UNTIL=" + UNTIL.format(until) + "T235959";
            default -> "FREQ=WEEKLY;UNTIL=" + UNTIL.format(until) + "T235959";
        };
        long id = jdbc
            .sql(
                """
                insert into activity (title, description, neighbourhood_id, place_id, location, online_url, contact,
                  organiser_account_id, first_starts_at, duration_minutes, rrule, capacity, intergenerational)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                title,
                description,
                neighbourhood,
                place,
                location,
                onlineUrl,
                contact,
                organiser,
                first.atTime(start),
                minutes,
                rule,
                capacity,
                intergenerational
            )
            .query(Long.class)
            .single();
        jdbc
            .sql(
                """
                insert into activity_occurrence (activity_id, neighbourhood_id, place_id, day, starts_at, ends_at)
                select :id, :neighbourhood, :place, d::date, (d::date + :start::time) at time zone 'Europe/Amsterdam',
                  (d::date + :start::time + make_interval(mins => :minutes)) at time zone 'Europe/Amsterdam'
                from generate_series(:first::date, coalesce(:until::date, :first::date), interval '1 day') d
                where :every = 0 and d::date = :first::date
                   or :every = 1 and extract(isodow from d) in (1, 3, 5)
                   or :every > 1 and (d::date - :first::date) % :every = 0"""
            )
            .param("id", id)
            .param("neighbourhood", neighbourhood)
            .param("place", place)
            .param("start", start)
            .param("minutes", minutes)
            .param("first", first)
            .param("until", until)
            .param("every", everyDays)
            .update();
        return id;
    }

    /** Seats for demo neighbours of the activity's neighbourhood on its first time, and some waiting. */
    private void fillFirstTime(long activityId, int seats, int waiting) {
        jdbc
            .sql(
                """
                insert into activity_signup (occurrence_id, resident_id, signed_up_by, status, signed_up_at, seated_at)
                select o.id, r.id, a.id, case when n <= :seats then 'SEAT' else 'WAITING' end,
                  now() - make_interval(mins => (200 - n)::int), case when n <= :seats then now() end
                from (select o.id from activity_occurrence o where o.activity_id = :activity order by o.starts_at limit 1) o,
                  (select r.id, row_number() over (order by r.id) as n
                   from resident r join address ad on ad.id = r.address_id join street s on s.id = ad.street_id
                   join account acc on acc.resident_id = r.id
                   where s.neighbourhood_id = 1 and acc.email like 'bewoner%'
                   order by r.id limit :total) r
                join account a on a.resident_id = r.id"""
            )
            .param("seats", seats)
            .param("activity", activityId)
            .param("total", seats + waiting)
            .update();
    }

    private static LocalDate next(LocalDate today, DayOfWeek day) {
        return today.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
    }
}
