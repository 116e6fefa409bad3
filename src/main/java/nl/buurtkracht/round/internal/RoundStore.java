package nl.buurtkracht.round.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.round.BakerView;
import nl.buurtkracht.round.LeftReason;
import nl.buurtkracht.round.Neighbour;
import nl.buurtkracht.round.RecipientView;
import nl.buurtkracht.round.RoutePoint;
import nl.buurtkracht.round.Seemed;
import nl.buurtkracht.round.TravelMode;
import nl.buurtkracht.round.VisitNoteView;
import nl.buurtkracht.round.VolunteerView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes rounds, recipients, volunteers, sign-ups, plans, visit notes and signals; callers hold the transaction. */
@Repository
public class RoundStore {

    /** A round as stored, with its initiative's title and neighbourhood. */
    public record RoundRow(
        long id,
        long initiativeId,
        String initiativeTitle,
        long neighbourhoodId,
        String name,
        String cardText,
        LocalDate firstDay,
        String rrule,
        LocalTime startsAt,
        LocalTime endsAt,
        double startLat,
        double startLon,
        String startLabel
    ) {}

    /** Where a resident lives: address, street, block and neighbourhood. */
    public record Home(
        long residentId,
        String name,
        long neighbourhoodId,
        long streetId,
        @Nullable Long blockId,
        String address,
        double lat,
        double lon
    ) {}

    /** A recipient with their home, as planning and route cards need them. */
    public record RecipientRow(
        long id,
        long residentId,
        String name,
        String address,
        double lat,
        double lon,
        long neighbourhoodId,
        long streetId,
        LocalTime windowFrom,
        LocalTime windowUntil,
        String notes,
        boolean active
    ) {
        public RecipientView view() {
            return new RecipientView(residentId, name, address, lat, lon, windowFrom, windowUntil, notes, active);
        }
    }

    public record VolunteerRow(long residentId, String name, TravelMode mode, int maxStops, boolean active) {}

    /**
     * A volunteer's yes for a day, with where they start and end: empty coordinates mean the round's
     * start point (they chose it, or their home or chosen address is gone).
     */
    public record SignupRow(
        long residentId,
        String name,
        TravelMode mode,
        int maxStops,
        LocalTime availableFrom,
        LocalTime availableUntil,
        @Nullable Double startLat,
        @Nullable Double startLon,
        @Nullable Double endLat,
        @Nullable Double endLon
    ) {}

    /** An address found by postcode and house number. */
    public record AddressPoint(long id, String label, double lat, double lon, long neighbourhoodId) {}

    /** A resident at an address, and whether the reader may see their name. */
    public record ResidentAt(long residentId, String name, String address, boolean nameShown) {}

    /** One row of a day's plan, joined with its recipient. */
    public record StopRow(
        long recipientId,
        long recipientResidentId,
        String name,
        String address,
        double lat,
        double lon,
        long neighbourhoodId,
        long streetId,
        LocalTime windowFrom,
        LocalTime windowUntil,
        String notes,
        @Nullable Long volunteerResidentId,
        @Nullable Integer position,
        @Nullable LocalTime arrival,
        @Nullable LeftReason leftReason,
        boolean pinned,
        @Nullable Instant visitedAt,
        boolean missed
    ) {}

    private static final String ROUND = """
        select r.id, r.initiative_id, i.title as initiative_title, i.neighbourhood_id, r.name, r.card_text, r.first_day,
          r.rrule, r.starts_at, r.ends_at, r.start_lat, r.start_lon, r.start_label
        from round r join initiative i on i.id = r.initiative_id""";

    private static final String ADDRESS = """
        s.name || ' ' || a.house_number || a.house_letter || case when a.addition = '' then '' else '-' || a.addition end""";

    private static final String RECIPIENT = """
        select rr.id, rr.resident_id, p.display_name as name, %s as address, a.lat, a.lon, a.neighbourhood_id,
          a.street_id, rr.window_from, rr.window_until, rr.notes, rr.active
        from round_recipient rr join resident p on p.id = rr.resident_id join address a on a.id = p.address_id
          join street s on s.id = a.street_id""".formatted(ADDRESS);

