package nl.buurtkracht.help;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Neighbours made for one test, at chosen addresses, with accounts that sign in with the demo
 * password: tests share one database, so each makes its own people.
 */
public final class HelpFixtures {

    /** An address and the block it belongs to. */
    public record Spot(long addressId, long streetId, long neighbourhoodId, @Nullable Long blockId) {}

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    public HelpFixtures(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    public CurrentUser ria() {
        return login(DemoData.RESIDENT);
    }

    /** The addresses of a street with their blocks, by house number. */
    public List<Spot> spotsOn(long streetId) {
        return jdbc
            .sql(
                """
                select a.id as address_id, a.street_id, a.neighbourhood_id, ba.block_id
                from address a left join block_address ba on ba.address_id = a.id
                where a.street_id = ? order by a.house_number, a.id"""
            )
            .param(streetId)
            .query(Spot.class)
            .list();
    }

    /** Streets of a neighbourhood other than the given one, by id. */
    public List<Long> otherStreets(long neighbourhoodId, long streetId) {
        return jdbc
            .sql("select id from street where neighbourhood_id = ? and id <> ? order by id")
            .params(neighbourhoodId, streetId)
            .query(Long.class)
            .list();
    }

    /** A new resident with an account at the address. */
    public CurrentUser resident(String name, Spot spot, @Nullable Integer birthYear) {
        String email = "help-" + UUID.randomUUID().toString().substring(0, 12) + "@test.buurtkracht.nl";
        long id = jdbc
            .sql("insert into resident (address_id, display_name, birth_year) values (?, ?, ?) returning id")
            .params(spot.addressId(), name, birthYear)
            .query(Long.class)
            .single();
        jdbc
            .sql(
                """
                insert into account (resident_id, email, password_hash, display_name)
                select ?, ?, password_hash, ? from account where email = ?"""
            )
            .params(id, email, name, DemoData.RESIDENT)
            .update();
        return login(email);
    }

    /** A new resident without an account, as a street host registers a neighbour without email. */
    public long assisted(String name, Spot spot, int birthYear) {
        return jdbc
            .sql(
                "insert into resident (address_id, display_name, birth_year, assisted) values (?, ?, ?, true) returning id"
            )
            .params(spot.addressId(), name, birthYear)
            .query(Long.class)
            .single();
    }

    public void profileItem(CurrentUser who, String kind, String tag, String label) {
        jdbc
            .sql(
                "insert into profile_item (resident_id, kind, tag, label, visibility) values (?, ?, ?, ?, 'NEIGHBOURHOOD')"
            )
            .params(who.residentId(), kind, tag, label)
            .update();
    }

    public static OfferForm offer(HelpKind kind, String reach, String... slots) {
        return new OfferForm(kind.name(), "", List.of(slots), reach);
    }

    public static AskForm ask(HelpKind kind, LocalDate day, String rrule) {
        return new AskForm(
            kind.name(),
            "Graag iemand om mee te praten",
            day,
            java.time.LocalTime.of(10, 0),
            60,
            rrule,
            "",
            "WHENEVER",
            "NEIGHBOURHOOD",
            false,
            null,
            "ONLINE",
            null
        );
    }

    public int rows(String table, String condition, Object... params) {
        return jdbc
            .sql("select count(*) from " + table + " where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }
}
