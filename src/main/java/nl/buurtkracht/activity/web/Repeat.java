package nl.buurtkracht.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How often an activity comes back, as the page offers it: the few rhythms a neighbourhood uses,
 * each turned into an RFC 5545 rule ending on a chosen day, and "own rule" for anything else.
 */
enum Repeat {
    NONE,
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    CUSTOM;

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Pattern OFFERED = Pattern.compile(
        "^FREQ=(WEEKLY|MONTHLY)(;INTERVAL=2)?(;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU))?;UNTIL=([0-9]{8})T235959$"
    );

    /** The rule for a first day and a last day; the whole last day counts. */
    String rule(LocalDate first, LocalDate until) {
        String end = ";UNTIL=" + UNTIL.format(until) + "T235959";
        return switch (this) {
            case NONE, CUSTOM -> "";
            case WEEKLY -> "FREQ=WEEKLY" + end;
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2" + end;
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(first) + code(first.getDayOfWeek()) + end;
        };
    }

    /** Which rhythm a stored rule is, and its last day; CUSTOM for a rule typed by hand. */
    record Read(Repeat repeat, @Nullable LocalDate until) {}

    static Read read(@Nullable String rule) {
        if (rule == null || rule.isBlank()) {
            return new Read(NONE, null);
        }
        Matcher m = OFFERED.matcher(rule);
        if (!m.matches()) {
            return new Read(CUSTOM, null);
        }
        LocalDate until = LocalDate.parse(m.group(6), UNTIL);
        boolean byDay = m.group(3) != null;
        boolean everyOther = m.group(2) != null;
        if (m.group(1).equals("MONTHLY")) {
            return byDay && !everyOther ? new Read(MONTHLY, until) : new Read(CUSTOM, null);
        }
        if (byDay) {
            return new Read(CUSTOM, null);
        }
        return new Read(everyOther ? FORTNIGHTLY : WEEKLY, until);
    }

    /** 1–4 for the first to fourth such weekday of the month, -1 for a fifth (the last). */
    private static String weekOfMonth(LocalDate day) {
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        return week > 4 ? "-1" : Integer.toString(week);
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }
}