    private static final String STOP = """
        select st.recipient_id, rr.resident_id as recipient_resident_id, p.display_name as name, %s as address, a.lat,
          a.lon, a.neighbourhood_id, a.street_id, rr.window_from, rr.window_until, rr.notes, st.volunteer_resident_id,
          st.position, st.arrival, st.left_reason, st.pinned, st.visited_at, st.missed
        from round_stop st join round_recipient rr on rr.id = st.recipient_id join resident p on p.id = rr.resident_id
          join address a on a.id = p.address_id join street s on s.id = a.street_id""".formatted(ADDRESS);

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRound(
        long initiativeId,
        String name,
        String cardText,
        LocalDate firstDay,
        String rrule,
        LocalTime startsAt,
        LocalTime endsAt,
        double startLat,
        double startLon,
        String startLabel,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into round (initiative_id, name, card_text, first_day, rrule, starts_at, ends_at, start_lat, start_lon,
                  start_label, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                initiativeId,
                name,
                cardText,
                firstDay,
                rrule,
                startsAt,
                endsAt,
                startLat,
                startLon,
                startLabel,
                Timestamp.from(now)
            )
            .query(Long.class)
            .single();
    }

    public Optional<RoundRow> round(long id) {
        return jdbc.sql(ROUND + " where r.id = ?").param(id).query(RoundRow.class).optional();
    }

    /** Rounds of these neighbourhoods, and those the resident volunteers for or is visited by. */
    public List<RoundRow> rounds(Long[] neighbourhoodIds, @Nullable Long residentId, boolean all) {
        return jdbc
            .sql(
                ROUND +
                """
                 where ? or i.neighbourhood_id = any(?)
                  or exists (select 1 from round_volunteer v where v.round_id = r.id and v.resident_id = ? and v.active)
                order by r.name, r.id limit 200"""
            )
            .params(all, neighbourhoodIds, residentId)
            .query(RoundRow.class)
            .list();
    }

    public Optional<Home> home(long residentId) {
        return jdbc
            .sql(
                """
                select p.id as resident_id, p.display_name as name, a.neighbourhood_id, a.street_id, ba.block_id,
                  %s as address, a.lat, a.lon
                from resident p join address a on a.id = p.address_id join street s on s.id = a.street_id
                  left join block_address ba on ba.address_id = a.id
                where p.id = ?""".formatted(ADDRESS)
            )
            .param(residentId)
            .query(Home.class)
            .optional();
    }

    public boolean residentExists(long residentId) {
        return jdbc
            .sql("select exists (select 1 from resident where id = ?)")
            .param(residentId)
            .query(Boolean.class)
            .single();
    }

