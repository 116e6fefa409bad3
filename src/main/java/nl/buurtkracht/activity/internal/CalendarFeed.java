package nl.buurtkracht.activity.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.shared.Recurrence;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme as an iCalendar feed (RFC 5545) for calendar apps: one event per time of an
 * activity, from a month ago to two years ahead, of a neighbourhood, a meeting place or an
 * initiative. It holds what the printed programme on the notice board holds and no more: what,
 * when, where and a link, never the contact line or anyone's name, so that it may be fetched
 * without signing in. Times are written in UTC from the stored instants, so a weekly 14:00 stays
 * 14:00 local on both sides of a clock change. A time that is called off (or whose activity was
 * called off before it began, or whose meeting place is closed that day) stays in the feed as
 * cancelled, so that calendars that had it show it struck out rather than silently dropped.
 *
 * <p>The times come from one query joined with the meeting place (and the place's closures from one
 * batch), so a feed of thousands of times costs no more queries than one of ten.
 */
@Component
public class CalendarFeed {

    /** What a feed is of. */
    public enum Subject {
        NEIGHBOURHOOD,
        PLACE,
        INITIATIVE,
    }

    /** A feed ready to serve: its name and its text, lines folded as RFC 5545 asks. */
    public record Feed(String name, String text, int events) {}

    static final int DAYS_BACK = 31;
    static final int YEARS_AHEAD = 2;
    private static final Duration REFRESH = Duration.ofHours(6);
    private static final String PRODUCT = "-//Buurtkracht//Activiteiten//NL";
    private static final DateTimeFormatter UID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String TIMES = """
        select o.activity_id, o.day, o.starts_at, o.ends_at, o.place_id, a.title, a.description, a.location,
          a.online_url is not null as online, a.intergenerational, p.name as place_name, p.address_line,
          o.cancelled or (a.cancelled_at is not null and o.starts_at > a.cancelled_at) as cancelled
        from activity_occurrence o join activity a on a.id = o.activity_id
          left join place p on p.id = o.place_id
        where %s and o.starts_at >= :from and o.starts_at < :until
        order by o.starts_at, o.activity_id""";

    /** One time as the feed needs it. */
    private record Time(
        long activityId,
        LocalDate day,
        Instant startsAt,
        Instant endsAt,
        @Nullable Long placeId,
        String title,
        String description,
        String location,
        boolean online,
        boolean intergenerational,
        @Nullable String placeName,
        @Nullable String placeAddress,
        boolean cancelled
    ) {}

