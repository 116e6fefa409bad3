package nl.buurtkracht.fabric.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.WatchAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes watches, their circles, answers and signals; callers hold the transaction. Every
 * change of stage is a conditional update on the stage and quiet stretch that the caller read, so
 * that of two instances or two neighbours acting at once exactly one changes it.
 */
@Repository
public class WatchStore {

    /** Where a resident lives, as far as the watch needs it. */
    public record Home(
        long residentId,
        String name,
        long streetId,
        String streetName,
        long neighbourhoodId,
        @Nullable Long blockId
    ) {}

    public record WatchRow(
        long id,
        long residentId,
        int quietDays,
        LocalDate startedOn,
        LocalDate quietSince,
        @Nullable LocalDate pausedUntil,
        int stage,
        @Nullable LocalDate stageOn,
        boolean onBehalf
    ) {}

    /** A resident as a circle member or candidate: may their name be shown, do they host the street. */
    public record MemberRow(long residentId, String name, boolean sharesName, boolean host) {}

    /** What the circle rules need to know of a proposed member. */
    public record Candidate(long residentId, long neighbourhoodId, @Nullable Long streetId, boolean hasAccount) {}

    /**
     * An open signal of the watch, joined with whom and which street it is about; {@code asHost} when
     * the reader sees it as the street host rather than as the builder.
     */
    public record SignalRow(
        long id,
        long watchId,
        long residentId,
        String name,
        String streetName,
        long neighbourhoodId,
        String kind,
        int stage,
        boolean asHost,
        LocalDate quietSince,
        Instant createdAt
    ) {}

    private static final String WATCH = """
        select id, resident_id, quiet_days, started_on, quiet_since, paused_until, stage, stage_on, on_behalf
        from watch""";

    private final JdbcClient jdbc;

    WatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Home> home(long residentId) {
        return jdbc
            .sql(
                """
                select r.id as resident_id, r.display_name as name, a.street_id, s.name as street_name, a.neighbourhood_id,
                  ba.block_id
                from resident r join address a on a.id = r.address_id join street s on s.id = a.street_id
                  left join block_address ba on ba.address_id = a.id
                where r.id = ?"""
            )
            .param(residentId)
            .query(Home.class)
            .optional();
    }

    public Optional<WatchRow> watch(long id) {
        return jdbc.sql(WATCH + " where id = ?").param(id).query(WatchRow.class).optional();
    }

    public Optional<WatchRow> watchOf(long residentId) {
        return jdbc.sql(WATCH + " where resident_id = ?").param(residentId).query(WatchRow.class).optional();
    }

    /** Locks a resident's watch row while it changes, so two saves of the same watch follow each other. */
    public Optional<WatchRow> lockWatchOf(long residentId) {
        return jdbc.sql(WATCH + " where resident_id = ? for update").param(residentId).query(WatchRow.class).optional();
    }

    /** Every watch, for the daily check; each is then read again in its own transaction. */
    public List<Long> watchIds() {
        return jdbc.sql("select id from watch order by id").query(Long.class).list();
    }

