package nl.buurtkracht.fabric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.TownOfItsOwn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Streets of its own for each test, so that the figures of a street count only the residents the
 * test put there (tests share one database with the demo town).
 */
final class FabricFixtures {

    /** A fresh street with its addresses, by house number. */
    record Street(long id, long neighbourhoodId, List<Long> addressIds) {}

    private final JdbcClient jdbc;
    private final ConsentLedger consents;
    private final ContactLedger ledger;

    FabricFixtures(JdbcClient jdbc, ConsentLedger consents, ContactLedger ledger) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.ledger = ledger;
    }

    /** A neighbourhood outside the demo town, so that the demo keeps its size. */
    long aNewNeighbourhood() {
        return TownOfItsOwn.neighbourhood(jdbc, "Buurt " + UUID.randomUUID().toString().substring(0, 6));
    }

    /** A new street in the neighbourhood with this many addresses. */
    Street aNewStreet(long neighbourhoodId, int addresses) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long street = jdbc
            .sql("insert into street (neighbourhood_id, name, place_name) values (?, ?, 'Lindeveld') returning id")
            .params(neighbourhoodId, "Molenstraat " + unique)
            .query(Long.class)
            .single();
        var random = ThreadLocalRandom.current();
        String postcode =
            (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        List<Long> ids = new ArrayList<>();
        for (int number = 1; number <= addresses; number++) {
            ids.add(
                jdbc
                    .sql(
                        """
                        insert into address (street_id, neighbourhood_id, postcode, house_number, house_letter, lat, lon)
                        values (?, ?, ?, ?, ?, 52.09, 5.10) returning id"""
                    )
                    .params(street, neighbourhoodId, postcode, number, unique.substring(0, 1).replaceAll("[^a-z]", "x"))
                    .query(Long.class)
                    .single()
            );
        }
        return new Street(street, neighbourhoodId, ids);
    }

    /** A resident at the street's n-th address (from 0) who joined a year ago. */
    long resident(Street street, int n, String name, int birthYear) {
        return jdbc
            .sql(
                """
                insert into resident (address_id, display_name, birth_year, created_at)
                values (?, ?, ?, now() - interval '1 year') returning id"""
            )
            .params(street.addressIds().get(n), name, birthYear)
            .query(Long.class)
            .single();
    }

    void tie(long a, long b, LocalDate day, String ref) {
        ledger.record(new Contact(a, b, day, ContactSource.ARRANGEMENT_MET, ref, null, null));
    }

    void shareNameWithBuilder(long residentId) {
        consents.record(
            residentId,
            ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER,
            true,
            null,
            false,
            ConsentMethod.ONLINE
        );
    }

    void leaveThePicture(long residentId) {
        consents.record(
            residentId,
            ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE,
            false,
            null,
            false,
            ConsentMethod.ONLINE
        );
    }

    int ties(String condition, Object... params) {
        return jdbc
            .sql("select count(*) from contact_tie where " + condition)
            .params(params)
            .query(Integer.class)
            .single();
    }
}
