package nl.buurtkracht.help.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/**
 * How often help comes back, as the pages offer it: once, every week or every other week, a chosen
 * number of times; each turned into an RFC 5545 rule that ends.
 */
enum Rhythm {
    ONCE,
    WEEKLY,
    FORTNIGHTLY;

    /** A quarter of a year of weekly meetings, the suggestion on the form. */
    static final int SUGGESTED_TIMES = 12;
    static final int MOST_TIMES = 104;

    private static final Pattern OFFERED = Pattern.compile("^FREQ=WEEKLY(;INTERVAL=2)?;COUNT=([0-9]+)$");

    String rule(int times) {
        return switch (this) {
            case ONCE -> "";
            case WEEKLY -> "FREQ=WEEKLY;COUNT=" + times;
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2;COUNT=" + times;
        };
    }

    /** The rule for a rhythm and a number of times as typed; a problem for the field "times" when it is no number. */
    static String rule(@Nullable String rhythm, @Nullable String times, List<FieldProblem> problems) {
        Rhythm chosen = parse(rhythm);
        if (chosen == ONCE) {
            return "";
        }
        Integer count = TypedInput.whole(
            times == null || times.isBlank() ? "" + SUGGESTED_TIMES : times,
            "times",
            problems
        );
        if (count == null) {
            return "";
        }
        if (count < 2 || count > MOST_TIMES) {
            problems.add(new FieldProblem("times", "help.times.range", 2, MOST_TIMES));
            return "";
        }
        return chosen.rule(count);
    }

    static Rhythm parse(@Nullable String value) {
        for (Rhythm r : values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return ONCE;
    }

    /** A stored rule in words: a message key and the number of times; null for a rule typed elsewhere. */
    record Words(String key, int times) {}

    static @Nullable Words words(@Nullable String rule) {
        if (rule == null) {
            return null;
        }
        Matcher m = OFFERED.matcher(rule);
        if (!m.matches()) {
            return null;
        }
        return new Words(
            m.group(1) == null ? "help.rhythm.weekly" : "help.rhythm.fortnightly",
            Integer.parseInt(m.group(2))
        );
    }
}
