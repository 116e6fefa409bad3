package nl.buurtkracht.shared;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When something comes back: an RFC 5545 recurrence rule ({@code FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630})
 * with the zone its times are local to. Occurrences are expanded in local time, so the Thursday
 * bingo stays at 14:00 when the clocks change; {@link #at(LocalDateTime)} gives the instant.
 *
 * <p>Only rules a neighbourhood can keep are taken: at most once a day, with an end (a date or a
 * number of times), and no further ahead than {@link #HORIZON_YEARS} years or {@link #MOST} times.
 */
public record Recurrence(String rule, ZoneId zone) {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final int HORIZON_YEARS = 2;
    public static final int MOST = 800;

    /** Why a rule cannot be used; each has a message a person can read. */
    public enum Problem {
        MALFORMED,
        TOO_OFTEN,
        UNBOUNDED,
        TOO_FAR,
        START_NOT_IN_RULE,
    }

    /** A rule that cannot be used, and why. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Problem problem;

        Refused(Problem problem, String rule) {
            super(problem + ": " + rule);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** A rule as stored: upper case, without a leading "RRULE:". */
    public Recurrence {
        rule = normalised(rule);
    }

    /** The rule in the Amsterdam zone. */
    public static Recurrence of(String rule) {
        return new Recurrence(rule, AMSTERDAM);
    }

    /**
     * Every start from {@code first} on, in local time. {@code first} is always the first start; a
     * rule that would not produce it, or that breaks a limit of the class, is {@link Refused}.
     */
    public List<LocalDateTime> starts(LocalDateTime first) {
        Recur<LocalDateTime> recur = parsed();
        if (
            List.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY).contains(recur.getFrequency()) ||
            !recur.getHourList().isEmpty() ||
            !recur.getMinuteList().isEmpty() ||
            !recur.getSecondList().isEmpty()
        ) {
            throw new Refused(Problem.TOO_OFTEN, rule);
        }
        if (recur.getCount() < 0 && recur.getUntil() == null) {
            throw new Refused(Problem.UNBOUNDED, rule);
        }
        // One more than allowed, as far ahead as a rule may ever reach: more means too far.
        List<LocalDateTime> starts = recur.getDates(first, first, first.plusYears(100), MOST + 1);
        LocalDateTime horizon = first.plusYears(HORIZON_YEARS).plusDays(1);
        if (starts.size() > MOST || (!starts.isEmpty() && starts.getLast().isAfter(horizon))) {
            throw new Refused(Problem.TOO_FAR, rule);
        }
        if (starts.isEmpty() || !starts.getFirst().equals(first)) {
            throw new Refused(Problem.START_NOT_IN_RULE, rule);
        }
        return starts;
    }

    /** The instant a local start falls on; a start inside a DST gap moves forward by the gap. */
    public ZonedDateTime at(LocalDateTime local) {
        return local.atZone(zone);
    }

    private Recur<LocalDateTime> parsed() {
        if (rule.isEmpty() || rule.length() > 500) {
            throw new Refused(Problem.MALFORMED, rule);
        }
        try {
            return new Recur<>(rule);
        } catch (RuntimeException e) {
            throw new Refused(Problem.MALFORMED, rule);
        }
    }

    private static String normalised(String rule) {
        String r = rule.strip().toUpperCase(Locale.ROOT);
        return r.startsWith("RRULE:") ? r.substring("RRULE:".length()) : r;
    }
}
