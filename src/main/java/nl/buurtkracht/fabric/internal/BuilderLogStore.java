package nl.buurtkracht.fabric.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.fabric.BuilderLogEntry;
import nl.buurtkracht.fabric.BuilderLogHours;
import nl.buurtkracht.fabric.BuilderLogKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads the builder log; callers hold the transaction. */
@Repository
public class BuilderLogStore {

    private final JdbcClient jdbc;

    BuilderLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
        long accountId,
        long neighbourhoodId,
        LocalDate day,
        BuilderLogKind kind,
        String note,
        BigDecimal hours,
        @Nullable Long initiativeId
    ) {
        return jdbc
            .sql(
                """
                insert into builder_log (account_id, neighbourhood_id, day, kind, note, hours, initiative_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(accountId, neighbourhoodId, day, kind.name(), note, hours, initiativeId)
            .query(Long.class)
            .single();
    }

    public List<BuilderLogEntry> entries(long neighbourhoodId, LocalDate from, LocalDate to, long readerAccountId) {
        return jdbc
            .sql(
                """
                select l.id, l.day, l.kind, l.note, l.hours, l.initiative_id, i.title as initiative_title,
                  coalesce(a.display_name, '') as builder_name, l.account_id is not distinct from ? as mine
                from builder_log l
                left join initiative i on i.id = l.initiative_id
                left join account a on a.id = l.account_id
                where l.neighbourhood_id = ? and l.day between ? and ?
                order by l.day desc, l.id desc"""
            )
            .params(readerAccountId, neighbourhoodId, from, to)
            .query(BuilderLogEntry.class)
            .list();
    }

    public BuilderLogHours hours(long neighbourhoodId, LocalDate from, LocalDate to) {
        return jdbc
            .sql(
                """
                select coalesce(sum(hours), 0) as hours, count(*)::int as entries,
                  count(distinct account_id)::int as builders
                from builder_log where neighbourhood_id = ? and day between ? and ?"""
            )
            .params(neighbourhoodId, from, to)
            .query(BuilderLogHours.class)
            .single();
    }
}
