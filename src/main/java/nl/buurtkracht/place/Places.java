package nl.buurtkracht.place;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of a meeting place: what and where it is, and whether it is closed on a day. */
@Service
public class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlaceSummary> summary(long id) {
        return jdbc
            .sql("select id, name, address_line, neighbourhood_id, lat, lon from place where id = ?")
            .param(id)
            .query(PlaceSummary.class)
            .optional();
    }

    /** The closure in force on this day, if the place is closed all day (a holiday, "closed until 1 July"). */
    public Optional<PlaceClosure> closureOn(long placeId, LocalDate day) {
        // Closures arrive with the opening hours; until then no place is ever closed.
        return Optional.empty();
    }
}