    /** Starts a watch; a concurrent start of the same resident's watch waits and then finds it (empty). */
    public Optional<Long> insertWatch(
        long residentId,
        int quietDays,
        LocalDate today,
        long setUpByAccountId,
        boolean onBehalf,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into watch (resident_id, quiet_days, started_on, quiet_since, set_up_by_account_id, on_behalf,
                  created_at, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (resident_id) do nothing returning id"""
            )
            .params(
                residentId,
                quietDays,
                today,
                today,
                setUpByAccountId,
                onBehalf,
                Timestamp.from(now),
                Timestamp.from(now)
            )
            .query(Long.class)
            .optional();
    }

    public void updateQuietDays(long id, int quietDays, Instant now) {
        jdbc
            .sql("update watch set quiet_days = ?, changed_at = ? where id = ?")
            .params(quietDays, Timestamp.from(now), id)
            .update();
    }

    /** Stops the watch of a resident whatever its id; answers whether there was one. */
    public boolean deleteWatchOf(long residentId) {
        return jdbc.sql("delete from watch where resident_id = ?").param(residentId).update() > 0;
    }

    /** The members of a circle, in the order they were added. */
    public List<Long> circle(long watchId) {
        return jdbc
            .sql("select resident_id from watch_circle where watch_id = ? order by added_at, resident_id")
            .param(watchId)
            .query(Long.class)
            .list();
    }

    /** Makes the circle exactly these people; answers who is new in it. */
    public List<Long> replaceCircle(long watchId, Collection<Long> members, Instant now) {
        Long[] ids = members.toArray(Long[]::new);
        jdbc.sql("delete from watch_circle where watch_id = ? and resident_id <> all(?)").params(watchId, ids).update();
        return jdbc
            .sql(
                """
                insert into watch_circle (watch_id, resident_id, added_at) select ?, m, ? from unnest(?::bigint[]) m
                on conflict do nothing returning resident_id"""
            )
            .params(watchId, Timestamp.from(now), ids)
            .query(Long.class)
            .list();
    }

    public boolean inCircle(long watchId, long residentId) {
        return jdbc
            .sql("select exists (select 1 from watch_circle where watch_id = ? and resident_id = ?)")
            .params(watchId, residentId)
            .query(Boolean.class)
            .single();
    }

    public boolean leaveCircle(long watchId, long residentId) {
        return (
            jdbc
                .sql("delete from watch_circle where watch_id = ? and resident_id = ?")
                .params(watchId, residentId)
                .update() >
            0
        );
    }

    /**
     * The people of a circle with what may be shown of them to the resident of {@code streetId}: the
     * name only where they share it with the street and live on it or host it.
     */
    public List<MemberRow> members(long watchId, long streetId) {
        return jdbc
            .sql(
                """
                select r.id as resident_id, r.display_name as name,
                  %1$s and coalesce(a.street_id = :street, false) or %1$s and %2$s as shares_name, %2$s as host
                from watch_circle c join resident r on r.id = c.resident_id left join address a on a.id = r.address_id
                where c.watch_id = :watch order by c.added_at, r.id""".formatted(
                        ConsentLedger.grantedSql("r.id", ConsentPurpose.NAME_VISIBLE_TO_STREET),
                        HOSTS_STREET
                    )
            )
            .param("watch", watchId)
            .param("street", streetId)
            .query(MemberRow.class)
            .list();
    }

    /**
     * Whom a resident can pick for their circle on the page: neighbours on their street who share
     * their name with it, and the street's hosts (by name where they share it). Only people with an
     * account, because only they can be asked.
     */
    public List<MemberRow> candidates(long residentId, long streetId) {
        return jdbc
            .sql(
                """
                select r.id as resident_id, r.display_name as name, %1$s as shares_name, %2$s as host
                from resident r join account acc on acc.resident_id = r.id left join address a on a.id = r.address_id
                where r.id <> :me and ((a.street_id = :street and %1$s) or %2$s)
                order by %2$s desc, r.display_name, r.id limit 200""".formatted(
                        ConsentLedger.grantedSql("r.id", ConsentPurpose.NAME_VISIBLE_TO_STREET),
                        HOSTS_STREET
                    )
            )
            .param("me", residentId)
            .param("street", streetId)
            .query(MemberRow.class)
            .list();
    }

    private static final String HOSTS_STREET = """
        exists (select 1 from block_host h join block b on b.id = h.block_id where h.resident_id = r.id and b.street_id = :street)""";

    /** Proposed circle members as the rules need them; unknown ids are simply missing. */
    public List<Candidate> proposed(Collection<Long> residentIds) {
        return jdbc
            .sql(
                """
                select r.id as resident_id, coalesce(a.neighbourhood_id, 0) as neighbourhood_id, a.street_id,
                  exists (select 1 from account acc where acc.resident_id = r.id) as has_account
                from resident r left join address a on a.id = r.address_id where r.id = any(?)"""
            )
            .param(residentIds.toArray(Long[]::new))
            .query(Candidate.class)
            .list();
    }

    /** The hosts of a street (of any of its blocks). */
    public List<Long> hostsOfStreet(long streetId) {
        return jdbc
            .sql(
                """
                select distinct h.resident_id from block_host h join block b on b.id = h.block_id where b.street_id = ?
                order by h.resident_id"""
            )
            .param(streetId)
            .query(Long.class)
            .list();
    }

    /** The street hosts of a resident: those of their block, or else of their street; never the resident. */
    public List<Long> hostsOf(Home home) {
        List<Long> ofBlock = home.blockId() == null
            ? List.of()
            : jdbc
                .sql("select resident_id from block_host where block_id = ? order by resident_id")
                .param(home.blockId())
                .query(Long.class)
                .list();
        List<Long> hosts = ofBlock.isEmpty() ? hostsOfStreet(home.streetId()) : ofBlock;
        return hosts
            .stream()
            .filter(h -> h != home.residentId())
            .toList();
    }

    /** The accounts of the community builders of a neighbourhood. */
    public List<Long> builderAccounts(long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select bn.account_id from builder_neighbourhood bn
                  join account_role ar on ar.account_id = bn.account_id and ar.role = 'COMMUNITY_BUILDER'
                where bn.neighbourhood_id = ? order by bn.account_id"""
            )
            .param(neighbourhoodId)
            .query(Long.class)
            .list();
    }

    /** Moves a watch from one stage to the next, if nobody changed it since it was read. */
    public boolean advance(long id, int from, int to, LocalDate quietSince, LocalDate today, Instant now) {
        return (
            jdbc
                .sql(
                    """
                    update watch set stage = ?, stage_on = ?, changed_at = ?
                    where id = ? and stage = ? and quiet_since = ?"""
                )
                .params(to, today, Timestamp.from(now), id, from, quietSince)
                .update() ==
            1
        );
    }

