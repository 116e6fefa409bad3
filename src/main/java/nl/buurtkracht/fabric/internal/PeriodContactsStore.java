package nl.buurtkracht.fabric.internal;

import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.fabric.PeriodContacts.Tie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a neighbourhood's residents and the pairs that met in a period from the contact ledger. */
@Repository
public class PeriodContactsStore {

    /** A resident of the neighbourhood and the street they live on. */
    public record Home(long id, long streetId) {}

    private static final String RESIDENTS = """
        select r.id, a.street_id from resident r join address a on a.id = r.address_id
        where a.neighbourhood_id = :n order by r.id""";

    /*
     * Each pair once, found from either side through the ledger's per-resident indexes. A pair is new
     * when its first contact ever (any source) lies in the period; bridging when both have a home and
     * the streets differ; intergenerational when both birth years are known and far enough apart.
     */
    private static final String TIES = """
        with roster as (
          select r.id, a.street_id from resident r join address a on a.id = r.address_id
          where a.neighbourhood_id = :n
        ), pairs as (
          select t.resident_a, t.resident_b from contact_tie t
          where t.happened_on between :from and :to and t.resident_a in (select id from roster)
          union
          select t.resident_a, t.resident_b from contact_tie t
          where t.happened_on between :from and :to and t.resident_b in (select id from roster)
        )
        select p.resident_a, p.resident_b, ra.street_id as street_a, rb.street_id as street_b,
          (select min(f.happened_on) from contact_tie f
           where f.resident_a = p.resident_a and f.resident_b = p.resident_b) >= :from as is_new,
          coalesce(ha.street_id <> hb.street_id, false) as bridging,
          coalesce(abs(pa.birth_year - pb.birth_year) >= :years, false) as intergenerational
        from pairs p
        join resident pa on pa.id = p.resident_a
        join resident pb on pb.id = p.resident_b
        left join address ha on ha.id = pa.address_id
        left join address hb on hb.id = pb.address_id
        left join roster ra on ra.id = p.resident_a
        left join roster rb on rb.id = p.resident_b
        order by p.resident_a, p.resident_b""";

    private final JdbcClient jdbc;

    PeriodContactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Home> residents(long neighbourhoodId) {
        return jdbc.sql(RESIDENTS).param("n", neighbourhoodId).query(Home.class).list();
    }

    public List<Tie> ties(long neighbourhoodId, LocalDate from, LocalDate to, int generationYears) {
        return jdbc
            .sql(TIES)
            .param("n", neighbourhoodId)
            .param("from", from)
            .param("to", to)
            .param("years", generationYears)
            .query((rs, row) ->
                new Tie(
                    rs.getLong("resident_a"),
                    rs.getLong("resident_b"),
                    rs.getObject("street_a", Long.class),
                    rs.getObject("street_b", Long.class),
                    rs.getBoolean("is_new"),
                    rs.getBoolean("bridging"),
                    rs.getBoolean("intergenerational")
                )
            )
            .list();
    }
}
