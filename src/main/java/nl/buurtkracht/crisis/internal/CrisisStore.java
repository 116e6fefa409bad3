package nl.buurtkracht.crisis.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.crisis.BlockProgress;
import nl.buurtkracht.crisis.CheckStatus;
import nl.buurtkracht.crisis.CrisisView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads and writes crises and check-ins; callers hold the transaction. */
@Repository
public class CrisisStore {

    /** A neighbour on a host's list, with the block and the last word on them. */
    public record ListedRow(
        long blockId,
        String blockName,
        String streetName,
        long residentId,
        String name,
        boolean sharesName,
        int houseNumber,
        String houseLetter,
        String addition,
        @Nullable String status,
        @Nullable Instant checkedAt,
        @Nullable Long checkedByAccount,
        @Nullable String checkedByName
    ) {}

    /** The current word on one neighbour. */
    public record CheckRow(String status, Instant checkedAt, long checkedByAccount, String checkedByName) {}

    private static final String CRISIS = """
        select c.id, c.neighbourhood_id, n.name as neighbourhood_name, c.reason, c.started_at, c.ended_at,
          c.residents_listed, c.residents_checked, c.needing_help, c.not_reached
        from crisis c join neighbourhood n on n.id = c.neighbourhood_id""";

    private static final RowMapper<CrisisView> CRISIS_ROW = (rs, row) -> {
        Instant ended = rs.getObject("ended_at", java.time.OffsetDateTime.class) == null
            ? null
            : rs.getObject("ended_at", java.time.OffsetDateTime.class).toInstant();
        return new CrisisView(
            rs.getLong("id"),
            rs.getLong("neighbourhood_id"),
            rs.getString("neighbourhood_name"),
            rs.getString("reason"),
            rs.getObject("started_at", java.time.OffsetDateTime.class).toInstant(),
            ended,
            ended == null
                ? null
                : new CrisisView.Summary(
                    rs.getInt("residents_listed"),
                    rs.getInt("residents_checked"),
                    rs.getInt("needing_help"),
                    rs.getInt("not_reached")
                )
        );
    };

    /*
     * The people a check-in list is about: residents living at the addresses of blocks in the
     * neighbourhood, except the hosts of their own block. FROM and WHERE apart, so joins fit between.
     */
    private static final String LISTED_FROM = """
        from block b
        join street s on s.id = b.street_id
        join block_address ba on ba.block_id = b.id
        join address a on a.id = ba.address_id
        join resident r on r.address_id = a.id""";

    private static final String LISTED_WHERE = """
        a.neighbourhood_id = :n
        and not exists (select 1 from block_host h where h.block_id = b.id and h.resident_id = r.id)""";

    private static final String HOSTED_BY =
        " and b.id in (select h.block_id from block_host h where h.resident_id = :host)";

    private final JdbcClient jdbc;

    CrisisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Switches on; when the neighbourhood already is on, nothing changes and empty comes back. */
    public Optional<Long> start(long neighbourhoodId, String reason, long accountId, Instant at) {
        return jdbc
            .sql(
                """
                insert into crisis (neighbourhood_id, reason, started_at, started_by_account)
                values (?, ?, ?, ?)
                on conflict (neighbourhood_id) where ended_at is null do nothing
                returning id"""
            )
            .params(neighbourhoodId, reason, java.sql.Timestamp.from(at), accountId)
            .query(Long.class)
            .optional();
    }

    public Optional<CrisisView> current(long neighbourhoodId) {
        return jdbc
            .sql(CRISIS + " where c.neighbourhood_id = ? and c.ended_at is null")
            .param(neighbourhoodId)
            .query(CRISIS_ROW)
            .optional();
    }

    public Optional<CrisisView> find(long crisisId) {
        return jdbc.sql(CRISIS + " where c.id = ?").param(crisisId).query(CRISIS_ROW).optional();
    }

    /** The crisis that is on, locked against switching off until the caller's transaction ends. */
    public Optional<CrisisView> lockIfOn(long crisisId) {
        return jdbc
            .sql(CRISIS + " where c.id = ? and c.ended_at is null for share of c")
            .param(crisisId)
            .query(CRISIS_ROW)
            .optional();
    }

    /** The crises that are on in these neighbourhoods or in those of these streets. */
    public List<CrisisView> onFor(Collection<Long> neighbourhoodIds, Collection<Long> streetIds) {
        if (neighbourhoodIds.isEmpty() && streetIds.isEmpty()) {
            return List.of();
        }
        return jdbc
            .sql(
                CRISIS +
                " where c.ended_at is null and (c.neighbourhood_id = any(?)" +
                " or c.neighbourhood_id in (select s.neighbourhood_id from street s where s.id = any(?)))" +
                " order by n.name, c.id"
            )
            .params(
                new SqlArrayValue("bigint", neighbourhoodIds.toArray()),
                new SqlArrayValue("bigint", streetIds.toArray())
            )
            .query(CRISIS_ROW)
            .list();
    }

    /** Every crisis the neighbourhood had, the newest first. */
    public List<CrisisView> history(long neighbourhoodId) {
        return jdbc
            .sql(CRISIS + " where c.neighbourhood_id = ? order by c.started_at desc, c.id desc")
            .param(neighbourhoodId)
            .query(CRISIS_ROW)
            .list();
    }

