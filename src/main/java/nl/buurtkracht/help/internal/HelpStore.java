package nl.buurtkracht.help.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.help.AskStatus;
import nl.buurtkracht.help.Availability;
import nl.buurtkracht.help.Channel;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.Reach;
import nl.buurtkracht.help.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes offers, asks and invitations; callers hold the transaction. */
@Repository
public class HelpStore {

    /** Where a resident lives, as matching needs it. */
    public record Home(
        long residentId,
        long neighbourhoodId,
        long streetId,
        String streetName,
        @Nullable Long blockId,
        double lat,
        double lon
    ) {
        /** Whether an ask or offer with this reach, placed from {@code from}, is meant for this home. */
        public boolean within(Reach reach, long neighbourhoodId, long streetId, @Nullable Long blockId) {
            return switch (reach) {
                case BLOCK -> this.blockId != null && this.blockId.equals(blockId);
                case STREET -> this.streetId == streetId;
                case NEIGHBOURHOOD -> this.neighbourhoodId == neighbourhoodId;
            };
        }
    }

    /** An offer as stored, with its helper's name and street. */
    public record OfferRow(
        long id,
        long helperResidentId,
        String helperName,
        HelpKind kind,
        String description,
        Availability availability,
        Reach reach,
        boolean active,
        long neighbourhoodId,
        long streetId,
        String streetName,
        @Nullable Long blockId,
        double lat,
        double lon,
        Instant createdAt
    ) {}

    /** An ask as stored, with the names a page may need (whether it may show them is decided above). */
    public record AskRow(
        long id,
        long askerResidentId,
        String askerName,
        long placedByAccountId,
        String placedByName,
        boolean onBehalf,
        Channel channel,
        HelpKind kind,
        String description,
        LocalDate day,
        @Nullable LocalTime start,
        @Nullable Integer minutes,
        @Nullable String rrule,
        String location,
        Urgency urgency,
        Reach reach,
        boolean ageBridging,
        long neighbourhoodId,
        long streetId,
        String streetName,
        @Nullable Long blockId,
        double lat,
        double lon,
        AskStatus status,
        @Nullable Long helperResidentId,
        @Nullable String helperName,
        @Nullable Long offerId,
        @Nullable Instant matchedAt,
        Instant createdAt
    ) {}

    /** A new ask, checked. */
    public record NewAsk(
        long askerResidentId,
        long placedByAccountId,
        boolean onBehalf,
        Channel channel,
        HelpKind kind,
        String description,
        LocalDate day,
        @Nullable LocalTime start,
        @Nullable Integer minutes,
        @Nullable String rrule,
        String location,
        Urgency urgency,
        Reach reach,
        boolean ageBridging
    ) {}

    private static final String OFFER = """
        select o.id, o.helper_resident_id, r.display_name as helper_name, o.kind, o.description, o.availability,
          o.visibility as reach, o.active, o.neighbourhood_id, o.street_id, s.name as street_name, o.block_id, o.lat,
          o.lon, o.created_at
        from help_offer o join resident r on r.id = o.helper_resident_id join street s on s.id = o.street_id""";

    private static final String ASK = """
        select k.id, k.asker_resident_id, r.display_name as asker_name, k.placed_by_account_id,
          pa.display_name as placed_by_name, k.on_behalf, k.channel, k.kind, k.description, k.day, k.start_time,
          k.minutes, k.rrule, k.location, k.urgency, k.visibility as reach, k.age_bridging, k.neighbourhood_id,
          k.street_id, s.name as street_name, k.block_id, k.lat, k.lon, k.status, k.helper_resident_id,
          h.display_name as helper_name, k.offer_id, k.matched_at, k.created_at
        from help_ask k join resident r on r.id = k.asker_resident_id join account pa on pa.id = k.placed_by_account_id
          join street s on s.id = k.street_id left join resident h on h.id = k.helper_resident_id""";

    private final JdbcClient jdbc;

    HelpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Home> home(long residentId) {
        return jdbc
            .sql(
                """
                select r.id as resident_id, a.neighbourhood_id, a.street_id, s.name as street_name, ba.block_id, a.lat, a.lon
                from resident r join address a on a.id = r.address_id join street s on s.id = a.street_id
                  left join block_address ba on ba.address_id = a.id
                where r.id = ?"""
            )
            .param(residentId)
            .query(Home.class)
            .optional();
    }

    public long insertOffer(
        long helperId,
        HelpKind kind,
        String description,
        Availability availability,
        Reach reach,
        Home home,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into help_offer (helper_resident_id, kind, category, description, availability, visibility,
                  neighbourhood_id, street_id, block_id, lat, lon, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                helperId,
                kind.name(),
                kind.category().name(),
                description,
                availability.bits(),
                reach.name(),
                home.neighbourhoodId(),
                home.streetId(),
                home.blockId(),
                home.lat(),
                home.lon(),
                Timestamp.from(now)
            )
            .query(Long.class)
            .single();
    }

    public Optional<OfferRow> offer(long id) {
        return jdbc.sql(OFFER + " where o.id = ?").param(id).query(this::offerRow).optional();
    }

    public List<OfferRow> offersOf(long helperId) {
        return jdbc
            .sql(OFFER + " where o.helper_resident_id = ? order by o.active desc, o.created_at desc")
            .param(helperId)
            .query(this::offerRow)
            .list();
    }

    /** Active offers of others meant for this home, nearest first. */
    public List<OfferRow> offersFor(Home home, int limit) {
        return jdbc
            .sql(
                OFFER +
                " " +
                """
                where o.active and o.helper_resident_id <> :me and o.neighbourhood_id = :neighbourhood
                  and (o.visibility = 'NEIGHBOURHOOD' or (o.visibility = 'STREET' and o.street_id = :street)
                    or (o.visibility = 'BLOCK' and o.block_id = :block))
                order by (o.lat - :lat) * (o.lat - :lat) + (o.lon - :lon) * (o.lon - :lon) * 0.36, o.id
                limit :limit"""
            )
            .paramSource(homeParams(home, limit))
            .query(this::offerRow)
            .list();
    }

    public boolean setOfferActive(long id, boolean active) {
        return (
            jdbc
                .sql("update help_offer set active = ? where id = ? and active <> ?")
                .params(active, id, active)
                .update() ==
            1
        );
    }

