package nl.buurtkracht.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.demo.TownOfItsOwn;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives each test an area of its own (a neighbourhood with a street of addresses in one block) and
 * the people who work there, so that tests neither collide with each other nor with the demo data.
 */
final class HostAndBuilderFixtures {

    /** A street made for one test; addresses are numbered 1, 2, 3, … under one postcode. */
    record Street(long neighbourhoodId, long id, String name, String postcode, List<Long> addressIds, long blockId) {}

    /**
     * Postcodes ending in "SS" are never issued in the Netherlands and not used by the demo data, so
     * a postcode from here is free.
     */
    private static final AtomicInteger POSTCODES = new AtomicInteger(2000 + ThreadLocalRandom.current().nextInt(7000));

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Areas areas;

    HostAndBuilderFixtures(JdbcClient jdbc, Accounts accounts, Areas areas) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.areas = areas;
    }

    Street aStreetInANewNeighbourhood(int addresses) {
        String unique = unique();
        long neighbourhood = TownOfItsOwn.neighbourhood(jdbc, "Buurt " + unique);
        return aStreetIn(neighbourhood, addresses);
    }

    Street aStreetIn(long neighbourhoodId, int addresses) {
        String name = "Lindelaan " + unique();
        long street = insert(
            "insert into street (neighbourhood_id, name, place_name) values (?, ?, ?) returning id",
            neighbourhoodId,
            name,
            "Lindeveld"
        );
        String postcode = POSTCODES.getAndIncrement() + "SS";
        List<Long> addressIds = IntStream.rangeClosed(1, addresses)
            .mapToObj(number ->
                insert(
                    """
                    insert into address (street_id, neighbourhood_id, postcode, house_number, lat, lon)
                    values (?, ?, ?, ?, 52.09, 5.10) returning id""",
                    street,
                    neighbourhoodId,
                    postcode,
                    number
                )
            )
            .toList();
        long block = insert("insert into block (street_id, name) values (?, ?) returning id", street, "Blok A");
        addressIds.forEach(a ->
            jdbc.sql("insert into block_address (block_id, address_id) values (?, ?)").params(block, a).update()
        );
        return new Street(neighbourhoodId, street, name, postcode, addressIds, block);
    }

    /** A resident of the street's first address who hosts the street's block. */
    CurrentUser aHostOf(Street street) {
        String unique = unique();
        long resident = insert(
            "insert into resident (address_id, display_name) values (?, ?) returning id",
            street.addressIds().getFirst(),
            "Henk " + unique
        );
        jdbc
            .sql("insert into account (resident_id, display_name, email, password_hash) values (?, ?, ?, ?)")
            .params(resident, "Henk " + unique, "host-" + unique + "@example.org", "{noop}not used")
            .update();
        areas.appointHost(street.blockId(), resident);
        return user("host-" + unique + "@example.org");
    }

    CurrentUser aBuilderIn(List<Long> neighbourhoodIds) {
        String email = "builder-" + unique() + "@example.org";
        accounts.createProfessional(
            "Samira",
            email,
            "a long enough password",
            Set.of(Role.COMMUNITY_BUILDER),
            neighbourhoodIds
        );
        return user(email);
    }

    CurrentUser anAdministrator() {
        String email = "admin-" + unique() + "@example.org";
        accounts.createProfessional("Beheer", email, "a long enough password", Set.of(Role.ADMINISTRATOR), List.of());
        return user(email);
    }

    /** A name no other test uses, so that counting rows by name sees only this test's rows. */
    static String named(String name) {
        return name + " " + unique().substring(0, 6);
    }

    int count(String table, String condition, Object... params) {
        return jdbc
            .sql("select count(*) from " + table + " where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }

    private CurrentUser user(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
