package nl.buurtkracht.initiative;

import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo people and fresh initiatives, each test its own, so that tests never see each other's. */
final class InitiativeFixtures {

    private final AccountDirectory accounts;
    private final InitiativeManagement management;
    private final JdbcClient jdbc;

    InitiativeFixtures(AccountDirectory accounts, InitiativeManagement management, JdbcClient jdbc) {
        this.accounts = accounts;
        this.management = management;
        this.jdbc = jdbc;
    }

    CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    CurrentUser ria() {
        return login(DemoData.RESIDENT);
    }

    CurrentUser kees() {
        return login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
    }

    /** The demo resident with this number (bewoner{n}@demo.buurtkracht.nl). */
    CurrentUser neighbour(int n) {
        return login("bewoner" + n + "@demo.buurtkracht.nl");
    }

    /** A spark started by this resident in her home neighbourhood, with a title no other test uses. */
    long aSparkBy(CurrentUser starter) {
        return management.start(starter, form(starter, named("Soepmiddag")), null);
    }

    InitiativeForm form(CurrentUser starter, String title) {
        return new InitiativeForm(
            title,
            "Elke maand samen soep eten.",
            "Iedereen",
            "Buurthuis",
            starter.scope().homeNeighbourhoodId()
        );
    }

    int count(String table, String condition, Object... params) {
        return jdbc
            .sql("select count(*) from " + table + " where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }

    void setLastActive(long initiativeId, int daysAgo) {
        jdbc
            .sql("update initiative set last_active_at = now() - make_interval(days => ?) where id = ?")
            .params(daysAgo, initiativeId)
            .update();
    }

    static String named(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