    public long insertAsk(NewAsk ask, Home home, Instant now) {
        return jdbc
            .sql(
                """
                insert into help_ask (asker_resident_id, placed_by_account_id, on_behalf, channel, kind, category,
                  description, day, start_time, minutes, rrule, location, urgency, visibility, age_bridging,
                  neighbourhood_id, street_id, block_id, lat, lon, status, created_at)
                values (:asker, :placer, :onBehalf, :channel, :kind, :category, :description, :day, :start, :minutes,
                  :rrule, :location, :urgency, :reach, :ageBridging, :neighbourhood, :street, :block, :lat, :lon, 'OPEN',
                  :now) returning id"""
            )
            .param("asker", ask.askerResidentId())
            .param("placer", ask.placedByAccountId())
            .param("onBehalf", ask.onBehalf())
            .param("channel", ask.channel().name())
            .param("kind", ask.kind().name())
            .param("category", ask.kind().category().name())
            .param("description", ask.description())
            .param("day", ask.day())
            .param("start", ask.start())
            .param("minutes", ask.minutes())
            .param("rrule", ask.rrule())
            .param("location", ask.location())
            .param("urgency", ask.urgency().name())
            .param("reach", ask.reach().name())
            .param("ageBridging", ask.ageBridging())
            .param("neighbourhood", home.neighbourhoodId())
            .param("street", home.streetId())
            .param("block", home.blockId())
            .param("lat", home.lat())
            .param("lon", home.lon())
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    public Optional<AskRow> ask(long id) {
        return jdbc.sql(ASK + " where k.id = ?").param(id).query(this::askRow).optional();
    }

    /**
     * Gives an open ask to one helper. The condition on the status makes this the single point where
     * racing helpers are decided: PostgreSQL lets exactly one update see the row still open.
     */
    public boolean match(long askId, long helperId, @Nullable Long offerId, Instant now) {
        return (
            jdbc
                .sql(
                    """
                    update help_ask set status = 'MATCHED', helper_resident_id = ?, offer_id = ?, matched_at = ?
                    where id = ? and status = 'OPEN'"""
                )
                .params(helperId, offerId, Timestamp.from(now), askId)
                .update() ==
            1
        );
    }

    public boolean withdraw(long askId) {
        return (
            jdbc
                .sql("update help_ask set status = 'WITHDRAWN' where id = ? and status = 'OPEN'")
                .param(askId)
                .update() ==
            1
        );
    }

    /** Asks of the person helped, or placed by this account for someone, newest first. */
    public List<AskRow> asksOf(long residentId, long accountId) {
        return jdbc
            .sql(
                ASK +
                " where k.asker_resident_id = ? or k.placed_by_account_id = ? order by k.created_at desc limit 100"
            )
            .params(residentId, accountId)
            .query(this::askRow)
            .list();
    }

    public List<AskRow> asksPlacedBy(long accountId) {
        return jdbc
            .sql(ASK + " where k.placed_by_account_id = ? order by k.created_at desc limit 100")
            .param(accountId)
            .query(this::askRow)
            .list();
    }

    public List<AskRow> asksHelpedBy(long helperId) {
        return jdbc
            .sql(ASK + " where k.helper_resident_id = ? order by k.matched_at desc limit 100")
            .param(helperId)
            .query(this::askRow)
            .list();
    }

    /**
     * Open asks of others meant for this home (their reach includes it) or to which this resident is
     * invited, nearest first; {@code contactOnly} keeps to neighbours who would like company.
     */
    public List<AskRow> openAsksFor(Home home, boolean contactOnly, int limit) {
        return jdbc
            .sql(
                ASK +
                " " +
                """
                where k.status = 'OPEN' and k.asker_resident_id <> :me
                  and (:contactOnly = false or k.category = 'CONTACT')
                  and ((k.neighbourhood_id = :neighbourhood and (k.visibility = 'NEIGHBOURHOOD'
                      or (k.visibility = 'STREET' and k.street_id = :street)
                      or (k.visibility = 'BLOCK' and k.block_id = :block)))
                    or exists (select 1 from help_invitation i where i.ask_id = k.id and i.helper_resident_id = :me
                      and i.answer is null))
                order by k.urgency = 'URGENT' desc,
                  (k.lat - :lat) * (k.lat - :lat) + (k.lon - :lon) * (k.lon - :lon) * 0.36, k.id
                limit :limit"""
            )
            .paramSource(homeParams(home, limit).addValue("contactOnly", contactOnly))
            .query(this::askRow)
            .list();
    }

    /** Open asks of a neighbourhood nobody has taken yet, oldest first, for its community builder. */
    public List<AskRow> openAsksIn(long neighbourhoodId, int limit) {
        return jdbc
            .sql(ASK + " where k.status = 'OPEN' and k.neighbourhood_id = ? order by k.created_at limit ?")
            .params(neighbourhoodId, limit)
            .query(this::askRow)
            .list();
    }

    /** Invites a helper; false when they were invited before. */
    public boolean invite(long askId, long helperId, long askerId, Instant now) {
        return (
            jdbc
                .sql(
                    """
                    insert into help_invitation (ask_id, helper_resident_id, asker_resident_id, invited_at)
                    values (?, ?, ?, ?) on conflict do nothing"""
                )
                .params(askId, helperId, askerId, Timestamp.from(now))
                .update() ==
            1
        );
    }

    /** Records a helper's answer to an ask, whether invited or not (a decline is remembered either way). */
    public void answer(long askId, long helperId, long askerId, String answer, Instant now) {
        jdbc
            .sql(
                """
                insert into help_invitation (ask_id, helper_resident_id, asker_resident_id, answer, invited_at, answered_at)
                values (:ask, :helper, :asker, :answer, :now, :now)
                on conflict (ask_id, helper_resident_id) do update set answer = :answer, answered_at = :now"""
            )
            .param("ask", askId)
            .param("helper", helperId)
            .param("asker", askerId)
            .param("answer", answer)
            .param("now", Timestamp.from(now))
            .update();
    }

    /** Invited helpers of an ask with their answers (null while waiting). */
    public record Invitation(long helperResidentId, String helperName, @Nullable String answer, Instant invitedAt) {}

    public List<Invitation> invitations(long askId) {
        return jdbc
            .sql(
                """
                select i.helper_resident_id, r.display_name as helper_name, i.answer, i.invited_at
                from help_invitation i join resident r on r.id = i.helper_resident_id
                where i.ask_id = ? order by i.invited_at, r.display_name"""
            )
            .param(askId)
            .query(Invitation.class)
            .list();
    }

    /** Helpers who declined this asker before, or whom the asker found not for them: never put forward again. */
    public Set<Long> notToPutForward(long askerId) {
        return new HashSet<>(
            jdbc
                .sql(
                    """
                    select helper_resident_id from help_invitation where asker_resident_id = :asker and answer = 'DECLINED'
                    union
                    select a.helper_resident_id from help_feedback f join help_arrangement a on a.id = f.arrangement_id
                    where f.from_resident_id = :asker and a.asker_resident_id = :asker and f.feeling = 'NOT_FOR_ME'"""
                )
                .param("asker", askerId)
                .query(Long.class)
                .list()
        );
    }

    /** The reader's home as the named parameters of the "meant for this home, nearest first" queries. */
    private static MapSqlParameterSource homeParams(Home home, int limit) {
        return new MapSqlParameterSource()
            .addValue("me", home.residentId())
            .addValue("neighbourhood", home.neighbourhoodId())
            .addValue("street", home.streetId())
            .addValue("block", home.blockId())
            .addValue("lat", home.lat())
            .addValue("lon", home.lon())
            .addValue("limit", limit);
    }

    private OfferRow offerRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OfferRow(
            rs.getLong("id"),
            rs.getLong("helper_resident_id"),
            rs.getString("helper_name"),
            HelpKind.valueOf(rs.getString("kind")),
            rs.getString("description"),
            new Availability(rs.getInt("availability")),
            Reach.valueOf(rs.getString("reach")),
            rs.getBoolean("active"),
            rs.getLong("neighbourhood_id"),
            rs.getLong("street_id"),
            rs.getString("street_name"),
            rs.getObject("block_id", Long.class),
            rs.getDouble("lat"),
            rs.getDouble("lon"),
            rs.getTimestamp("created_at").toInstant()
        );
    }