    /** Adds a recipient, or takes them up again with the new window and notes. */
    public long upsertRecipient(
        long roundId,
        long residentId,
        LocalTime from,
        LocalTime until,
        String notes,
        long addedBy,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into round_recipient (round_id, resident_id, window_from, window_until, notes, added_by_account_id, added_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (round_id, resident_id) do update set window_from = excluded.window_from,
                  window_until = excluded.window_until, notes = excluded.notes, active = true
                returning id"""
            )
            .params(roundId, residentId, from, until, notes, addedBy, Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    public List<RecipientRow> recipients(long roundId, boolean activeOnly) {
        return jdbc
            .sql(RECIPIENT + " where rr.round_id = ? and (rr.active or not ?) order by s.name, a.house_number, rr.id")
            .params(roundId, activeOnly)
            .query(RecipientRow.class)
            .list();
    }

    public Optional<RecipientRow> recipient(long roundId, long residentId) {
        return jdbc
            .sql(RECIPIENT + " where rr.round_id = ? and rr.resident_id = ?")
            .params(roundId, residentId)
            .query(RecipientRow.class)
            .optional();
    }

    public void upsertVolunteer(
        long roundId,
        long residentId,
        TravelMode mode,
        int maxStops,
        RoutePoint.Kind start,
        @Nullable Long startAddressId,
        RoutePoint.Kind end,
        @Nullable Long endAddressId
    ) {
        jdbc
            .sql(
                """
                insert into round_volunteer (round_id, resident_id, mode, max_stops, start_point, start_address_id,
                  end_point, end_address_id) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (round_id, resident_id) do update set mode = excluded.mode, max_stops = excluded.max_stops,
                  start_point = excluded.start_point, start_address_id = excluded.start_address_id,
                  end_point = excluded.end_point, end_address_id = excluded.end_address_id, active = true"""
            )
            .params(roundId, residentId, mode.name(), maxStops, start.name(), startAddressId, end.name(), endAddressId)
            .update();
    }

    /** The active volunteers of a round with where they start and end, by name. */
    public List<VolunteerView> volunteers(long roundId) {
        return jdbc
            .sql(
                """
                select v.resident_id, p.display_name as name, v.mode, v.max_stops,
                  v.start_point, case when sa.id is null then null else ss.name || ' ' || sa.house_number || sa.house_letter
                    || case when sa.addition = '' then '' else '-' || sa.addition end end as start_address,
                  v.end_point, case when ea.id is null then null else es.name || ' ' || ea.house_number || ea.house_letter
                    || case when ea.addition = '' then '' else '-' || ea.addition end end as end_address
                from round_volunteer v join resident p on p.id = v.resident_id
                  left join address sa on sa.id = v.start_address_id left join street ss on ss.id = sa.street_id
                  left join address ea on ea.id = v.end_address_id left join street es on es.id = ea.street_id
                where v.round_id = ? and v.active order by p.display_name, v.resident_id"""
            )
            .param(roundId)
            .query(VolunteerView.class)
            .list();
    }

    /** The address with this postcode and house number (letter and addition in capitals). */
    public Optional<AddressPoint> address(RoundRules.AddressKey key) {
        return jdbc
            .sql(
                """
                select a.id, %s as label, a.lat, a.lon, a.neighbourhood_id
                from address a join street s on s.id = a.street_id
                where a.postcode = ? and a.house_number = ? and upper(a.house_letter) = ? and upper(a.addition) = ?""".formatted(
                        ADDRESS
                    )
            )
            .params(key.postcode(), key.houseNumber(), key.letter(), key.addition())
            .query(AddressPoint.class)
            .optional();
    }

    /**
     * Who lives at an address. A name is shown when the resident shows it to the street, already
     * agreed to be visited by a round, lives in one of {@code hostedStreets}, or in one of
     * {@code builderNeighbourhoods}.
     */
    public List<ResidentAt> residentsAt(long addressId, Long[] hostedStreets, Long[] builderNeighbourhoods) {
        return jdbc
            .sql(
                """
                select p.id as resident_id, p.display_name as name, %s as address,
                  (%s or %s or a.street_id = any(?) or a.neighbourhood_id = any(?)) as name_shown
                from resident p join address a on a.id = p.address_id join street s on s.id = a.street_id
                where a.id = ? order by p.display_name, p.id""".formatted(
                        ADDRESS,
                        ConsentLedger.grantedSql("p.id", ConsentPurpose.NAME_VISIBLE_TO_STREET),
                        ConsentLedger.grantedSql("p.id", ConsentPurpose.VISITED_BY_ROUND)
                    )
            )
            .params(hostedStreets, builderNeighbourhoods, addressId)
            .query(ResidentAt.class)
            .list();
    }

    /** Residents of the neighbourhood who agreed to be visited by a round and are not on this one, the latest yes first. */
    public List<Neighbour> waiting(long roundId, long neighbourhoodId, int limit) {
        return jdbc
            .sql(
                """
                select p.id as resident_id, p.display_name as name, %s as address
                from resident p join address a on a.id = p.address_id join street s on s.id = a.street_id
                where a.neighbourhood_id = ? and %s
                  and not exists (select 1 from round_recipient rr where rr.round_id = ? and rr.resident_id = p.id and rr.active)
                order by (select max(c.id) from consent_record c
                          where c.subject_resident_id = p.id and c.purpose = 'VISITED_BY_ROUND') desc, p.id desc
                limit ?""".formatted(ADDRESS, ConsentLedger.grantedSql("p.id", ConsentPurpose.VISITED_BY_ROUND))
            )
            .params(neighbourhoodId, roundId, limit)
            .query(Neighbour.class)
            .list();
    }

    /**
     * Takes a recipient off the round; their stops of coming days that were not ticked go, and the
     * stops after them on the same route move up one place so that the route cards count on.
     */
    public void deactivateRecipient(long roundId, long recipientId, LocalDate from) {
        jdbc.sql("update round_recipient set active = false where id = ?").param(recipientId).update();
        jdbc
            .sql(
                """
                with gone as (
                  delete from round_stop where round_id = ? and recipient_id = ? and day >= ?
                    and visited_at is null and not missed
                  returning day, volunteer_resident_id, position)
                update round_stop st set position = st.position - 1 from gone g
                where st.round_id = ? and st.day = g.day and st.volunteer_resident_id = g.volunteer_resident_id
                  and st.position > g.position"""
            )
            .params(roundId, recipientId, from, roundId)
            .update();
    }

    public void upsertBaker(long roundId, LocalDate day, long residentId, int pieces, String what, Instant now) {
        jdbc
            .sql(
                """
                insert into round_baker (round_id, day, resident_id, pieces, what, signed_up_at) values (?, ?, ?, ?, ?, ?)
                on conflict (round_id, day, resident_id) do update set pieces = excluded.pieces, what = excluded.what"""
            )
            .params(roundId, day, residentId, pieces, what, Timestamp.from(now))
            .update();
    }

    public boolean deleteBaker(long roundId, LocalDate day, long residentId) {
        return (
            jdbc
                .sql("delete from round_baker where round_id = ? and day = ? and resident_id = ?")
                .params(roundId, day, residentId)
                .update() >
            0
        );
    }

    public List<BakerView> bakers(long roundId, LocalDate day) {
        return jdbc
            .sql(
                """
                select b.resident_id, p.display_name as name, b.pieces, b.what
                from round_baker b join resident p on p.id = b.resident_id
                where b.round_id = ? and b.day = ? order by b.signed_up_at, b.resident_id"""
            )
            .params(roundId, day)
            .query(BakerView.class)
            .list();
    }

    /** The street hosts of a street: hosts of any of its blocks. */
    public List<Long> hostsOf(long streetId) {
        return jdbc
            .sql(
                """
                select distinct h.resident_id from block_host h join block b on b.id = h.block_id
                where b.street_id = ? order by h.resident_id"""
            )
            .param(streetId)
            .query(Long.class)
            .list();
    }

    /** The accounts of the community builders who work in a neighbourhood. */
    public List<Long> buildersOf(long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select bn.account_id from builder_neighbourhood bn
                where bn.neighbourhood_id = ? and exists (select 1 from account_role r
                  where r.account_id = bn.account_id and r.role = 'COMMUNITY_BUILDER') order by bn.account_id"""
            )
            .param(neighbourhoodId)
            .query(Long.class)
            .list();
    }