    private final JdbcClient jdbc;
    private final Places places;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeed(
        JdbcClient jdbc,
        Places places,
        MessageSource messages,
        Clock clock,
        @Value("${buurtkracht.public-url}") String publicUrl
    ) {
        this.jdbc = jdbc;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The feed of a neighbourhood, place or initiative, or empty when there is no such thing. */
    @Transactional(readOnly = true)
    public Optional<Feed> feed(Subject subject, long id, Locale locale) {
        return calendar(subject, id, locale).map(c -> new Feed(c.name(), text(c.calendar()), c.events()));
    }

    /** The calendar itself, before it is written out. */
    private record Built(String name, Calendar calendar, int events) {}

    private Optional<Built> calendar(Subject subject, long id, Locale locale) {
        Optional<String> about = nameOf(subject, id);
        if (about.isEmpty()) {
            return Optional.empty();
        }
        String name = text("activities.feed.name." + subject.name().toLowerCase(Locale.ROOT), locale, about.get());
        Instant now = clock.instant();
        List<Time> times = times(subject, id, now);
        Map<Long, OpeningHours> hours = places.hours(placesOf(times));
        DtStamp stamp = new DtStamp(now);
        String intergenerational = text("activities.feed.category.intergenerational", locale);
        List<CalendarComponent> events = new ArrayList<>(times.size());
        for (Time time : times) {
            boolean placeClosed =
                time.placeId() != null &&
                hours.containsKey(time.placeId()) &&
                hours.get(time.placeId()).closureOn(time.day()).isPresent();
            events.add(event(time, time.cancelled() || placeClosed, stamp, intergenerational, locale));
        }
        var properties = new PropertyList(
            List.<Property>of(
                new ProdId(PRODUCT),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty("X-WR-CALNAME", name),
                new XProperty("X-WR-TIMEZONE", Recurrence.AMSTERDAM.getId()),
                new RefreshInterval(
                    new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)),
                    REFRESH
                ),
                new XProperty("X-PUBLISHED-TTL", REFRESH.toString())
            )
        );
        return Optional.of(new Built(name, new Calendar(properties, new ComponentList<>(events)), events.size()));
    }

    private VEvent event(Time time, boolean cancelled, DtStamp stamp, String intergenerational, Locale locale) {
        List<Property> properties = new ArrayList<>(12);
        properties.add(new Uid("activity-" + time.activityId() + "-" + UID_DAY.format(time.day()) + "@buurtkracht"));
        properties.add(stamp);
        properties.add(new DtStart<>(time.startsAt()));
        properties.add(new DtEnd<>(time.endsAt()));
        properties.add(new Summary(cancelled ? text("activities.feed.cancelled", locale, time.title()) : time.title()));
        String where = where(time, locale);
        if (!where.isEmpty()) {
            properties.add(new Location(where));
        }
        if (!time.description().isBlank()) {
            properties.add(new Description(time.description()));
        }
        properties.add(new Url(URI.create(publicUrl + "/activities/" + time.activityId() + "/times/" + time.day())));
        properties.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        properties.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (time.intergenerational()) {
            properties.add(new Categories(intergenerational));
        }
        return new VEvent(new PropertyList(properties));
    }

    /** The meeting place with its address, the place in words, or "online". */
    private String where(Time time, Locale locale) {
        if (time.placeName() != null) {
            return time.placeAddress() == null || time.placeAddress().isBlank()
                ? time.placeName()
                : time.placeName() + ", " + time.placeAddress();
        }
        if (!time.location().isBlank()) {
            return time.location();
        }
        return time.online() ? text("activities.feed.online", locale) : "";
    }

    private List<Time> times(Subject subject, long id, Instant now) {
        String which = switch (subject) {
            case NEIGHBOURHOOD -> "o.neighbourhood_id = :id";
            case PLACE -> "o.place_id = :id";
            case INITIATIVE -> "a.initiative_id = :id";
        };
        Instant from = now.minus(Duration.ofDays(DAYS_BACK));
        Instant until = now.atZone(Recurrence.AMSTERDAM).plusYears(YEARS_AHEAD).toInstant();
        return jdbc
            .sql(TIMES.formatted(which))
            .param("id", id)
            .param("from", java.sql.Timestamp.from(from))
            .param("until", java.sql.Timestamp.from(until))
            .query(CalendarFeed::time)
            .list();
    }

    private Optional<String> nameOf(Subject subject, long id) {
        String sql = switch (subject) {
            case NEIGHBOURHOOD -> "select name from neighbourhood where id = ?";
            case PLACE -> "select name from place where id = ?";
            case INITIATIVE -> "select title from initiative where id = ?";
        };
        return jdbc.sql(sql).param(id).query(String.class).optional();
    }

    private static Set<Long> placesOf(List<Time> times) {
        Set<Long> ids = new HashSet<>();
        for (Time time : times) {
            if (time.placeId() != null) {
                ids.add(time.placeId());
            }
        }
        return ids;
    }

    /** Writes the calendar out; CalendarOutputter folds lines at 75 octets and ends them with CRLF. */
    static String text(Calendar calendar) {
        var out = new StringWriter(1024 + calendar.getComponents().size() * 600);
        try {
            // Not validated again while written: the feed is built from checked rows and the tests
            // validate it; validating while writing took 2-3 times as long for 2,000 events.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static Time time(ResultSet rs, int row) throws SQLException {
        return new Time(
            rs.getLong("activity_id"),
            rs.getObject("day", LocalDate.class),
            rs.getTimestamp("starts_at").toInstant(),
            rs.getTimestamp("ends_at").toInstant(),
            rs.getObject("place_id", Long.class),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("location"),
            rs.getBoolean("online"),
            rs.getBoolean("intergenerational"),
            rs.getString("place_name"),
            rs.getString("address_line"),
            rs.getBoolean("cancelled")
        );
    }
}