    private AskRow askRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp matched = rs.getTimestamp("matched_at");
        return new AskRow(
            rs.getLong("id"),
            rs.getLong("asker_resident_id"),
            rs.getString("asker_name"),
            rs.getLong("placed_by_account_id"),
            rs.getString("placed_by_name"),
            rs.getBoolean("on_behalf"),
            Channel.valueOf(rs.getString("channel")),
            HelpKind.valueOf(rs.getString("kind")),
            rs.getString("description"),
            rs.getObject("day", LocalDate.class),
            rs.getObject("start_time", LocalTime.class),
            rs.getObject("minutes", Integer.class),
            rs.getString("rrule"),
            rs.getString("location"),
            Urgency.valueOf(rs.getString("urgency")),
            Reach.valueOf(rs.getString("reach")),
            rs.getBoolean("age_bridging"),
            rs.getLong("neighbourhood_id"),
            rs.getLong("street_id"),
            rs.getString("street_name"),
            rs.getObject("block_id", Long.class),
            rs.getDouble("lat"),
            rs.getDouble("lon"),
            AskStatus.valueOf(rs.getString("status")),
            rs.getObject("helper_resident_id", Long.class),
            rs.getString("helper_name"),
            rs.getObject("offer_id", Long.class),
            matched == null ? null : matched.toInstant(),
            rs.getTimestamp("created_at").toInstant()
        );
    }
}
