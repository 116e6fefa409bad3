package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.fabric.FabricFigures.NeighbourhoodFabric;
import nl.buurtkracht.fabric.FabricFigures.StreetSummary;
import nl.buurtkracht.fabric.WeekAdvice.InitiativeState;
import nl.buurtkracht.fabric.WeekAdvice.StreetState;
import nl.buurtkracht.help.AskView;
import nl.buurtkracht.help.Asks;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.initiative.Continuity;
import nl.buurtkracht.initiative.ContinuityRow;
import nl.buurtkracht.initiative.ContinuityWarning;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The community builder's view of one neighbourhood (R14): how strong the fabric is per street and
 * over the year, what needs attention now (signals, neighbours still waiting, initiatives at risk),
 * and a short list of where to spend this week's hours. Names appear only in what the other modules
 * already show a builder under the person's consent; the fabric itself is counts.
 */
@Service
public class BuilderDashboard {

    /** How many waiting asks the view lists; the count says how many there are in all. */
    static final int ASKS_LISTED = 20;

    /** An ask nobody answered yet, without who asked: what, on which street, and for how long. */
    public record WaitingAsk(long id, HelpKind kind, String streetName, LocalDate day, int waitingDays) {}

    public record View(
        NeighbourhoodFabric fabric,
        List<WeekAdvice.Item> advice,
        List<WatchSignals.Signal> signals,
        List<WaitingAsk> waitingAsks,
        List<ContinuityRow> initiatives
    ) {}

    private final FabricFigures figures;
    private final WatchSignals signals;
    private final Asks asks;
    private final Continuity continuity;
    private final Clock clock;

    BuilderDashboard(FabricFigures figures, WatchSignals signals, Asks asks, Continuity continuity, Clock clock) {
        this.figures = figures;
        this.signals = signals;
        this.asks = asks;
        this.continuity = continuity;
        this.clock = clock;
    }

    public View of(CurrentUser builder, long neighbourhoodId) {
        // First: an unknown neighbourhood is not found, and an analyst may not see it at all.
        NeighbourhoodFabric fabric = figures.neighbourhood(builder, neighbourhoodId);
        boolean builds =
            builder.has(Role.COMMUNITY_BUILDER) && builder.scope().builderNeighbourhoodIds().contains(neighbourhoodId);
        if (!builds && !builder.has(Role.ADMINISTRATOR)) {
            throw new NotPermitted("fabric.dashboard.not-yours");
        }
        // Signals from the rounds and from the out-of-sight watch, as far as this builder may see them.
        List<WatchSignals.Signal> signals = this.signals.open(builder)
            .stream()
            .filter(s -> s.neighbourhoodId() == neighbourhoodId)
            .toList();
        Instant now = clock.instant();
        List<WaitingAsk> waiting = asks
            .unanswered(builder, neighbourhoodId, ASKS_LISTED)
            .stream()
            .map(a -> new WaitingAsk(a.id(), a.kind(), a.streetName(), a.day(), daysBetween(a.createdAt(), now)))
            .sorted(Comparator.comparingInt(WaitingAsk::waitingDays).reversed())
            .toList();
        List<ContinuityRow> initiatives = continuity.overview(builder, neighbourhoodId);
        var situation = new WeekAdvice.Situation(
            neighbourhoodId,
            signals.size(),
            signals
                .stream()
                .mapToInt(s -> daysBetween(s.raisedAt(), now))
                .max()
                .orElse(0),
            waiting.size(),
            waiting.stream().mapToInt(WaitingAsk::waitingDays).max().orElse(0),
            fabric.streets().stream().map(BuilderDashboard::state).toList(),
            initiatives
                .stream()
                .filter(r -> !r.warnings().isEmpty())
                .map(this::state)
                .toList()
        );
        return new View(fabric, WeekAdvice.rank(situation), signals, waiting, initiatives);
    }

    private static StreetState state(StreetSummary street) {
        Integer isolated = street.now().isolated();
        return new StreetState(
            street.streetId(),
            street.name(),
            street.now().connectedShare(),
            street.threeMonthsAgo().connectedShare(),
            isolated == null ? 0 : isolated
        );
    }

    private InitiativeState state(ContinuityRow row) {
        ContinuityWarning first = row.warnings().getFirst();
        @Nullable
        Integer daysLeft = row.fundingEndsOn() == null
            ? null
            : (int) ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(Recurrence.AMSTERDAM)), row.fundingEndsOn());
        return new InitiativeState(
            row.initiative().id(),
            row.initiative().title(),
            first.messageKey(),
            first.arguments(),
            daysLeft
        );
    }

    private static int daysBetween(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toDays());
    }
}