    public Optional<VolunteerRow> volunteer(long roundId, long residentId) {
        return jdbc
            .sql(
                """
                select v.resident_id, p.display_name as name, v.mode, v.max_stops, v.active
                from round_volunteer v join resident p on p.id = v.resident_id where v.round_id = ? and v.resident_id = ?"""
            )
            .params(roundId, residentId)
            .query(VolunteerRow.class)
            .optional();
    }

    /** Takes a volunteer off the round: their sign-ups from {@code from} on go, their unticked stops are left. */
    public int deactivateVolunteer(long roundId, long residentId, LocalDate from) {
        jdbc
            .sql("update round_volunteer set active = false where round_id = ? and resident_id = ?")
            .params(roundId, residentId)
            .update();
        jdbc
            .sql("delete from round_signup where round_id = ? and resident_id = ? and day >= ?")
            .params(roundId, residentId, from)
            .update();
        return jdbc
            .sql(
                """
                update round_stop set volunteer_resident_id = null, position = null, arrival = null, pinned = false,
                  left_reason = 'VOLUNTEER_REMOVED'
                where round_id = ? and volunteer_resident_id = ? and day >= ? and visited_at is null and not missed"""
            )
            .params(roundId, residentId, from)
            .update();
    }

    public void upsertSignup(long roundId, LocalDate day, long residentId, LocalTime from, LocalTime until) {
        jdbc
            .sql(
                """
                insert into round_signup (round_id, day, resident_id, available_from, available_until) values (?, ?, ?, ?, ?)
                on conflict (round_id, day, resident_id) do update set available_from = excluded.available_from,
                  available_until = excluded.available_until"""
            )
            .params(roundId, day, residentId, from, until)
            .update();
    }

