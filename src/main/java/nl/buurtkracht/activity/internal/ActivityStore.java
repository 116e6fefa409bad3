package nl.buurtkracht.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.activity.SignupStatus;
import nl.buurtkracht.activity.SignupView;
import nl.buurtkracht.shared.Recurrence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads and writes activities, their times and sign-ups; callers hold the transaction. */
@Repository
public class ActivityStore {

    private static final ZoneId ZONE = Recurrence.AMSTERDAM;

    private static final String ACTIVITY = """
        select a.id, a.title, a.description, a.neighbourhood_id, n.name as neighbourhood_name, a.place_id,
          p.name as place_name, p.address_line as place_address, a.location, a.online_url, a.initiative_id,
          i.title as initiative_title, a.contact, a.first_starts_at, a.duration_minutes, a.rrule, a.capacity,
          a.intergenerational, a.cancelled_at is not null as cancelled
        from activity a join neighbourhood n on n.id = a.neighbourhood_id
          left join place p on p.id = a.place_id left join initiative i on i.id = a.initiative_id""";

    /**
     * Times of activities with how full they are and the reader's own sign-up; {@code %s} is the
     * condition that picks the times. The reader's place on the waiting list counts those ahead.
     */
    private static final String OCCURRENCES = """
        select o.activity_id, a.title, o.day, o.starts_at, o.ends_at, o.neighbourhood_id, o.place_id,
          p.name as place_name, a.location, a.online_url is not null as online, a.intergenerational, a.capacity,
          (select count(*) from activity_signup s
            where s.occurrence_id = o.id and s.cancelled_at is null and s.status = 'SEAT') as seats_taken,
          (select count(*) from activity_signup s
            where s.occurrence_id = o.id and s.cancelled_at is null and s.status = 'WAITING') as waiting,
          o.cancelled or a.cancelled_at is not null as cancelled, o.cancel_reason,
          me.status as my_status,
          case when me.status = 'WAITING' then
            (select count(*) from activity_signup w
              where w.occurrence_id = o.id and w.cancelled_at is null and w.status = 'WAITING'
                and (w.signed_up_at, w.id) <= (me.signed_up_at, me.id))
          else 0 end as my_position
        from activity_occurrence o join activity a on a.id = o.activity_id
          left join place p on p.id = o.place_id
          left join activity_signup me
            on me.occurrence_id = o.id and me.resident_id = :resident and me.cancelled_at is null
        where %s
        order by o.starts_at, a.title, o.activity_id""";

    /** One time as written out: its day and its start and end as instants. */
    public record Occurrence(LocalDate day, Instant startsAt, Instant endsAt) {}

    /** A time locked for a sign-up: whether it can still be signed up for, and how many fit. */
    public record LockedOccurrence(
        long id,
        long activityId,
        LocalDate day,
        long neighbourhoodId,
        @Nullable Long placeId,
        @Nullable Long initiativeId,
        Instant startsAt,
        Instant endsAt,
        boolean cancelled,
        @Nullable Integer capacity
    ) {}

    /** A living sign-up of one resident. */
    public record Signup(long id, SignupStatus status) {}

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivityView> find(long id) {
        return jdbc.sql(ACTIVITY + " where a.id = ?").param(id).query(ActivityStore::activity).optional();
    }

    public long organiserOf(long id) {
        return jdbc.sql("select organiser_account_id from activity where id = ?").param(id).query(Long.class).single();
    }

    public boolean neighbourhoodExists(long id) {
        return jdbc
            .sql("select exists (select 1 from neighbourhood where id = ?)")
            .param(id)
            .query(Boolean.class)
            .single();
    }

    public long insert(ActivityForm form, int durationMinutes, long accountId, Instant now) {
        return jdbc
            .sql(
                """
                insert into activity (title, description, neighbourhood_id, place_id, location, online_url, initiative_id,
                  contact, organiser_account_id, first_starts_at, duration_minutes, rrule, capacity, intergenerational,
                  created_at, updated_at)
                values (:title, :description, :neighbourhood, :place, :location, :url, :initiative, :contact, :account,
                  :first, :duration, :rrule, :capacity, :intergenerational, :now, :now)
                returning id"""
            )
            .paramSource(fields(form, durationMinutes, now).addValue("account", accountId))
            .query(Long.class)
            .single();
    }

