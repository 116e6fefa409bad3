package nl.buurtkracht.help;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help in a neighbourhood in figures, for aggregate reports (R16): the time neighbours gave each other
 * and who took part. Ids and sums only; the report decides what may be shown.
 */
@Service
public class HelpFigures {

    /** An ask that says nothing about its length counts as an hour. */
    public static final int MINUTES_WHEN_UNKNOWN = 60;

    /**
     * The time helpers gave to asks of the neighbourhood in a period: every confirmed meeting of a
     * "vaste prik" and every matched one-off ask whose day fell in the period, each for the minutes
     * the ask named (an hour when it named none); and the helpers who gave it.
     */
    public record TimeGiven(BigDecimal hours, int meetings, Set<Long> helpers) {}

    private final JdbcClient jdbc;

    HelpFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public TimeGiven timeGiven(long neighbourhoodId, LocalDate from, LocalDate to) {
        record Meeting(long helper, int minutes) {}
        List<Meeting> meetings = jdbc
            .sql(
                """
                select r.helper_resident_id as helper, coalesce(k.minutes, :unknown) as minutes
                from help_arrangement_time t
                join help_arrangement r on r.id = t.arrangement_id
                join help_ask k on k.id = r.ask_id
                where k.neighbourhood_id = :n and t.answer = 'MET' and t.day between :from and :to
                union all
                select k.helper_resident_id, coalesce(k.minutes, :unknown)
                from help_ask k
                where k.neighbourhood_id = :n and k.status = 'MATCHED' and k.rrule is null
                  and k.day between :from and :to"""
            )
            .param("n", neighbourhoodId)
            .param("from", from)
            .param("to", to)
            .param("unknown", MINUTES_WHEN_UNKNOWN)
            .query(Meeting.class)
            .list();
        Set<Long> helpers = new HashSet<>();
        int minutes = 0;
        for (Meeting m : meetings) {
            helpers.add(m.helper());
            minutes += m.minutes();
        }
        return new TimeGiven(
            BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP),
            meetings.size(),
            helpers
        );
    }

    /** Of these residents, those who asked, were helped or helped someone in the period. */
    @Transactional(readOnly = true)
    public Set<Long> takingPart(Collection<Long> residentIds, LocalDate from, LocalDate to) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc
            .sql(
                """
                select k.asker_resident_id from help_ask k
                where k.asker_resident_id = any(:ids) and (k.created_at at time zone 'Europe/Amsterdam')::date between :from and :to
                union
                select k.helper_resident_id from help_ask k
                where k.helper_resident_id = any(:ids) and (k.matched_at at time zone 'Europe/Amsterdam')::date between :from and :to
                union
                select r.helper_resident_id from help_arrangement_time t join help_arrangement r on r.id = t.arrangement_id
                where r.helper_resident_id = any(:ids) and t.answer = 'MET' and t.day between :from and :to
                union
                select r.asker_resident_id from help_arrangement_time t join help_arrangement r on r.id = t.arrangement_id
                where r.asker_resident_id = any(:ids) and t.answer = 'MET' and t.day between :from and :to"""
            )
            .param("ids", new SqlArrayValue("bigint", residentIds.toArray()))
            .param("from", from)
            .param("to", to)
            .query(Long.class)
            .list();
        return new HashSet<>(ids);
    }
}