    /** The active volunteers who signed up for a day, with their hours. */
    public List<SignupRow> signups(long roundId, LocalDate day) {
        return jdbc
            .sql(
                """
                select v.resident_id, p.display_name as name, v.mode, v.max_stops, g.available_from, g.available_until,
                  case v.start_point when 'HOME' then ha.lat when 'ADDRESS' then sa.lat end as start_lat,
                  case v.start_point when 'HOME' then ha.lon when 'ADDRESS' then sa.lon end as start_lon,
                  case v.end_point when 'HOME' then ha.lat when 'ADDRESS' then ea.lat end as end_lat,
                  case v.end_point when 'HOME' then ha.lon when 'ADDRESS' then ea.lon end as end_lon
                from round_signup g join round_volunteer v on v.round_id = g.round_id and v.resident_id = g.resident_id
                  join resident p on p.id = v.resident_id left join address ha on ha.id = p.address_id
                  left join address sa on sa.id = v.start_address_id left join address ea on ea.id = v.end_address_id
                where g.round_id = ? and g.day = ? and v.active order by v.resident_id"""
            )
            .params(roundId, day)
            .query(SignupRow.class)
            .list();
    }

    /** Per day from {@code from}: sign-ups, whether planned, whether the resident signed up. */
    public List<DayCount> dayCounts(long roundId, LocalDate from, LocalDate until, @Nullable Long residentId) {
        return jdbc
            .sql(
                """
                select d.day,
                  (select count(*) from round_signup g join round_volunteer v on v.round_id = g.round_id
                     and v.resident_id = g.resident_id and v.active where g.round_id = ? and g.day = d.day)::int as signups,
                  exists (select 1 from round_stop st where st.round_id = ? and st.day = d.day) as planned,
                  exists (select 1 from round_signup g where g.round_id = ? and g.day = d.day and g.resident_id = ?) as signed_up,
                  (select coalesce(sum(b.pieces), 0) from round_baker b where b.round_id = ? and b.day = d.day)::int as pieces,
                  (select count(*) from round_baker b where b.round_id = ? and b.day = d.day)::int as bakers,
                  (select b.pieces from round_baker b where b.round_id = ? and b.day = d.day and b.resident_id = ?) as my_pieces
                from generate_series(?::date, ?::date, interval '1 day') as d(day)"""
            )
            .params(roundId, roundId, roundId, residentId, roundId, roundId, roundId, residentId, from, until)
            .query(DayCount.class)
            .list();
    }

    public record DayCount(
        LocalDate day,
        int signups,
        boolean planned,
        boolean signedUp,
        int pieces,
        int bakers,
        @Nullable Integer myPieces
    ) {}

    /** Who visited the recipient last before this day, for continuity. */
    public @Nullable Long lastVisitor(long recipientId, LocalDate before) {
        return jdbc
            .sql(
                """
                select volunteer_resident_id from round_stop where recipient_id = ? and day < ? and visited_at is not null
                order by day desc limit 1"""
            )
            .params(recipientId, before)
            .query(Long.class)
            .optional()
            .orElse(null);
    }

    public List<StopRow> stops(long roundId, LocalDate day) {
        return jdbc
            .sql(
                STOP +
                " where st.round_id = ? and st.day = ? order by st.volunteer_resident_id, st.position, p.display_name"
            )
            .params(roundId, day)
            .query(StopRow.class)
            .list();
    }

    public Optional<StopRow> stop(long roundId, LocalDate day, long recipientId) {
        return jdbc
            .sql(STOP + " where st.round_id = ? and st.day = ? and st.recipient_id = ? for update of st")
            .params(roundId, day, recipientId)
            .query(StopRow.class)
            .optional();
    }

    public boolean anyTicked(long roundId, LocalDate day) {
        return jdbc
            .sql(
                "select exists (select 1 from round_stop where round_id = ? and day = ? and (visited_at is not null or missed))"
            )
            .params(roundId, day)
            .query(Boolean.class)
            .single();
    }

    /** Serialises planning of one round: two coordinators planning at once wait for each other. */
    public void lockRound(long roundId) {
        jdbc.sql("select id from round where id = ? for update").param(roundId).query(Long.class).single();
    }

    public void clearPlan(long roundId, LocalDate day) {
        jdbc.sql("delete from round_stop where round_id = ? and day = ?").params(roundId, day).update();
    }