    public void update(long id, ActivityForm form, int durationMinutes, Instant now) {
        jdbc
            .sql(
                """
                update activity set title = :title, description = :description, neighbourhood_id = :neighbourhood,
                  place_id = :place, location = :location, online_url = :url, initiative_id = :initiative,
                  contact = :contact, first_starts_at = :first, duration_minutes = :duration, rrule = :rrule,
                  capacity = :capacity, intergenerational = :intergenerational, updated_at = :now
                where id = :id"""
            )
            .paramSource(fields(form, durationMinutes, now).addValue("id", id))
            .update();
    }

    /** Locks the activity while its times or sign-ups change; whether it is still on. */
    public Optional<Boolean> lockActivity(long id) {
        return jdbc
            .sql("select cancelled_at is null from activity where id = ? for update")
            .param(id)
            .query(Boolean.class)
            .optional();
    }

    public void callOff(long id, Instant now) {
        jdbc.sql("update activity set cancelled_at = ?, updated_at = ? where id = ?").params(ts(now), ts(now), id).update();
    }

    /**
     * Brings the written-out times in line with the wanted ones. Times that have ended stay as they
     * were (they are history); a coming time that is no longer wanted goes, or, when people signed
     * up for it, stays as called off so that they see it does not happen.
     */
    public void writeOccurrences(
        long activityId,
        long neighbourhoodId,
        @Nullable Long placeId,
        List<Occurrence> wanted,
        Instant now
    ) {
        Map<LocalDate, Occurrence> toWrite = new HashMap<>();
        wanted.forEach(o -> toWrite.put(o.day(), o));
        record Existing(long id, LocalDate day, Instant endsAt, boolean signedUp) {}
        List<Existing> existing = jdbc
            .sql(
                """
                select o.id, o.day, o.ends_at,
                  exists (select 1 from activity_signup s where s.occurrence_id = o.id and s.cancelled_at is null)
                from activity_occurrence o where o.activity_id = ?"""
            )
            .param(activityId)
            .query((rs, i) ->
                new Existing(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getTimestamp(3).toInstant(),
                    rs.getBoolean(4)
                )
            )
            .list();
        for (Existing e : existing) {
            Occurrence want = toWrite.remove(e.day());
            if (!e.endsAt().isAfter(now)) {
                continue;
            }
            if (want != null) {
                jdbc
                    .sql(
                        "update activity_occurrence set starts_at = ?, ends_at = ?, neighbourhood_id = ?, place_id = ? where id = ?"
                    )
                    .params(ts(want.startsAt()), ts(want.endsAt()), neighbourhoodId, placeId, e.id())
                    .update();
            } else if (e.signedUp()) {
                jdbc
                    .sql("update activity_occurrence set cancelled = true, neighbourhood_id = ?, place_id = ? where id = ?")
                    .params(neighbourhoodId, placeId, e.id())
                    .update();
            } else {
                jdbc.sql("delete from activity_occurrence where id = ?").param(e.id()).update();
            }
        }
        for (Occurrence o : toWrite.values()) {
            if (o.endsAt().isAfter(now)) {
                jdbc
                    .sql(
                        """
                        insert into activity_occurrence (activity_id, neighbourhood_id, place_id, day, starts_at, ends_at)
                        values (?, ?, ?, ?, ?, ?)"""
                    )
                    .params(activityId, neighbourhoodId, placeId, o.day(), ts(o.startsAt()), ts(o.endsAt()))
                    .update();
            }
        }
    }

    /** Times of some neighbourhoods that start in [from, until). */
    public List<OccurrenceView> inNeighbourhoods(
        Collection<Long> neighbourhoodIds,
        Instant from,
        Instant until,
        boolean intergenerationalOnly,
        @Nullable Long residentId
    ) {
        return jdbc
            .sql(
                OCCURRENCES.formatted(
                    "o.neighbourhood_id = any(:ids) and o.starts_at >= :from and o.starts_at < :until" +
                    (intergenerationalOnly ? " and a.intergenerational" : "")
                )
            )
            .param("ids", longs(neighbourhoodIds))
            .param("from", ts(from))
            .param("until", ts(until))
            .param("resident", residentId)
            .query(ActivityStore::occurrence)
            .list();
    }

    /** The times of one activity from a moment on. */
    public List<OccurrenceView> ofActivity(long activityId, Instant from, int most, @Nullable Long residentId) {
        return jdbc
            .sql(OCCURRENCES.formatted("o.activity_id = :id and o.ends_at > :from") + " limit :most")
            .param("id", activityId)
            .param("from", ts(from))
            .param("most", most)
            .param("resident", residentId)
            .query(ActivityStore::occurrence)
            .list();
    }

