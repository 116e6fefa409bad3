package nl.buurtkracht.initiative;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.initiative.ContinuityWarning.Kind;
import nl.buurtkracht.initiative.Finances.Funding;
import nl.buurtkracht.initiative.internal.InitiativeStore;
import nl.buurtkracht.initiative.internal.InitiativeStore.ContinuityFacts;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money, time and continuity are the Achilles heel of initiatives (seed 002, les 8): these warnings
 * tell owners and the community builder in time. Computed when asked, from today in Amsterdam.
 */
@Service
public class Continuity {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A fund that ends within this many days, with nothing after it, is a warning. */
    static final int FUNDING_HORIZON_DAYS = 90;
    /** A report due within this many days (or overdue) and not sent is a warning. */
    static final int REPORT_HORIZON_DAYS = 30;
    /** An active initiative without any sign of life for this long is a warning. */
    static final Duration QUIET = Duration.ofDays(60);

    private final InitiativeStore store;
    private final Initiatives initiatives;
    private final Clock clock;

    Continuity(InitiativeStore store, Initiatives initiatives, Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** The warnings of one initiative, for those who manage it. */
    @Transactional(readOnly = true)
    public List<ContinuityWarning> warnings(CurrentUser user, long id) {
        initiatives.requireManage(user, id);
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        return store
            .continuityFacts(List.of(id), today.withDayOfYear(1))
            .stream()
            .findFirst()
            .map(facts -> warnings(facts, store.funding(id), today))
            .orElse(List.of());
    }

    /**
     * The builder's overview of a neighbourhood: every living initiative with its owners, members,
     * hours this year and warnings, the ones with most warnings first.
     */
    @Transactional(readOnly = true)
    public List<ContinuityRow> overview(CurrentUser user, long neighbourhoodId) {
        boolean builder =
            user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId);
        if (!builder && !user.has(Role.ADMINISTRATOR)) {
            throw new NotPermitted("initiatives.continuity.not-yours");
        }
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        List<ContinuityRow> rows = new ArrayList<>();
        for (ContinuityFacts facts : store.continuityFacts(store.livingIn(neighbourhoodId), today.withDayOfYear(1))) {
            List<Funding> funding = store.funding(facts.id());
            rows.add(
                new ContinuityRow(
                    new InitiativeSummary(facts.id(), facts.title(), facts.neighbourhoodId(), facts.state()),
                    facts.activeOwners(),
                    facts.members(),
                    lastFundingEnd(funding, today),
                    facts.hoursThisYear(),
                    warnings(facts, funding, today)
                )
            );
        }
        rows.sort(Comparator.comparingInt((ContinuityRow r) -> -r.warnings().size()));
        return rows;
    }

    List<ContinuityWarning> warnings(ContinuityFacts facts, List<Funding> funding, LocalDate today) {
        List<ContinuityWarning> warnings = new ArrayList<>();
        LocalDate horizon = today.plusDays(FUNDING_HORIZON_DAYS);
        for (Funding f : funding) {
            boolean endsSoon = !f.endsOn().isBefore(today) && !f.endsOn().isAfter(horizon);
            boolean successor = funding.stream().anyMatch(g -> g.id() != f.id() && g.endsOn().isAfter(f.endsOn()));
            if (endsSoon && !successor) {
                warnings.add(
                    new ContinuityWarning(
                        Kind.FUNDING_ENDS,
                        "initiatives.warning.funding-ends",
                        List.of(f.fund(), f.endsOn(), daysUntil(today, f.endsOn()))
                    )
                );
            }
            LocalDate due = f.reportDueOn();
            if (due != null && !f.reportSent() && !due.isAfter(today.plusDays(REPORT_HORIZON_DAYS))) {
                warnings.add(
                    new ContinuityWarning(
                        Kind.REPORT_DUE,
                        due.isBefore(today) ? "initiatives.warning.report-overdue" : "initiatives.warning.report-due",
                        List.of(f.fund(), due)
                    )
                );
            }
        }
        boolean living = facts.state() == InitiativeState.ACTIVE || facts.state() == InitiativeState.PAUSED;
        if (living && facts.activeOwners() <= 1) {
            warnings.add(new ContinuityWarning(Kind.SINGLE_OWNER, "initiatives.warning.single-owner", List.of()));
        }
        if (facts.state() == InitiativeState.ACTIVE && facts.lastActiveAt().isBefore(clock.instant().minus(QUIET))) {
            warnings.add(
                new ContinuityWarning(
                    Kind.QUIET,
                    "initiatives.warning.quiet",
                    List.of(facts.lastActiveAt().atZone(AMSTERDAM).toLocalDate())
                )
            );
        }
        return warnings;
    }

    private static @Nullable LocalDate lastFundingEnd(List<Funding> funding, LocalDate today) {
        return funding
            .stream()
            .map(Funding::endsOn)
            .filter(end -> !end.isBefore(today))
            .max(Comparator.naturalOrder())
            .orElse(null);
    }

    private static long daysUntil(LocalDate today, LocalDate day) {
        return ChronoUnit.DAYS.between(today, day);
    }
}
