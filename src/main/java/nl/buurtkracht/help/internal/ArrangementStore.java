package nl.buurtkracht.help.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.help.HelpKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes arrangements, their times and the private "how was it?"; callers hold the transaction. */
@Repository
public class ArrangementStore {

    /** An arrangement with both people's names. */
    public record ArrangementRow(
        long id,
        long askId,
        long askerResidentId,
        String askerName,
        long helperResidentId,
        String helperName,
        HelpKind kind,
        String rrule,
        String zone,
        String status,
        Instant createdAt
    ) {}

    /** One time, and how it went: MET, SKIPPED, or null while nobody said. */
    public record TimeRow(LocalDate day, Instant startsAt, @Nullable String answer, @Nullable String answeredBy) {}

    private static final String ARRANGEMENT = """
        select a.id, a.ask_id, a.asker_resident_id, ar.display_name as asker_name, a.helper_resident_id,
          hr.display_name as helper_name, a.kind, a.rrule, a.zone, a.status, a.created_at
        from help_arrangement a join resident ar on ar.id = a.asker_resident_id
          join resident hr on hr.id = a.helper_resident_id""";

    private final JdbcClient jdbc;

    ArrangementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long askId, long askerId, long helperId, HelpKind kind, String rrule, String zone, Instant now) {
        return jdbc
            .sql(
                """
                insert into help_arrangement (ask_id, asker_resident_id, helper_resident_id, kind, rrule, zone, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?) returning id"""
            )
            .params(askId, askerId, helperId, kind.name(), rrule, zone, Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    public void writeTimes(long arrangementId, List<ZonedDateTime> starts) {
        for (ZonedDateTime start : starts) {
            jdbc
                .sql("insert into help_arrangement_time (arrangement_id, day, starts_at) values (?, ?, ?)")
                .params(arrangementId, start.toLocalDate(), Timestamp.from(start.toInstant()))
                .update();
        }
    }

    public Optional<ArrangementRow> arrangement(long id) {
        return jdbc.sql(ARRANGEMENT + " where a.id = ?").param(id).query(ArrangementRow.class).optional();
    }

    public Optional<Long> ofAsk(long askId) {
        return jdbc.sql("select id from help_arrangement where ask_id = ?").param(askId).query(Long.class).optional();
    }

    public List<ArrangementRow> of(long residentId) {
        return jdbc
            .sql(
                ARRANGEMENT +
                " where a.asker_resident_id = :r or a.helper_resident_id = :r order by a.status = 'ENDED', a.created_at desc"
            )
            .param("r", residentId)
            .query(ArrangementRow.class)
            .list();
    }

    /** Arrangements of the neighbours this account is registered to act for. */
    public List<ArrangementRow> ofRepresented(long accountId) {
        return jdbc
            .sql(
                ARRANGEMENT +
                " where a.asker_resident_id in (select resident_id from representation where representative_account_id = ?)" +
                " order by a.status = 'ENDED', a.created_at desc"
            )
            .param(accountId)
            .query(ArrangementRow.class)
            .list();
    }

    public List<TimeRow> times(long arrangementId, Instant from, int limit) {
        return jdbc
            .sql(
                """
                select t.day, t.starts_at, t.answer, r.display_name as answered_by
                from help_arrangement_time t left join resident r on r.id = t.answered_by_resident_id
                where t.arrangement_id = ? and t.starts_at >= ? order by t.day limit ?"""
            )
            .params(arrangementId, Timestamp.from(from), limit)
            .query(TimeRow.class)
            .list();
    }

    /** The time on a day, locked against the other side answering at the same moment. */
    public Optional<TimeRow> lockTime(long arrangementId, LocalDate day) {
        return jdbc
            .sql(
                """
                select t.day, t.starts_at, t.answer, null as answered_by from help_arrangement_time t
                where t.arrangement_id = ? and t.day = ? for update"""
            )
            .params(arrangementId, day)
            .query(TimeRow.class)
            .optional();
    }

    public void answer(long arrangementId, LocalDate day, String answer, long residentId, Instant now) {
        jdbc
            .sql(
                """
                update help_arrangement_time set answer = ?, answered_by_resident_id = ?, answered_at = ?
                where arrangement_id = ? and day = ?"""
            )
            .params(answer, residentId, Timestamp.from(now), arrangementId, day)
            .update();
    }

    public boolean metBefore(long arrangementId, LocalDate day) {
        return jdbc
            .sql(
                "select exists (select 1 from help_arrangement_time where arrangement_id = ? and answer = 'MET' and day <> ?)"
            )
            .params(arrangementId, day)
            .query(Boolean.class)
            .single();
    }

    public void setStatus(long arrangementId, String status, @Nullable Instant lapsedAt) {
        jdbc
            .sql("update help_arrangement set status = ?, lapsed_at = ? where id = ?")
            .params(status, lapsedAt == null ? null : Timestamp.from(lapsedAt), arrangementId)
            .update();
    }

    /**
     * Marks an active arrangement lapsed; false when it was not active (another instance of the app
     * noticed it first), so the lapse is told once.
     */
    public boolean markLapsed(long arrangementId, Instant now) {
        return (
            jdbc
                .sql("update help_arrangement set status = 'LAPSED', lapsed_at = ? where id = ? and status = 'ACTIVE'")
                .params(Timestamp.from(now), arrangementId)
                .update() ==
            1
        );
    }

    /** An active arrangement that seems to have stopped, and which rule noticed it. */
    public record Lapse(long arrangementId, boolean twoMissed) {}

    /**
     * Active arrangements whose last two past times passed without a meeting, or which have had
     * times but no meeting for {@code quietSince} (three weeks) while older than that.
     */
    public List<Lapse> lapses(Instant before, Instant quietSince) {
        return jdbc
            .sql(
                """
                select a.id as arrangement_id,
                  coalesce((select count(*) = 2 and bool_and(coalesce(t.answer, '') <> 'MET') from (
                    select t.answer from help_arrangement_time t where t.arrangement_id = a.id and t.starts_at < :before
                    order by t.day desc limit 2) t), false) as two_missed
                from help_arrangement a
                where a.status = 'ACTIVE' and (
                  coalesce((select count(*) = 2 and bool_and(coalesce(t.answer, '') <> 'MET') from (
                    select t.answer from help_arrangement_time t where t.arrangement_id = a.id and t.starts_at < :before
                    order by t.day desc limit 2) t), false)
                  or (a.created_at < :quiet
                    and exists (select 1 from help_arrangement_time t where t.arrangement_id = a.id
                      and t.starts_at between :quiet and :before)
                    and not exists (select 1 from help_arrangement_time t where t.arrangement_id = a.id
                      and t.answer = 'MET' and t.starts_at >= :quiet)))"""
            )
            .param("before", Timestamp.from(before))
            .param("quiet", Timestamp.from(quietSince))
            .query(Lapse.class)
            .list();
    }

    public void feedback(long arrangementId, long fromResidentId, String feeling, String note, Instant now) {
        jdbc
            .sql(
                """
                insert into help_feedback (arrangement_id, from_resident_id, feeling, note, given_at)
                values (:a, :r, :feeling, :note, :now)
                on conflict (arrangement_id, from_resident_id) do update set feeling = :feeling, note = :note, given_at = :now"""
            )
            .param("a", arrangementId)
            .param("r", fromResidentId)
            .param("feeling", feeling)
            .param("note", note)
            .param("now", Timestamp.from(now))
            .update();
    }

    /** The feeling and note someone gave, for them alone to see again. */
    public record Feedback(String feeling, String note) {}

    public Optional<Feedback> feedbackOf(long arrangementId, long fromResidentId) {
        return jdbc
            .sql("select feeling, note from help_feedback where arrangement_id = ? and from_resident_id = ?")
            .params(arrangementId, fromResidentId)
            .query(Feedback.class)
            .optional();
    }

    /** The street hosts of the block where the resident lives. */
    public List<Long> hostsOf(long residentId) {
        return jdbc
            .sql(
                """
                select h.resident_id from resident r join block_address ba on ba.address_id = r.address_id
                  join block_host h on h.block_id = ba.block_id
                where r.id = ? and h.resident_id <> r.id order by h.resident_id"""
            )
            .param(residentId)
            .query(Long.class)
            .list();
    }
}