    public Optional<OccurrenceView> occurrence(long activityId, LocalDate day, @Nullable Long residentId) {
        return jdbc
            .sql(OCCURRENCES.formatted("o.activity_id = :id and o.day = :day"))
            .param("id", activityId)
            .param("day", day)
            .param("resident", residentId)
            .query(ActivityStore::occurrence)
            .optional();
    }

    /** The coming times a resident signed up for (a seat or the waiting list). */
    public List<OccurrenceView> signedUpFor(long residentId, Instant from) {
        return jdbc
            .sql(OCCURRENCES.formatted("me.id is not null and o.ends_at > :from"))
            .param("from", ts(from))
            .param("resident", residentId)
            .query(ActivityStore::occurrence)
            .list();
    }

    public Optional<Long> occurrenceId(long activityId, LocalDate day) {
        return jdbc
            .sql("select id from activity_occurrence where activity_id = ? and day = ?")
            .params(activityId, day)
            .query(Long.class)
            .optional();
    }

    /** The time a sign-up is for, and whose it is. */
    public record SignupOf(long activityId, LocalDate day, long residentId) {}

    public Optional<SignupOf> signupOf(long signupId) {
        return jdbc
            .sql(
                """
                select o.activity_id, o.day, s.resident_id from activity_signup s
                join activity_occurrence o on o.id = s.occurrence_id where s.id = ? and s.cancelled_at is null"""
            )
            .param(signupId)
            .query((rs, i) -> new SignupOf(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
            .optional();
    }

    /** Locks one time for a sign-up, so that two people cannot both take the last seat. */
    public Optional<LockedOccurrence> lockOccurrence(long activityId, LocalDate day) {
        return jdbc
            .sql(
                """
                select o.id, o.activity_id, o.day, o.neighbourhood_id, o.place_id, a.initiative_id, o.starts_at, o.ends_at,
                  o.cancelled or a.cancelled_at is not null, a.capacity
                from activity_occurrence o join activity a on a.id = o.activity_id
                where o.activity_id = ? and o.day = ? for update of o"""
            )
            .params(activityId, day)
            .query((rs, i) ->
                new LockedOccurrence(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getLong(4),
                    rs.getObject(5, Long.class),
                    rs.getObject(6, Long.class),
                    rs.getTimestamp(7).toInstant(),
                    rs.getTimestamp(8).toInstant(),
                    rs.getBoolean(9),
                    rs.getObject(10, Integer.class)
                )
            )
            .optional();
    }

    public int seatsTaken(long occurrenceId) {
        return jdbc
            .sql(
                "select count(*) from activity_signup where occurrence_id = ? and cancelled_at is null and status = 'SEAT'"
            )
            .param(occurrenceId)
            .query(Integer.class)
            .single();
    }

    public Optional<Signup> livingSignup(long occurrenceId, long residentId) {
        return jdbc
            .sql(
                "select id, status from activity_signup where occurrence_id = ? and resident_id = ? and cancelled_at is null"
            )
            .params(occurrenceId, residentId)
            .query((rs, i) -> new Signup(rs.getLong(1), SignupStatus.valueOf(rs.getString(2))))
            .optional();
    }

    public long insertSignup(long occurrenceId, long residentId, long accountId, SignupStatus status, Instant now) {
        return jdbc
            .sql(
                """
                insert into activity_signup (occurrence_id, resident_id, signed_up_by, status, signed_up_at, seated_at)
                values (?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                occurrenceId,
                residentId,
                accountId,
                status.name(),
                ts(now),
                status == SignupStatus.SEAT ? ts(now) : null
            )
            .query(Long.class)
            .single();
    }

    public void cancelSignup(long signupId, Instant now) {
        jdbc.sql("update activity_signup set cancelled_at = ? where id = ?").params(ts(now), signupId).update();
    }

    /** Gives the first on the waiting list a seat; the resident who got it, if anyone was waiting. */
    public Optional<Long> seatNextInLine(long occurrenceId, Instant now) {
        return jdbc
            .sql(
                """
                update activity_signup set status = 'SEAT', seated_at = :now
                where id = (select id from activity_signup
                            where occurrence_id = :occurrence and cancelled_at is null and status = 'WAITING'
                            order by signed_up_at, id limit 1)
                returning resident_id"""
            )
            .param("now", ts(now))
            .param("occurrence", occurrenceId)
            .query(Long.class)
            .optional();
    }

    /** Everyone signed up for one time, seats first, then the waiting list in its order. */
    public List<SignupView> signups(long occurrenceId) {
        return jdbc
            .sql(
                """
                select s.id, s.resident_id, r.display_name, s.status,
                  case when s.status = 'WAITING'
                    then row_number() over (partition by s.status order by s.signed_up_at, s.id) else 0 end,
                  s.signed_up_at, s.attended
                from activity_signup s join resident r on r.id = s.resident_id
                where s.occurrence_id = ? and s.cancelled_at is null
                order by s.status = 'WAITING', s.signed_up_at, s.id"""
            )
            .param(occurrenceId)
            .query((rs, i) ->
                new SignupView(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    SignupStatus.valueOf(rs.getString(4)),
                    rs.getInt(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getObject(7, Boolean.class)
                )
            )
            .list();
    }

    /** Marks who came among those with a seat; returns the residents marked as present. */
    public Set<Long> recordAttendance(long occurrenceId, Collection<Long> present) {
        return Set.copyOf(
            jdbc
                .sql(
                    """
                    update activity_signup set attended = (resident_id = any(:present))
                    where occurrence_id = :occurrence and cancelled_at is null and status = 'SEAT'
                    returning case when attended then resident_id end"""
                )
                .param("present", longs(present))
                .param("occurrence", occurrenceId)
                .query((rs, i) -> rs.getObject(1, Long.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList()
        );
    }

    public void setCancelled(long occurrenceId, boolean cancelled, String reason) {
        jdbc
            .sql("update activity_occurrence set cancelled = ?, cancel_reason = ? where id = ?")
            .params(cancelled, reason, occurrenceId)
            .update();
    }

    /** The days of the times of an activity that have not ended yet. */
    public List<LocalDate> comingDays(long activityId, Instant now) {
        return jdbc
            .sql("select day from activity_occurrence where activity_id = ? and ends_at > ? order by starts_at")
            .params(activityId, ts(now))
            .query((rs, i) -> rs.getObject(1, LocalDate.class))
            .list();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource fields(
        ActivityForm form,
        int durationMinutes,
        Instant now
    ) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
            .addValue("title", form.title())
            .addValue("description", form.description())
            .addValue("neighbourhood", form.neighbourhoodId())
            .addValue("place", form.placeId())
            .addValue("location", form.location())
            .addValue("url", form.onlineUrl().isEmpty() ? null : form.onlineUrl())
            .addValue("initiative", form.initiativeId())
            .addValue("contact", form.contact())
            .addValue("first", LocalDateTime.of(form.day(), form.start()))
            .addValue("duration", durationMinutes)
            .addValue("rrule", form.rrule().isBlank() ? null : Recurrence.of(form.rrule()).rule())
            .addValue("capacity", form.capacity())
            .addValue("intergenerational", form.intergenerational())
            .addValue("now", ts(now));
    }

    private static ActivityView activity(ResultSet rs, int row) throws SQLException {
        LocalDateTime first = rs.getObject("first_starts_at", LocalDateTime.class);
        LocalTime end = first.toLocalTime().plusMinutes(rs.getInt("duration_minutes"));
        return new ActivityView(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getLong("neighbourhood_id"),
            rs.getString("neighbourhood_name"),
            rs.getObject("place_id", Long.class),
            rs.getString("place_name"),
            rs.getString("place_address"),
            rs.getString("location"),
            rs.getString("online_url"),
            rs.getObject("initiative_id", Long.class),
            rs.getString("initiative_title"),
            rs.getString("contact"),
            first.toLocalDate(),
            first.toLocalTime(),
            end,
            rs.getString("rrule"),
            rs.getObject("capacity", Integer.class),
            rs.getBoolean("intergenerational"),
            rs.getBoolean("cancelled")
        );
    }

    private static OccurrenceView occurrence(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("my_status");
        return new OccurrenceView(
            rs.getLong("activity_id"),
            rs.getString("title"),
            rs.getObject("day", LocalDate.class),
            zoned(rs.getTimestamp("starts_at")),
            zoned(rs.getTimestamp("ends_at")),
            rs.getLong("neighbourhood_id"),
            rs.getObject("place_id", Long.class),
            rs.getString("place_name"),
            rs.getString("location"),
            rs.getBoolean("online"),
            rs.getBoolean("intergenerational"),
            rs.getObject("capacity", Integer.class),
            rs.getInt("seats_taken"),
            rs.getInt("waiting"),
            rs.getBoolean("cancelled"),
            rs.getString("cancel_reason"),
            null,
            status == null ? null : SignupStatus.valueOf(status),
            rs.getInt("my_position")
        );
    }

    private static ZonedDateTime zoned(Timestamp timestamp) {
        return timestamp.toInstant().atZone(ZONE);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static SqlArrayValue longs(Collection<Long> ids) {
        return new SqlArrayValue("bigint", ids.toArray());
    }
}
