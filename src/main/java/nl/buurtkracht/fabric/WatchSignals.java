package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.fabric.internal.WatchStore;
import nl.buurtkracht.round.RoundSignals;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open signals someone may see, from rounds (a visit note that needs attention) and from the
 * watch (a resident nobody has seen, a neighbour who worries). A street host sees those of the
 * streets they host; a builder those of their neighbourhoods that the resident agreed to share with
 * the builder, each such read written in the audit log. Names appear only under that consent, or the
 * round's own rules.
 */
@Service
public class WatchSignals {

    /** Where a signal comes from. */
    public enum Source {
        ROUND,
        WATCH,
    }

    /**
     * One open signal. {@code kind} is VISIT_NEEDS_ATTENTION for a round, QUIET or WORRY for the watch;
     * {@code quietDays} how long nobody has been in contact (watch); {@code wish} what a visited person
     * wished (rounds, for the builder only); {@code link} the page to act on it.
     */
    public record Signal(
        Source source,
        long id,
        String kind,
        String name,
        String streetName,
        long neighbourhoodId,
        @Nullable Integer stage,
        @Nullable Integer quietDays,
        @Nullable String wish,
        Instant raisedAt,
        String link
    ) {}

    private final RoundSignals rounds;
    private final WatchStore store;
    private final AuditLog audit;
    private final Clock clock;

    WatchSignals(RoundSignals rounds, WatchStore store, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Signal> open(CurrentUser user) {
        List<Signal> signals = new ArrayList<>();
        rounds
            .open(user)
            .forEach(r ->
                signals.add(
                    new Signal(
                        Source.ROUND,
                        r.id(),
                        "VISIT_NEEDS_ATTENTION",
                        r.name(),
                        r.streetName(),
                        r.neighbourhoodId(),
                        null,
                        null,
                        r.wish(),
                        r.createdAt(),
                        "/rounds"
                    )
                )
            );
        LocalDate today = LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
        Long[] builderOf = user.has(Role.COMMUNITY_BUILDER)
            ? user.scope().builderNeighbourhoodIds().toArray(Long[]::new)
            : new Long[0];
        for (WatchStore.SignalRow s : store.openSignals(
            user.scope().hostedStreetIds().toArray(Long[]::new),
            builderOf,
            user.has(Role.ADMINISTRATOR)
        )) {
            if (!s.asHost()) {
                audit.sensitiveRead(user, s.residentId(), "watch-signal", "signal " + s.id());
            }
            signals.add(
                new Signal(
                    Source.WATCH,
                    s.id(),
                    s.kind(),
                    s.name(),
                    s.streetName(),
                    s.neighbourhoodId(),
                    s.stage(),
                    (int) ChronoUnit.DAYS.between(s.quietSince(), today),
                    null,
                    s.createdAt(),
                    "/watch/nudges/" + s.watchId()
                )
            );
        }
        signals.sort(Comparator.comparing(Signal::raisedAt).reversed());
        return signals;
    }
}
