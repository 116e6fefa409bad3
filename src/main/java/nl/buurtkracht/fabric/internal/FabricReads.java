package nl.buurtkracht.fabric.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the newest analytics run stored, and the few ledger rows a network picture needs. */
@Repository
public class FabricReads {

    /** The newest finished run. */
    public record Run(long id, LocalDate asOf, Instant computedAt) {}

    /** One area's counts in one month. */
    public record Summary(
        long areaId,
        LocalDate month,
        int residents,
        int connected,
        int isolated,
        @Nullable Integer connectors,
        int ties,
        int bridgingTies,
        int intergenerationalTies
    ) {}

    /** A resident as the last run saw her. */
    public record Person(
        long residentId,
        int community,
        @Nullable LocalDate isolatedSince,
        int recentContacts,
        boolean connector
    ) {}

    /** Two residents' contacts of the network's year, folded. */
    public record Pair(long residentA, long residentB, double weight, LocalDate lastDay) {}

    private final JdbcClient jdbc;

    FabricReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Run> latestRun() {
        return jdbc
            .sql(
                "select id, as_of, computed_at from fabric_run where status = 'DONE' order by computed_at desc, id desc limit 1"
            )
            .query(Run.class)
            .optional();
    }

    /** The twelve months of the given areas, oldest month first. */
    public List<Summary> summaries(long runId, String areaKind, Collection<Long> areaIds) {
        return jdbc
            .sql(
                """
                select area_id, month, residents, connected, isolated, connectors, ties, bridging_ties, intergenerational_ties
                from fabric_area_summary where run_id = ? and area_kind = ? and area_id = any(?)
                order by area_id, month"""
            )
            .params(runId, areaKind, areaIds.toArray(Long[]::new))
            .query(Summary.class)
            .list();
    }

    public List<Person> persons(Collection<Long> residentIds) {
        return jdbc
            .sql(
                """
                select resident_id, community, isolated_since, recent_contacts, connector
                from fabric_person where resident_id = any(?)"""
            )
            .param(residentIds.toArray(Long[]::new))
            .query(Person.class)
            .list();
    }

    /** Residents with a home on the street, as ids. */
    public List<Long> residentsOn(long streetId) {
        return jdbc
            .sql(
                "select r.id from resident r join address a on a.id = r.address_id where a.street_id = ? order by r.id"
            )
            .param(streetId)
            .query(Long.class)
            .list();
    }

    /** Every pair with a contact since the day, where at least one of the two is among the residents. */
    public List<Pair> pairsTouching(Collection<Long> residentIds, LocalDate after) {
        Long[] ids = residentIds.toArray(Long[]::new);
        return jdbc
            .sql(
                """
                select resident_a, resident_b, sum(weight) as weight, max(happened_on) as last_day from contact_tie
                where happened_on > ? and (resident_a = any(?) or resident_b = any(?))
                group by resident_a, resident_b"""
            )
            .params(after, ids, ids)
            .query(Pair.class)
            .list();
    }
}