    /**
     * Ends the crisis and counts what was learned, in one statement after the switch: returns false
     * when it had already ended. Ticks hold a share lock on the crisis row, so none slips in between.
     */
    public boolean end(long crisisId, long accountId, Instant at) {
        Optional<Long> neighbourhood = jdbc
            .sql(
                "update crisis set ended_at = ?, ended_by_account = ? where id = ? and ended_at is null returning neighbourhood_id"
            )
            .params(java.sql.Timestamp.from(at), accountId, crisisId)
            .query(Long.class)
            .optional();
        if (neighbourhood.isEmpty()) {
            return false;
        }
        // A second statement, so that its snapshot sees every tick that committed before the switch.
        jdbc
            .sql(
                "update crisis c set residents_listed = (select count(distinct r.id) " +
                LISTED_FROM +
                " where " +
                LISTED_WHERE +
                " and exists (select 1 from block_host h where h.block_id = b.id))," +
                """
                 residents_checked = (select count(*) from crisis_check k where k.crisis_id = c.id),
                 needing_help = (select count(*) from crisis_check k where k.crisis_id = c.id and k.status = 'NEEDS_HELP'),
                 not_reached = (select count(*) from crisis_check k where k.crisis_id = c.id and k.status = 'NOT_REACHED')
                where c.id = :crisis"""
            )
            .param("n", neighbourhood.get())
            .param("crisis", crisisId)
            .update();
        return true;
    }

    /** The neighbours on this host's list: of the blocks they host in the neighbourhood. */
    public List<ListedRow> listFor(long crisisId, long neighbourhoodId, long hostResidentId) {
        return jdbc
            .sql(
                "select b.id as block_id, b.name as block_name, s.name as street_name, r.id as resident_id," +
                " r.display_name as name, " +
                ConsentLedger.grantedSql("r.id", ConsentPurpose.NAME_VISIBLE_TO_STREET) +
                " as shares_name, a.house_number, a.house_letter, a.addition," +
                " k.status, k.checked_at, k.checked_by_account, ka.display_name as checked_by_name " +
                LISTED_FROM +
                " left join crisis_check k on k.crisis_id = :crisis and k.resident_id = r.id" +
                " left join account ka on ka.id = k.checked_by_account" +
                " where " +
                LISTED_WHERE +
                HOSTED_BY +
                " order by s.name, b.name, a.house_number, a.house_letter, a.addition, r.id"
            )
            .param("n", neighbourhoodId)
            .param("host", hostResidentId)
            .param("crisis", crisisId)
            .query(ListedRow.class)
            .list();
    }

    /** Whether this resident is on the list of a block this host hosts, in the neighbourhood. */
    public boolean onListOf(long neighbourhoodId, long hostResidentId, long residentId) {
        return jdbc
            .sql(
                "select exists (select 1 " +
                LISTED_FROM +
                " where " +
                LISTED_WHERE +
                HOSTED_BY +
                " and r.id = :resident)"
            )
            .param("n", neighbourhoodId)
            .param("host", hostResidentId)
            .param("resident", residentId)
            .query(Boolean.class)
            .single();
    }

    /**
     * Records a tick in one conditional upsert: it replaces the word on the neighbourhood unless a
     * different host gave a weightier word less than {@code freshMinutes} before. Two hosts at once
     * meet on the row's lock, and the second sees the first's word.
     */
    public void tick(long crisisId, long residentId, CheckStatus status, long accountId, Instant at, int freshMinutes) {
        jdbc
            .sql(
                """
                insert into crisis_check (crisis_id, resident_id, status, weight, checked_by_account, checked_at)
                values (:crisis, :resident, :status, :weight, :account, :at)
                on conflict (crisis_id, resident_id) do update
                set status = excluded.status, weight = excluded.weight,
                    checked_by_account = excluded.checked_by_account, checked_at = excluded.checked_at
                where crisis_check.checked_by_account = excluded.checked_by_account
                   or excluded.weight >= crisis_check.weight
                   or crisis_check.checked_at < excluded.checked_at - make_interval(mins => :fresh)"""
            )
            .param("crisis", crisisId)
            .param("resident", residentId)
            .param("status", status.name())
            .param("weight", status.weight())
            .param("account", accountId)
            .param("at", java.sql.Timestamp.from(at))
            .param("fresh", freshMinutes)
            .update();
    }

    public CheckRow check(long crisisId, long residentId) {
        return jdbc
            .sql(
                """
                select k.status, k.checked_at, k.checked_by_account, a.display_name as checked_by_name
                from crisis_check k join account a on a.id = k.checked_by_account
                where k.crisis_id = ? and k.resident_id = ?"""
            )
            .params(crisisId, residentId)
            .query(CheckRow.class)
            .single();
    }

    /** Per block of the neighbourhood: its hosts, who is on its list and how far the ticks are. */
    public List<BlockProgress> progress(long crisisId, long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select b.id as block_id, b.name as block_name, s.name as street_name,
                  (select count(*) from block_host h where h.block_id = b.id)::int as hosts,
                  count(distinct r.id)::int as listed,
                  count(distinct r.id) filter (where k.status = 'OK')::int as ok,
                  count(distinct r.id) filter (where k.status = 'NEEDS_HELP')::int as needing_help,
                  count(distinct r.id) filter (where k.status = 'NOT_REACHED')::int as not_reached
                """ +
                LISTED_FROM +
                " left join crisis_check k on k.crisis_id = :crisis and k.resident_id = r.id where " +
                LISTED_WHERE +
                " group by b.id, b.name, s.name order by s.name, b.name"
            )
            .param("n", neighbourhoodId)
            .param("crisis", crisisId)
            .query(BlockProgress.class)
            .list();
    }
}
