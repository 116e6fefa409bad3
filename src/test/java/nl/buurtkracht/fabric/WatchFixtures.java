package nl.buurtkracht.fabric;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.demo.TownOfItsOwn;
import nl.buurtkracht.help.HelpFixtures;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A street of its own for each watch test, in a neighbourhood of its own with its own builder, with
 * neighbours who show their name to the street and a street host: tests share one database, and a
 * watch test lets days pass, so nobody else's people may be on it.
 */
public final class WatchFixtures {

    /** A new street of ten addresses in one block. */
    public record Street(long id, String name, long neighbourhoodId, long blockId, List<Spot> spots) {}

    /**
     * Postcodes ending in "SD" are never issued in the Netherlands and used by no other fixture, so a
     * postcode from here is free.
     */
    private static final AtomicInteger POSTCODES = new AtomicInteger(2000 + ThreadLocalRandom.current().nextInt(7000));

    public final HelpFixtures people;
    private final JdbcClient jdbc;
    private final ConsentLedger consent;

    public WatchFixtures(JdbcClient jdbc, AccountDirectory accounts, ConsentLedger consent) {
        this.people = new HelpFixtures(jdbc, accounts);
        this.jdbc = jdbc;
        this.consent = consent;
    }

    /**
     * A new street of ten addresses in one block, in a neighbourhood (and municipality) of its own, so
     * that neither the demo town nor other tests see it.
     */
    public Street aStreet() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long neighbourhood = TownOfItsOwn.neighbourhood(jdbc, "Buurt " + unique);
        String name = "Wachtlaan " + unique;
        long street = insert(
            "insert into street (neighbourhood_id, name, place_name) values (?, ?, 'Lindeveld') returning id",
            neighbourhood,
            name
        );
        long block = insert("insert into block (street_id, name) values (?, 'nrs 1-10') returning id", street);
        String postcode = POSTCODES.getAndIncrement() + "SD";
        List<Spot> spots = IntStream.rangeClosed(1, 10)
            .mapToObj(n -> {
                long address = insert(
                    """
                    insert into address (street_id, neighbourhood_id, postcode, house_number, lat, lon)
                    values (?, ?, ?, ?, 52.09, 5.12) returning id""",
                    street,
                    neighbourhood,
                    postcode,
                    n
                );
                jdbc
                    .sql("insert into block_address (block_id, address_id) values (?, ?)")
                    .params(block, address)
                    .update();
                return new Spot(address, street, neighbourhood, block);
            })
            .toList();
        return new Street(street, name, neighbourhood, block, spots);
    }

    /** A community builder who works in the street's neighbourhood; signs in with the demo password. */
    public CurrentUser builder(Street street) {
        String email = "watch-builder-" + UUID.randomUUID().toString().substring(0, 8) + "@test.buurtkracht.nl";
        long account = insert(
            """
            insert into account (email, password_hash, display_name)
            select ?, password_hash, 'Samira' from account where email = ? returning id""",
            email,
            DemoData.RESIDENT
        );
        jdbc.sql("insert into account_role (account_id, role) values (?, 'COMMUNITY_BUILDER')").param(account).update();
        jdbc
            .sql("insert into builder_neighbourhood (account_id, neighbourhood_id) values (?, ?)")
            .params(account, street.neighbourhoodId())
            .update();
        return people.login(email);
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A neighbour with an account at a house of the street, who shows their name to the street. */
    public CurrentUser neighbour(String name, Street street, int house) {
        CurrentUser who = people.resident(name, street.spots().get(house - 1), 1970);
        consent.record(
            who.residentId(),
            ConsentPurpose.NAME_VISIBLE_TO_STREET,
            true,
            who.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        return who;
    }

    /** A neighbour who hosts the street's block; signed in afresh, so that their scope says so. */
    public CurrentUser host(String name, Street street, int house) {
        CurrentUser who = neighbour(name, street, house);
        jdbc
            .sql("insert into block_host (block_id, resident_id) values (?, ?)")
            .params(street.blockId(), who.residentId())
            .update();
        return people.login(who.email());
    }

    /** A resident of the demo town in another neighbourhood. */
    public long someoneElsewhere(long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id
                where a.neighbourhood_id <> ? order by r.id limit 1"""
            )
            .param(neighbourhoodId)
            .query(Long.class)
            .single();
    }

    /** The texts of the notifications an account got about the watch, oldest first, in Dutch. */
    public List<String> watchMessages(long accountId) {
        return jdbc
            .sql(
                """
                select message_key || ':' || array_to_string(args, '|') from notification
                where account_id = ? and topic = 'OUT_OF_SIGHT_WATCH' order by id"""
            )
            .param(accountId)
            .query(String.class)
            .list();
    }

    public int rows(String table, String condition, Object... params) {
        return people.rows(table, condition, params);
    }
}