    public void insertPlanned(
        long roundId,
        LocalDate day,
        long recipientId,
        long volunteerId,
        int position,
        LocalTime arrival,
        boolean pinned
    ) {
        jdbc
            .sql(
                """
                insert into round_stop (round_id, day, recipient_id, volunteer_resident_id, position, arrival, pinned)
                values (?, ?, ?, ?, ?, ?, ?)"""
            )
            .params(roundId, day, recipientId, volunteerId, position, arrival, pinned)
            .update();
    }

    public void insertLeft(long roundId, LocalDate day, long recipientId, LeftReason reason) {
        jdbc
            .sql("insert into round_stop (round_id, day, recipient_id, left_reason) values (?, ?, ?, ?)")
            .params(roundId, day, recipientId, reason.name())
            .update();
    }

    /** Makes room in a volunteer's pins: those at {@code from} or later move one place on. */
    public void shiftPins(long roundId, LocalDate day, long volunteerId, int from, long exceptRecipientId) {
        jdbc
            .sql(
                """
                update round_stop set position = position + 1
                where round_id = ? and day = ? and volunteer_resident_id = ? and pinned and position >= ? and recipient_id <> ?"""
            )
            .params(roundId, day, volunteerId, from, exceptRecipientId)
            .update();
    }

    public void pin(long roundId, LocalDate day, long recipientId, long volunteerId, int position) {
        jdbc
            .sql(
                """
                insert into round_stop (round_id, day, recipient_id, volunteer_resident_id, position, pinned) values (?, ?, ?, ?, ?, true)
                on conflict (round_id, day, recipient_id) do update set volunteer_resident_id = excluded.volunteer_resident_id,
                  position = excluded.position, pinned = true, left_reason = null"""
            )
            .params(roundId, day, recipientId, volunteerId, position)
            .update();
    }

    public void tick(long roundId, LocalDate day, long recipientId, boolean visited, Instant now) {
        jdbc
            .sql("update round_stop set visited_at = ?, missed = ? where round_id = ? and day = ? and recipient_id = ?")
            .params(visited ? Timestamp.from(now) : null, !visited, roundId, day, recipientId)
            .update();
    }

    public long upsertNote(
        long roundId,
        LocalDate day,
        long recipientId,
        long volunteerId,
        Seemed seemed,
        String wish,
        boolean needsAttention,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into visit_note (round_id, day, recipient_id, volunteer_resident_id, seemed, wish, needs_attention, written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (round_id, day, recipient_id) do update set seemed = excluded.seemed, wish = excluded.wish,
                  needs_attention = excluded.needs_attention, written_at = excluded.written_at,
                  volunteer_resident_id = excluded.volunteer_resident_id
                returning id"""
            )
            .params(roundId, day, recipientId, volunteerId, seemed.name(), wish, needsAttention, Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    /** Raises the signal of a note once; empty when the note had one already. */
    public Optional<Long> insertSignal(
        long noteId,
        long residentId,
        boolean toBuilder,
        long neighbourhoodId,
        long streetId,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into round_signal (note_id, resident_id, to_builder, neighbourhood_id, street_id, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (note_id) do nothing returning id"""
            )
            .params(noteId, residentId, toBuilder, neighbourhoodId, streetId, Timestamp.from(now))
            .query(Long.class)
            .optional();
    }

    public List<VisitNoteView> notes(long roundId, long recipientId) {
        return jdbc
            .sql(
                """
                select n.id, n.round_id, n.day, rr.resident_id as recipient_resident_id, n.volunteer_resident_id,
                  p.display_name as volunteer_name, n.seemed, n.wish, n.needs_attention, n.written_at
                from visit_note n join round_recipient rr on rr.id = n.recipient_id join resident p on p.id = n.volunteer_resident_id
                where n.round_id = ? and n.recipient_id = ? order by n.day desc"""
            )
            .params(roundId, recipientId)
            .query(VisitNoteView.class)
            .list();
    }

    /** Whether the resident is an active owner of the initiative: a coordinator in their own name. */
    public boolean ownsInitiative(long initiativeId, long residentId) {
        return jdbc
            .sql(
                "select exists (select 1 from initiative_owner where initiative_id = ? and resident_id = ? and active)"
            )
            .params(initiativeId, residentId)
            .query(Boolean.class)
            .single();
    }
}
