package nl.buurtkracht.help.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkracht.help.AcceptForm;
import nl.buurtkracht.help.AskForm;
import nl.buurtkracht.help.Availability;
import nl.buurtkracht.help.OfferForm;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.InvalidInput.FieldProblem;

/** Every field rule of asks, offers and accepting an offer; each problem names its field. */
public final class HelpRules {

    public static final int LONGEST_TEXT = 500;
    public static final int LONGEST_LOCATION = 200;
    /** How far ahead an ask may be planned: further is a typing slip (2207 for 2027). */
    public static final int REACH_YEARS = 1;

    private HelpRules() {}

    public static List<FieldProblem> check(AskForm form, LocalDate today, LocalTime nowTime) {
        List<FieldProblem> problems = new ArrayList<>();
        named(problems, "kind", form.kind(), nl.buurtkracht.help.HelpKind.class);
        named(problems, "urgency", form.urgency(), nl.buurtkracht.help.Urgency.class);
        named(problems, "reach", form.reach(), nl.buurtkracht.help.Reach.class);
        named(problems, "channel", form.channel(), nl.buurtkracht.help.Channel.class);
        text(problems, "description", form.description(), LONGEST_TEXT);
        text(problems, "location", form.location(), LONGEST_LOCATION);
        when(problems, form.day(), form.start(), form.rrule(), today, nowTime);
        if (form.minutes() != null && (form.minutes() < 5 || form.minutes() > 720)) {
            problems.add(new FieldProblem("minutes", "help.minutes.range", 5, 720));
        }
        return problems;
    }

    public static List<FieldProblem> check(OfferForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        named(problems, "kind", form.kind(), nl.buurtkracht.help.HelpKind.class);
        named(problems, "reach", form.reach(), nl.buurtkracht.help.Reach.class);
        text(problems, "description", form.description(), LONGEST_TEXT);
        if (
            form
                .availability()
                .stream()
                .anyMatch(code -> Availability.slot(code) == null)
        ) {
            problems.add(new FieldProblem("availability", "help.availability.unknown"));
        }
        return problems;
    }

    public static List<FieldProblem> check(AcceptForm form, LocalDate today, LocalTime nowTime) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "message", form.message(), LONGEST_TEXT);
        when(problems, form.day(), form.start(), form.rrule(), today, nowTime);
        return problems;
    }

    /** Every start in local time of a recurring ask: the first and those its rule gives. */
    public static List<LocalDateTime> starts(
        LocalDate day,
        LocalTime start,
        String rrule,
        List<FieldProblem> problems
    ) {
        try {
            return Recurrence.of(rrule).starts(LocalDateTime.of(day, start));
        } catch (Recurrence.Refused e) {
            // One message per reason the rule was refused: help.rrule.unbounded, help.rrule.too-often, ...
            String reason = "help.rrule." + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
            problems.add(new FieldProblem("rrule", reason, Recurrence.HORIZON_YEARS, Recurrence.MOST));
            return List.of();
        }
    }

    private static void when(
        List<FieldProblem> problems,
        @org.jspecify.annotations.Nullable LocalDate day,
        @org.jspecify.annotations.Nullable LocalTime start,
        String rrule,
        LocalDate today,
        LocalTime nowTime
    ) {
        if (day == null) {
            problems.add(new FieldProblem("day", "help.day.required"));
        } else if (day.isBefore(today) || (day.equals(today) && start != null && start.isBefore(nowTime))) {
            problems.add(new FieldProblem("day", "help.day.past"));
        } else if (day.isAfter(today.plusYears(REACH_YEARS))) {
            problems.add(new FieldProblem("day", "help.day.too-far", REACH_YEARS));
        }
        if (!rrule.isBlank()) {
            if (start == null) {
                problems.add(new FieldProblem("start", "help.start.required-for-rhythm"));
            } else if (day != null) {
                starts(day, start, rrule, problems);
            }
        }
    }

    private static <E extends Enum<E>> Optional<E> named(
        List<FieldProblem> problems,
        String field,
        String value,
        Class<E> type
    ) {
        Optional<E> found = Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equals(value))
            .findFirst();
        if (found.isEmpty()) {
            problems.add(
                new FieldProblem(field, value.isBlank() ? "help." + field + ".required" : "help." + field + ".unknown")
            );
        }
        return found;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest) {
        if (value.length() > longest) {
            problems.add(new FieldProblem(field, "help.too-long", longest));
        }
    }
}
