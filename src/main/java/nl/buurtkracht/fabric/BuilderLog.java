package nl.buurtkracht.fabric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkracht.fabric.internal.BuilderLogStore;
import nl.buurtkracht.initiative.InitiativeSummary;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community builder's log (R14): what was done in a neighbourhood ("coupled Ans to the soup
 * initiative", "helped the bingo with its grant"), on which day and for how many hours. The builders
 * of a neighbourhood write and read its log; an administrator may read it. Reports see the hours
 * only, never the words.
 */
@Service
public class BuilderLog {

    static final int LONGEST_NOTE = 300;
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);
    /** A line may be written up to this many days late; older work belongs in last year's papers. */
    static final int DAYS_BACK = 366;

    /** A neighbourhood's log for a period: its lines (newest first), the hours of each month and in all. */
    public record Page(List<BuilderLogEntry> entries, Map<YearMonth, BigDecimal> hoursPerMonth, BigDecimal hours) {}

    private final BuilderLogStore store;
    private final Initiatives initiatives;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    BuilderLog(BuilderLogStore store, Initiatives initiatives, IdempotencyKeys idempotency, Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Whether this person keeps the log of the neighbourhood: one of its community builders. */
    public boolean mayWrite(CurrentUser user, long neighbourhoodId) {
        return user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId);
    }

    public boolean mayRead(CurrentUser user, long neighbourhoodId) {
        return mayWrite(user, neighbourhoodId) || user.has(Role.ADMINISTRATOR);
    }

    /** Adds a line; a form sent twice with the same token adds it once. */
    @Transactional
    public long add(CurrentUser user, long neighbourhoodId, BuilderLogForm form, @Nullable String token) {
        if (!mayWrite(user, neighbourhoodId)) {
            throw new NotPermitted("builder-log.not-yours");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        LocalDate day = TypedInput.date(form.day(), "day", problems);
        if (day == null && TypedInput.text(form.day()).isEmpty()) {
            problems.add(new FieldProblem("day", "builder-log.day.required"));
        } else if (day != null && day.isAfter(today)) {
            problems.add(new FieldProblem("day", "builder-log.day.future"));
        } else if (day != null && day.isBefore(today.minusDays(DAYS_BACK))) {
            problems.add(new FieldProblem("day", "builder-log.day.too-old"));
        }
        BuilderLogKind kind = null;
        try {
            kind = BuilderLogKind.valueOf(TypedInput.text(form.kind()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "builder-log.kind.choose"));
        }
        String note = TypedInput.text(form.note());
        if (note.isEmpty()) {
            problems.add(new FieldProblem("note", "builder-log.note.required"));
        } else if (note.length() > LONGEST_NOTE) {
            problems.add(new FieldProblem("note", "builder-log.note.too-long", LONGEST_NOTE));
        }
        Double typed = TypedInput.decimal(form.hours(), "hours", problems);
        BigDecimal hours = null;
        if (typed == null && TypedInput.text(form.hours()).isEmpty()) {
            problems.add(new FieldProblem("hours", "builder-log.hours.required"));
        } else if (typed != null) {
            hours = BigDecimal.valueOf(typed).setScale(2, RoundingMode.HALF_UP);
            if (hours.signum() <= 0 || hours.compareTo(MOST_HOURS) > 0) {
                problems.add(new FieldProblem("hours", "builder-log.hours.range", MOST_HOURS));
            }
        }
        Long initiativeId = TypedInput.id(form.initiative(), "initiative", problems);
        if (initiativeId != null) {
            boolean here = initiatives
                .summary(initiativeId)
                .map(InitiativeSummary::neighbourhoodId)
                .filter(n -> n == neighbourhoodId)
                .isPresent();
            if (!here) {
                problems.add(new FieldProblem("initiative", "builder-log.initiative.not-here"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate d = day;
        BuilderLogKind k = kind;
        BigDecimal h = hours;
        return idempotency.once(user, "builder-log", token, () ->
            store.insert(user.accountId(), neighbourhoodId, d, k, note, h, initiativeId)
        );
    }

    /** The neighbourhood's log from {@code from} to {@code to}, for its builders and administrators. */
    @Transactional(readOnly = true)
    public Page read(CurrentUser user, long neighbourhoodId, LocalDate from, LocalDate to) {
        if (!mayRead(user, neighbourhoodId)) {
            throw new NotPermitted("builder-log.not-yours");
        }
        List<BuilderLogEntry> entries = store.entries(neighbourhoodId, from, to, user.accountId());
        Map<YearMonth, BigDecimal> perMonth = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BuilderLogEntry e : entries) {
            perMonth.merge(YearMonth.from(e.day()), e.hours(), BigDecimal::add);
            total = total.add(e.hours());
        }
        return new Page(entries, perMonth, total);
    }

    /** The hours logged for a neighbourhood in a period: for aggregate reports, without the words. */
    @Transactional(readOnly = true)
    public BuilderLogHours hours(long neighbourhoodId, LocalDate from, LocalDate to) {
        return store.hours(neighbourhoodId, from, to);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }
}
