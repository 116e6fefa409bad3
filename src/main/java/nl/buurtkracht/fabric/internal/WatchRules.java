package nl.buurtkracht.fabric.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.fabric.WatchForm;
import nl.buurtkracht.fabric.internal.WatchStore.Candidate;
import nl.buurtkracht.fabric.internal.WatchStore.Home;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Every rule of a watch's settings and pause; each problem names its field. */
public final class WatchRules {

    /** The quiet periods to choose from, in days. */
    public static final List<Integer> PERIODS = List.of(7, 10, 14, 21);
    /** A small circle: people who know the resident, not a crowd. */
    public static final int MOST_IN_CIRCLE = 5;
    /** Days after one stage before the next is told: "if still nothing after a few more days". */
    public static final int FOLLOW_UP_DAYS = 3;
    /** The longest pause, about half a year: a long stay away, a stay in hospital. */
    public static final int LONGEST_PAUSE_DAYS = 183;

    private WatchRules() {}

    /**
     * The quiet period, and a circle of one to five people who are neighbours of the resident (same
     * neighbourhood, so also the same street) or host the resident's street, each with an account to
     * be asked through.
     */
    public static List<FieldProblem> check(WatchForm form, Home home, List<Candidate> proposed, List<Long> hosts) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.quietDays() == null) {
            problems.add(new FieldProblem("quietDays", "watch.period.required"));
        } else if (!PERIODS.contains(form.quietDays())) {
            problems.add(new FieldProblem("quietDays", "watch.period.choice"));
        }
        Set<Long> circle = new LinkedHashSet<>(form.circle());
        if (circle.isEmpty()) {
            problems.add(new FieldProblem("circle", "watch.circle.required"));
        } else if (circle.size() > MOST_IN_CIRCLE) {
            problems.add(new FieldProblem("circle", "watch.circle.too-many", MOST_IN_CIRCLE));
        }
        Map<Long, Candidate> known = proposed
            .stream()
            .collect(Collectors.toMap(Candidate::residentId, Function.identity()));
        for (long id : circle) {
            Candidate c = known.get(id);
            if (id == home.residentId()) {
                problems.add(new FieldProblem("circle", "watch.circle.self"));
            } else if (c == null) {
                problems.add(new FieldProblem("circle", "watch.circle.unknown", id));
            } else if (c.neighbourhoodId() != home.neighbourhoodId() && !hosts.contains(id)) {
                problems.add(new FieldProblem("circle", "watch.circle.not-neighbour", id));
            } else if (!c.hasAccount()) {
                problems.add(new FieldProblem("circle", "watch.circle.no-account", id));
            }
        }
        return problems;
    }

    /** A pause ends on a day after today and within about half a year. */
    public static void pause(@Nullable LocalDate until, LocalDate today, List<FieldProblem> problems) {
        if (until == null) {
            problems.add(new FieldProblem("pausedUntil", "watch.pause.required"));
        } else if (!until.isAfter(today)) {
            problems.add(new FieldProblem("pausedUntil", "watch.pause.past"));
        } else if (until.isAfter(today.plusDays(LONGEST_PAUSE_DAYS))) {
            problems.add(new FieldProblem("pausedUntil", "watch.pause.too-far"));
        }
    }
}
