package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo people and fresh activities, each test its own, so that tests never see each other's; and
 * for feed and programme tests a neighbourhood of its own with a meeting place, so that what they
 * read holds only what the test put there.
 */
public final class ActivityFixtures {

    private final @Nullable AccountDirectory accounts;
    private final @Nullable ActivityManagement management;
    private final JdbcClient jdbc;

    public ActivityFixtures(
        @Nullable AccountDirectory accounts,
        @Nullable ActivityManagement management,
        JdbcClient jdbc
    ) {
        this.accounts = accounts;
        this.management = management;
        this.jdbc = jdbc;
    }

    public CurrentUser login(String email) {
        return java.util.Objects.requireNonNull(accounts).findByLogin(email).orElseThrow();
    }

    public CurrentUser ria() {
        return login(DemoData.RESIDENT);
    }

    public CurrentUser samira() {
        return login(DemoData.COMMUNITY_BUILDER);
    }

    /** {@code count} demo residents of the Bloemenbuurt other than Ria and Henk, who can sign in. */
    public List<CurrentUser> neighbours(int count) {
        return jdbc
            .sql(
                """
                select a.email from account a join resident r on r.id = a.resident_id
                join address ad on ad.id = r.address_id
                where ad.neighbourhood_id = 1 and a.email like 'bewoner%' order by r.id desc limit ?"""
            )
            .param(count)
            .query(String.class)
            .list()
            .stream()
            .map(this::login)
            .toList();
    }

    /** A title no other test uses. */
    public static String named(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public ActivityForm form(String title, LocalDate day, String rrule, @Nullable Integer capacity) {
        return new ActivityForm(
            title,
            "Met koffie.",
            1L,
            null,
            "Speeltuin Tulpenhof",
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

    /** A one-time activity organised by the builder of the Bloemenbuurt. */
    public long once(String title, LocalDate day, @Nullable Integer capacity) {
        return java.util.Objects.requireNonNull(management).organise(samira(), form(title, day, "", capacity), null);
    }

    public int rows(String table, String condition, Object... params) {
        return jdbc
            .sql("select count(*) from " + table + " where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }

    /** A neighbourhood made for one test, with one meeting place in it. */
    record ANeighbourhood(long id, String name, long placeId, String placeName, String placeAddress) {}

    /** For tests that make their own places and neighbourhoods and need no demo people. */
    ActivityFixtures(JdbcClient jdbc) {
        this(null, null, jdbc);
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
