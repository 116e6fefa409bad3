package nl.buurtkracht.fabric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Where to spend my hours this week" (R14): a short list for a builder who has a few hours for a
 * whole neighbourhood. People at risk come first, then neighbours still waiting for an answer, then
 * places where the fabric is thin or getting thinner, then initiatives whose future is unsure. Each
 * item carries its reason, so the builder can weigh it rather than follow a score.
 */
public final class WeekAdvice {

    /** At most this many items: a list for one week, not a to-do backlog. */
    public static final int LENGTH = 5;

    /**
     * One suggestion: what it is about ({@code subject}, e.g. an initiative's title, or null), a
     * message key with its arguments that says why, and the page to act on it.
     */
    public record Item(
        Kind kind,
        @Nullable String subject,
        String messageKey,
        List<Object> arguments,
        String link,
        int weight
    ) {
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    public enum Kind {
        SIGNALS,
        WAITING_ASKS,
        THIN_STREET,
        QUIET_RESIDENTS,
        INITIATIVE_AT_RISK,
    }

    /** What the builder's view knows about a street; {@code share} is null when too few live there to say. */
    public record StreetState(
        long id,
        String name,
        @Nullable Double share,
        @Nullable Double shareThreeMonthsAgo,
        int quietResidents
    ) {}

    /**
     * An initiative with a warning about its future, in the warning's own words (key and arguments);
     * {@code daysLeft} is set when its funding ends.
     */
    public record InitiativeState(
        long id,
        String title,
        String warningKey,
        List<Object> warningArguments,
        @Nullable Integer daysLeft
    ) {}

    /** Everything the advice weighs for one neighbourhood this week. */
    public record Situation(
        long neighbourhoodId,
        int openSignals,
        int oldestSignalDays,
        int waitingAsks,
        int longestWaitDays,
        List<StreetState> streets,
        List<InitiativeState> initiatives
    ) {}

    private WeekAdvice() {}

    public static List<Item> rank(Situation s) {
        List<Item> items = new ArrayList<>();
        if (s.openSignals() > 0) {
            items.add(
                new Item(
                    Kind.SIGNALS,
                    null,
                    "fabric.advice.signals",
                    List.of(s.openSignals(), s.oldestSignalDays()),
                    "#signals",
                    1000 + s.openSignals() * 10 + s.oldestSignalDays()
                )
            );
        }
        if (s.waitingAsks() > 0 && s.longestWaitDays() >= 2) {
            items.add(
                new Item(
                    Kind.WAITING_ASKS,
                    null,
                    "fabric.advice.waiting-asks",
                    List.of(s.waitingAsks(), s.longestWaitDays()),
                    "#asks",
                    800 + s.waitingAsks() * 5 + s.longestWaitDays()
                )
            );
        }
        thinnest(s.streets()).ifPresent(items::add);
        s
            .streets()
            .stream()
            .filter(street -> street.quietResidents() >= 3)
            .max(Comparator.comparingInt(StreetState::quietResidents))
            .ifPresent(street ->
                items.add(
                    new Item(
                        Kind.QUIET_RESIDENTS,
                        street.name(),
                        "fabric.advice.quiet",
                        List.of(street.quietResidents()),
                        "#street-" + street.id(),
                        500 + street.quietResidents() * 10
                    )
                )
            );
        for (InitiativeState initiative : s.initiatives()) {
            int urgency = initiative.daysLeft() == null ? 0 : Math.max(0, 90 - initiative.daysLeft());
            items.add(
                new Item(
                    Kind.INITIATIVE_AT_RISK,
                    initiative.title(),
                    initiative.warningKey(),
                    initiative.warningArguments(),
                    "/initiatives/" + initiative.id(),
                    300 + urgency
                )
            );
        }
        items.sort(Comparator.comparingInt(Item::weight).reversed());
        return List.copyOf(items.subList(0, Math.min(LENGTH, items.size())));
    }

    /**
     * The street with the thinnest fabric, where "thin" counts the drop over three months double: a
     * street that is losing its contacts needs a visit sooner than one that was always quiet.
     */
    private static Optional<Item> thinnest(List<StreetState> streets) {
        return streets
            .stream()
            .filter(street -> street.share() != null)
            .max(Comparator.comparingDouble(WeekAdvice::thinness))
            .filter(street -> thinness(street) > 0.4)
            .map(street -> {
                double share = street.share() == null ? 0 : street.share();
                Double before = street.shareThreeMonthsAgo();
                boolean falling = before != null && before - share >= 0.05;
                int percent = (int) Math.round(share * 100);
                return new Item(
                    Kind.THIN_STREET,
                    street.name(),
                    falling ? "fabric.advice.thin-falling" : "fabric.advice.thin",
                    falling ? List.of(percent, (int) Math.round(before * 100)) : List.of(percent),
                    "#street-" + street.id(),
                    600 + (int) Math.round(thinness(street) * 100)
                );
            });
    }

    private static double thinness(StreetState street) {
        double share = street.share() == null ? 1 : street.share();
        Double before = street.shareThreeMonthsAgo();
        double drop = before == null ? 0 : Math.max(0, before - share);
        return (1 - share) + 2 * drop;
    }
}
