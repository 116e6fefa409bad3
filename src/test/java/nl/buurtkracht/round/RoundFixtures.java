package nl.buurtkracht.round;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.HelpFixtures;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rounds made for one test: an initiative with its own coordinator, a round, recipients who agreed. */
public final class RoundFixtures {

    public final HelpFixtures people;
    private final JdbcClient jdbc;
    private final ConsentLedger consent;

    public RoundFixtures(JdbcClient jdbc, AccountDirectory accounts, ConsentLedger consent) {
        this.people = new HelpFixtures(jdbc, accounts);
        this.jdbc = jdbc;
        this.consent = consent;
    }

    /** An initiative in the neighbourhood owned by this resident. */
    public long anInitiativeOwnedBy(long neighbourhoodId, long residentId) {
        long initiative = jdbc
            .sql(
                """
                insert into initiative (title, what, neighbourhood_id, state)
                values ('TaartExpress', 'Taart en een kaartje brengen', ?, 'ACTIVE') returning id"""
            )
            .param(neighbourhoodId)
            .query(Long.class)
            .single();
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, resident_id, role) values (?, 'RESIDENT', ?, 'trekker')"
            )
            .params(initiative, residentId)
            .update();
        return initiative;
    }

    public static RoundForm round(long initiativeId, LocalDate first, double lat, double lon) {
        return new RoundForm(
            initiativeId,
            "TaartExpress",
            "Een stukje taart van de buurt",
            first,
            "FREQ=WEEKLY;INTERVAL=2;COUNT=6",
            LocalTime.of(13, 0),
            LocalTime.of(17, 0),
            lat,
            lon,
            "Buurthuis",
            "",
            ""
        );
    }

    public static RecipientForm recipient(long residentId, int fromHour, int untilHour) {
        return new RecipientForm(
            residentId,
            LocalTime.of(fromHour, 0),
            LocalTime.of(untilHour, 0),
            "bel twee keer aan",
            null
        );
    }

    /** A resident at the spot who agreed online to be visited. */
    public CurrentUser agreedRecipient(String name, Spot spot) {
        CurrentUser r = people.resident(name, spot, 1938);
        consent.record(
            r.residentId(),
            ConsentPurpose.VISITED_BY_ROUND,
            true,
            r.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        return r;
    }

    /** The spot's postcode ("1234 AB") and house number with letter and addition, as someone types them. */
    public String[] postcodeAndNumber(Spot spot) {
        return jdbc
            .sql(
                """
                select substr(postcode, 1, 4) || ' ' || substr(postcode, 5), house_number || house_letter ||
                  case when addition = '' then '' else '-' || addition end
                from address where id = ?"""
            )
            .param(spot.addressId())
            .query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
            .single();
    }

    /** Straight-line metres between two spots, roughly. */
    public double metresBetween(Spot a, Spot b) {
        double[] p = where(a);
        double[] q = where(b);
        double north = (q[0] - p[0]) * 111_195.0;
        double east = (q[1] - p[1]) * 111_195.0 * Math.cos(Math.toRadians(p[0]));
        return Math.hypot(north, east);
    }

    public double[] where(Spot spot) {
        return jdbc
            .sql("select lat, lon from address where id = ?")
            .param(spot.addressId())
            .query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
            .single();
    }
}
