package nl.buurtkracht.round;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals from rounds: a visit note that needs attention. The community builder of the
 * neighbourhood sees those the person agreed to share, with what they wished (each reading logged);
 * the street host sees the others, only that a neighbour could use some attention.
 */
@Service
public class RoundSignals {

    /** An open signal; {@code wish} is only there for the builder, under the person's consent. */
    public record SignalView(
        long id,
        String name,
        String streetName,
        long neighbourhoodId,
        String roundName,
        LocalDate day,
        @Nullable Seemed seemed,
        @Nullable String wish,
        boolean toBuilder,
        Instant createdAt
    ) {}

    private record Row(
        long id,
        long residentId,
        String name,
        String streetName,
        long neighbourhoodId,
        String roundName,
        LocalDate day,
        String seemed,
        String wish,
        boolean toBuilder,
        Instant createdAt
    ) {}

    private static final String SIGNALS = """
        select s.id, s.resident_id, p.display_name as name, st.name as street_name, s.neighbourhood_id, r.name as round_name, n.day,
          n.seemed, n.wish, s.to_builder, s.created_at
        from round_signal s join visit_note n on n.id = s.note_id join round r on r.id = n.round_id
          join resident p on p.id = s.resident_id join street st on st.id = s.street_id
        where s.seen_at is null and (
          (s.to_builder and (s.neighbourhood_id = any(:builder) or :admin))
          or (not s.to_builder and s.street_id = any(:hosted)))
        order by s.created_at desc limit 100""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RoundSignals(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<SignalView> open(CurrentUser user) {
        return jdbc
            .sql(SIGNALS)
            .param("builder", user.scope().builderNeighbourhoodIds().toArray(Long[]::new))
            .param("admin", user.has(Role.ADMINISTRATOR))
            .param("hosted", user.scope().hostedStreetIds().toArray(Long[]::new))
            .query(Row.class)
            .list()
            .stream()
            .map(r -> {
                if (r.toBuilder()) {
                    audit.sensitiveRead(user, r.residentId(), "visit-note", "signal " + r.id());
                }
                return new SignalView(
                    r.id(),
                    r.name(),
                    r.streetName(),
                    r.neighbourhoodId(),
                    r.roundName(),
                    r.day(),
                    r.toBuilder() ? Seemed.valueOf(r.seemed()) : null,
                    r.toBuilder() ? r.wish() : null,
                    r.toBuilder(),
                    r.createdAt()
                );
            })
            .toList();
    }

    /** Marks a signal as seen by someone it was meant for. */
    @Transactional
    public void seen(CurrentUser user, long id) {
        if (
            open(user)
                .stream()
                .noneMatch(s -> s.id() == id)
        ) {
            throw new NotFound("rounds.signal.not-found");
        }
        jdbc
            .sql("update round_signal set seen_at = ? where id = ?")
            .params(Timestamp.from(clock.instant()), id)
            .update();
    }
}
