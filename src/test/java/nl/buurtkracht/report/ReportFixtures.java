package nl.buurtkracht.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.demo.TownOfItsOwn;
import nl.buurtkracht.fabric.Contact;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.fabric.ContactSource;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A neighbourhood of its own for one test, so that its counts are the test's alone (tests share one
 * database with the demo): streets with addresses, residents with birth years, blocks with street
 * hosts, a community builder of it, and contacts in the ledger.
 */
public final class ReportFixtures {

    /** A street of the fixture's neighbourhood and its addresses, by house number. */
    public record Street(long id, String name, List<Long> addressIds) {}

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ContactLedger ledger;

    public ReportFixtures(JdbcClient jdbc, AccountDirectory accounts, ContactLedger ledger) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    public CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    public CurrentUser analyst() {
        return login(DemoData.ANALYST);
    }

    /**
     * A new neighbourhood in a municipality and district of its own, so that the demo's district keeps
     * the size other tests count on.
     */
    public long neighbourhood(String name) {
        return TownOfItsOwn.neighbourhood(jdbc, name);
    }

    /** A street with this many addresses, numbered from 1, at a made-up postcode. */
    public Street street(long neighbourhoodId, String name, int addresses) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc
            .sql("insert into street (neighbourhood_id, name, place_name) values (?, ?, 'Testdorp') returning id")
            .params(neighbourhoodId, unique)
            .query(Long.class)
            .single();
        var random = ThreadLocalRandom.current();
        // The demo's postcodes start at 1000AA; these are in the 8000s, rarely the same twice.
        String postcode =
            "8%03d".formatted(random.nextInt(1000)) +
            (char) ('A' + random.nextInt(26)) +
            (char) ('A' + random.nextInt(26));
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= addresses; n++) {
            ids.add(
                jdbc
                    .sql(
                        """
                        insert into address (street_id, neighbourhood_id, postcode, house_number, house_letter, lat, lon)
                        values (?, ?, ?, ?, '', 52.1, 5.1) returning id"""
                    )
                    .params(id, neighbourhoodId, postcode, n)
                    .query(Long.class)
                    .single()
            );
        }
        return new Street(id, unique, ids);
    }

    /** A resident without an account. */
    public long resident(long addressId, String name, @Nullable Integer birthYear) {
        return jdbc
            .sql("insert into resident (address_id, display_name, birth_year) values (?, ?, ?) returning id")
            .params(addressId, name, birthYear)
            .query(Long.class)
            .single();
    }

    /** A resident at each address of the street, born in the given year. */
    public List<Long> residents(Street street, int birthYear) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < street.addressIds().size(); i++) {
            ids.add(resident(street.addressIds().get(i), "Bewoner " + (i + 1), birthYear));
        }
        return ids;
    }

    /** Gives a resident an account that signs in with the demo password. */
    public CurrentUser account(long residentId, String name) {
        String email = "report-" + UUID.randomUUID().toString().substring(0, 12) + "@test.buurtkracht.nl";
        jdbc
            .sql(
                """
                insert into account (resident_id, email, password_hash, display_name)
                select ?, ?, password_hash, ? from account where email = ?"""
            )
            .params(residentId, email, name, DemoData.RESIDENT)
            .update();
        return login(email);
    }

    /** A community builder of these neighbourhoods, without a home in the platform. */
    public CurrentUser builder(String name, long... neighbourhoodIds) {
        String email = "builder-" + UUID.randomUUID().toString().substring(0, 12) + "@test.buurtkracht.nl";
        long account = jdbc
            .sql(
                """
                insert into account (email, password_hash, display_name)
                select ?, password_hash, ? from account where email = ? returning id"""
            )
            .params(email, name, DemoData.RESIDENT)
            .query(Long.class)
            .single();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'COMMUNITY_BUILDER')").param(account).update();
        for (long n : neighbourhoodIds) {
            jdbc
                .sql("insert into builder_neighbourhood (account_id, neighbourhood_id) values (?, ?)")
                .params(account, n)
                .update();
        }
        return login(email);
    }

    /** A block of these addresses of a street, with these residents as its hosts. */
    public long block(Street street, List<Long> addressIds, long... hostResidentIds) {
        long block = jdbc
            .sql("insert into block (street_id, name) values (?, ?) returning id")
            .params(street.id(), "Blok " + UUID.randomUUID().toString().substring(0, 4))
            .query(Long.class)
            .single();
        for (long a : addressIds) {
            jdbc.sql("insert into block_address (block_id, address_id) values (?, ?)").params(block, a).update();
        }
        for (long h : hostResidentIds) {
            jdbc.sql("insert into block_host (block_id, resident_id) values (?, ?)").params(block, h).update();
        }
        return block;
    }

    /** A meeting place open every day 8:00–22:00 with a weekly help desk on Tuesday 10:00–12:00. */
    public long placeWithHelpDesk(long neighbourhoodId, String name, String topic) {
        long place = jdbc
            .sql(
                """
                insert into place (name, operator, address_line, neighbourhood_id, lat, lon, step_free, hearing_loop)
                values (?, 'Stichting Test', 'Teststraat 1', ?, 52.1, 5.1, true, true) returning id"""
            )
            .params(name, neighbourhoodId)
            .query(Long.class)
            .single();
        for (int day = 1; day <= 7; day++) {
            jdbc
                .sql("insert into place_hours (place_id, weekday, opens, closes) values (?, ?, '08:00', '22:00')")
                .params(place, day)
                .update();
        }
        jdbc
            .sql(
                "insert into place_help_desk (place_id, weekday, starts, ends, topic) values (?, 2, '10:00', '12:00', ?)"
            )
            .params(place, topic)
            .update();
        return place;
    }

    /** A contact between two residents on a day (a visit of a round, in the ledger). */
    public void contact(long a, long b, LocalDate day, String ref) {
        ledger.record(new Contact(a, b, day, ContactSource.VISIT_MADE, ref, null, null));
    }
}
