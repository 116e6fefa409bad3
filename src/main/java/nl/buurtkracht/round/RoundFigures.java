package nl.buurtkracht.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Rounds in figures, for aggregate reports (R16): the time volunteers gave and who took part. Ids and
 * sums only, never what a visit note says; the report decides what may be shown.
 */
@Service
public class RoundFigures {

    /**
     * The time volunteers gave to rounds of the neighbourhood's initiatives in a period: for each
     * volunteer and day with at least one visit made, the hours they signed up for (the round's own
     * hours when they had not signed up); the visits made; and the volunteers.
     */
    public record TimeGiven(BigDecimal hours, int visits, Set<Long> volunteers) {}

    private final JdbcClient jdbc;

    RoundFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public TimeGiven timeGiven(long neighbourhoodId, LocalDate from, LocalDate to) {
        record Day(long volunteer, int visits, int minutes) {}
        List<Day> days = jdbc
            .sql(
                """
                select st.volunteer_resident_id as volunteer, count(*)::int as visits,
                  (extract(epoch from coalesce(max(su.available_until) - max(su.available_from), max(r.ends_at) - max(r.starts_at))) / 60)::int as minutes
                from round_stop st
                join round r on r.id = st.round_id
                join initiative i on i.id = r.initiative_id
                left join round_signup su on su.round_id = st.round_id and su.day = st.day
                  and su.resident_id = st.volunteer_resident_id
                where i.neighbourhood_id = ? and st.visited_at is not null and st.day between ? and ?
                group by st.round_id, st.day, st.volunteer_resident_id"""
            )
            .params(neighbourhoodId, from, to)
            .query(Day.class)
            .list();
        Set<Long> volunteers = new HashSet<>();
        int visits = 0;
        int minutes = 0;
        for (Day d : days) {
            volunteers.add(d.volunteer());
            visits += d.visits();
            minutes += d.minutes();
        }
        return new TimeGiven(
            BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
            visits,
            volunteers
        );
    }

    /** Of these residents, those who were visited or made a visit in the period. */
    @Transactional(readOnly = true)
    public Set<Long> takingPart(Collection<Long> residentIds, LocalDate from, LocalDate to) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc
            .sql(
                """
                select st.volunteer_resident_id from round_stop st
                where st.volunteer_resident_id = any(:ids) and st.visited_at is not null and st.day between :from and :to
                union
                select rr.resident_id from round_stop st join round_recipient rr on rr.id = st.recipient_id
                where rr.resident_id = any(:ids) and st.visited_at is not null and st.day between :from and :to"""
            )
            .param("ids", new SqlArrayValue("bigint", residentIds.toArray()))
            .param("from", from)
            .param("to", to)
            .query(Long.class)
            .list();
        return new HashSet<>(ids);
    }
}
