package nl.buurtkracht.place;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtkracht.place.internal.PlaceStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of a meeting place: what and where it is, whether it is closed on a
 * day, and the "open now" line to show beside it.
 *
 * <p>To show a place's status on another module's page, put {@code statusLine(placeId, locale)} in
 * the model and render it with {@code th:replace="~{places/status :: status(${line})}"}.
 */
@Service
public class Places {

    private final JdbcClient jdbc;
    private final PlaceStore store;
    private final PlaceTexts texts;
    private final Clock clock;

    Places(JdbcClient jdbc, PlaceStore store, PlaceTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.texts = texts;
        this.clock = clock;
    }

    public Optional<PlaceSummary> summary(long id) {
        return jdbc
            .sql("select id, name, address_line, neighbourhood_id, lat, lon from place where id = ?")
            .param(id)
            .query(PlaceSummary.class)
            .optional();
    }

    /** The closure in force on this day, if the place is closed all day (a holiday, "closed until 1 July"). */
    @Transactional(readOnly = true)
    public Optional<PlaceClosure> closureOn(long placeId, LocalDate day) {
        return store.hours(placeId).closureOn(day);
    }

    /** The weekly hours and closures of the place (none for an unknown place). */
    @Transactional(readOnly = true)
    public OpeningHours hours(long placeId) {
        return store.hours(placeId);
    }

    /** The weekly hours and closures of many places at once, by place id. */
    @Transactional(readOnly = true)
    public Map<Long, OpeningHours> hours(Collection<Long> placeIds) {
        return placeIds.isEmpty() ? Map.of() : store.hours(placeIds);
    }

    /** Whether the place is open right now, and when that changes. */
    @Transactional(readOnly = true)
    public OpeningStatus status(long placeId) {
        return store.hours(placeId).statusAt(now());
    }

    /** The status as the line pages show, in the reader's language. */
    @Transactional(readOnly = true)
    public PlaceStatusLine statusLine(long placeId, Locale locale) {
        return line(status(placeId), locale);
    }

    /** The lines of many places at once, by place id, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, PlaceStatusLine> statusLines(Collection<Long> placeIds, Locale locale) {
        ZonedDateTime now = now();
        Map<Long, PlaceStatusLine> lines = new LinkedHashMap<>();
        store.hours(placeIds).forEach((id, hours) -> lines.put(id, line(hours.statusAt(now), locale)));
        return lines;
    }

    private PlaceStatusLine line(OpeningStatus status, Locale locale) {
        return new PlaceStatusLine(status.kind(), texts.status(status, locale));
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(OpeningHours.ZONE);
    }
}
