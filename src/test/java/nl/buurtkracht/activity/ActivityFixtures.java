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

/** Demo people and fresh activities, each test its own, so that tests never see each other's. */
public final class ActivityFixtures {

    private final AccountDirectory accounts;
    private final ActivityManagement management;
    private final JdbcClient jdbc;

    public ActivityFixtures(AccountDirectory accounts, ActivityManagement management, JdbcClient jdbc) {
        this.accounts = accounts;
        this.management = management;
        this.jdbc = jdbc;
    }

    public CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
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
        return management.organise(samira(), form(title, day, "", capacity), null);
    }

    public int count(String table, String condition, Object... params) {
        return jdbc
            .sql("select count(*) from " + table + " where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }
}
