package nl.buurtkracht.initiative;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkracht.initiative.internal.InitiativeStore;
import nl.buurtkracht.initiative.internal.InitiativeStore.ContinuityFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of a neighbourhood's initiatives for aggregate reports (R16): how many were alive in a
 * period, how many carry a continuity warning today, which funding ends soon, and which residents
 * took part. Counts and ids only; the report decides what may be shown.
 */
@Service
public class InitiativeFigures {

    /**
     * @param alive initiatives that existed and had not ended before the period began
     * @param withWarnings of those still living today, how many carry at least one continuity warning
     * @param fundingSourcesEnding funding sources ending between the start of the period and 90 days after its end
     * @param fundingEndingAmount their amount together, in euros
     * @param initiativesWithFundingEnding how many initiatives those sources belong to
     */
    public record Tally(
        int alive,
        int withWarnings,
        int fundingSourcesEnding,
        BigDecimal fundingEndingAmount,
        int initiativesWithFundingEnding
    ) {}

    private final JdbcClient jdbc;
    private final InitiativeStore store;
    private final Continuity continuity;
    private final Clock clock;

    InitiativeFigures(JdbcClient jdbc, InitiativeStore store, Continuity continuity, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.continuity = continuity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Tally tally(long neighbourhoodId, LocalDate from, LocalDate to) {
        int alive = jdbc
            .sql(
                """
                select count(*) from initiative i
                where i.neighbourhood_id = ? and (i.created_at at time zone 'Europe/Amsterdam')::date <= ?
                  and (i.state <> 'ENDED' or coalesce((select max(c.changed_at at time zone 'Europe/Amsterdam')::date
                       from initiative_state_change c where c.initiative_id = i.id and c.to_state = 'ENDED'), ?) >= ?)"""
            )
            .params(neighbourhoodId, to, from, from)
            .query(Integer.class)
            .single();
        LocalDate today = LocalDate.now(clock.withZone(Continuity.AMSTERDAM));
        int withWarnings = 0;
        for (ContinuityFacts facts : store.continuityFacts(store.livingIn(neighbourhoodId), today.withDayOfYear(1))) {
            if (!continuity.warnings(facts, store.funding(facts.id()), today).isEmpty()) {
                withWarnings++;
            }
        }
        record Ending(int sources, BigDecimal amount, int initiatives) {}
        Ending ending = jdbc
            .sql(
                """
                select count(*)::int as sources, coalesce(sum(f.amount_cents), 0) / 100.0 as amount,
                  count(distinct f.initiative_id)::int as initiatives
                from initiative_funding f join initiative i on i.id = f.initiative_id
                where i.neighbourhood_id = ? and f.ends_on between ? and ?"""
            )
            .params(neighbourhoodId, from, to.plusDays(Continuity.FUNDING_HORIZON_DAYS))
            .query(Ending.class)
            .single();
        return new Tally(alive, withWarnings, ending.sources(), ending.amount(), ending.initiatives());
    }

    /** Of these residents, those who joined an initiative, took a task or became an owner in the period. */
    @Transactional(readOnly = true)
    public Set<Long> takingPart(Collection<Long> residentIds, LocalDate from, LocalDate to) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc
            .sql(
                """
                select m.resident_id from initiative_member m
                where m.resident_id = any(:ids) and (m.since at time zone 'Europe/Amsterdam')::date between :from and :to
                union
                select t.resident_id from initiative_task_taker t
                where t.resident_id = any(:ids) and (t.taken_at at time zone 'Europe/Amsterdam')::date between :from and :to
                union
                select o.resident_id from initiative_owner o
                where o.resident_id = any(:ids) and (o.since at time zone 'Europe/Amsterdam')::date between :from and :to"""
            )
            .param("ids", new SqlArrayValue("bigint", residentIds.toArray()))
            .param("from", from)
            .param("to", to)
            .query(Long.class)
            .list();
        return new HashSet<>(ids);
    }
}