    /**
     * Starts the count again from {@code newSince} (a contact, an answer "seen"), if the watch is still
     * in the stage and stretch the caller read. Pausing is not undone by it.
     */
    public boolean restart(long id, int stage, LocalDate quietSince, LocalDate newSince, Instant now) {
        return (
            jdbc
                .sql(
                    """
                    update watch set stage = 0, stage_on = null, quiet_since = ?, changed_at = ?
                    where id = ? and stage = ? and quiet_since = ?"""
                )
                .params(newSince, Timestamp.from(now), id, stage, quietSince)
                .update() ==
            1
        );
    }

    /** Pauses until a day: the count starts that day, and whatever was asked is over. */
    public void pause(long id, LocalDate until, Instant now) {
        jdbc
            .sql(
                """
                update watch set paused_until = ?, quiet_since = ?, stage = 0, stage_on = null, changed_at = ?
                where id = ?"""
            )
            .params(until, until, Timestamp.from(now), id)
            .update();
    }

    /** Ends a pause (or a pause that has passed): the count starts today. */
    public void resume(long id, LocalDate today, Instant now) {
        jdbc
            .sql(
                """
                update watch set paused_until = null, quiet_since = ?, stage = 0, stage_on = null, changed_at = ?
                where id = ?"""
            )
            .params(today, Timestamp.from(now), id)
            .update();
    }

    /** Keeps an answer once per person, stretch and kind of answer. */
    public void insertAnswer(long watchId, long residentId, LocalDate quietSince, WatchAnswer answer, Instant now) {
        jdbc
            .sql(
                """
                insert into watch_answer (watch_id, resident_id, quiet_since, answer, answered_at) values (?, ?, ?, ?, ?)
                on conflict do nothing"""
            )
            .params(watchId, residentId, quietSince, answer.name(), Timestamp.from(now))
            .update();
    }

    /** The person's latest answer in this quiet stretch. */
    public Optional<WatchAnswer> lastAnswer(long watchId, long residentId, LocalDate quietSince) {
        return jdbc
            .sql(
                """
                select answer from watch_answer where watch_id = ? and resident_id = ? and quiet_since = ?
                order by id desc limit 1"""
            )
            .params(watchId, residentId, quietSince)
            .query(String.class)
            .optional()
            .map(WatchAnswer::valueOf);
    }

    /** Raises a signal once per watch, stretch, kind, stage and raiser; empty when it was raised before. */
    public Optional<Long> insertSignal(
        WatchRow watch,
        Home home,
        String kind,
        int stage,
        boolean forHost,
        boolean forBuilder,
        @Nullable Long raisedBy,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into watch_signal (watch_id, resident_id, kind, stage, for_host, for_builder, street_id,
                  neighbourhood_id, raised_by_resident_id, quiet_since, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id"""
            )
            .params(
                watch.id(),
                watch.residentId(),
                kind,
                stage,
                forHost,
                forBuilder,
                home.streetId(),
                home.neighbourhoodId(),
                raisedBy,
                watch.quietSince(),
                Timestamp.from(now)
            )
            .query(Long.class)
            .optional();
    }

    public int closeSignals(long watchId, Instant now) {
        return jdbc
            .sql("update watch_signal set closed_at = ? where watch_id = ? and closed_at is null")
            .params(Timestamp.from(now), watchId)
            .update();
    }

    /**
     * Open signals for a street host (of these streets) and a builder (of these neighbourhoods, or
     * everywhere for an administrator): a builder's only while the resident's consent to tell the
     * builder is in force.
     */
    public List<SignalRow> openSignals(Long[] hostedStreets, Long[] builderNeighbourhoods, boolean everywhere) {
        return jdbc
            .sql(
                """
                select s.id, s.watch_id, s.resident_id, r.display_name as name, st.name as street_name, s.neighbourhood_id, s.kind, s.stage,
                  (s.for_host and s.street_id = any(:hosted)) as as_host, s.quiet_since, s.created_at
                from watch_signal s join resident r on r.id = s.resident_id join street st on st.id = s.street_id
                where s.closed_at is null and (
                  (s.for_host and s.street_id = any(:hosted))
                  or (s.for_builder and (s.neighbourhood_id = any(:builder) or :everywhere) and %s))
                order by s.created_at desc, s.id desc limit 100""".formatted(
                        ConsentLedger.grantedSql("s.resident_id", ConsentPurpose.WATCH_TOLD_TO_BUILDER)
                    )
            )
            .param("hosted", hostedStreets)
            .param("builder", builderNeighbourhoods)
            .param("everywhere", everywhere)
            .query(SignalRow.class)
            .list();
    }
}
