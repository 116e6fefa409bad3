package nl.buurtkracht.activity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Every field rule of the activity form; each problem names its field. */
public final class ActivityRules {

    public static final String TITLE = "title";
    public static final String WHERE = "location";
    public static final String ONLINE_URL = "onlineUrl";
    public static final String DAY = "day";
    public static final String START = "start";
    public static final String END = "end";
    public static final String RRULE = "rrule";
    public static final String CAPACITY = "capacity";

    /** More than fits in any neighbourhood hall; a typing slip rather than a plan. */
    public static final int MOST_PEOPLE = 10_000;

    private ActivityRules() {}

    /**
     * The problems of a form. {@code earliestDay} is the first day a (first) time may fall on: today
     * for a new activity; for a change, the day it already had is taken as well.
     */
    public static List<FieldProblem> check(ActivityForm form, LocalDate earliestDay, @Nullable LocalDate keptDay) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, TITLE, form.title(), 120, true);
        text(problems, "description", form.description(), 2000, false);
        text(problems, WHERE, form.location(), 200, false);
        text(problems, "contact", form.contact(), 200, false);
        if (form.neighbourhoodId() == null) {
            problems.add(new FieldProblem("neighbourhoodId", "activities.neighbourhoodId.required"));
        }
        if (!form.onlineUrl().isEmpty() && !isWebLink(form.onlineUrl())) {
            problems.add(new FieldProblem(ONLINE_URL, "activities.onlineUrl.invalid"));
        }
        if (form.placeId() == null && form.location().isBlank() && form.onlineUrl().isEmpty()) {
            problems.add(new FieldProblem(WHERE, "activities.where.required"));
        }
        if (form.day() == null) {
            problems.add(new FieldProblem(DAY, "activities.day.required"));
        } else if (form.day().isBefore(earliestDay) && !form.day().equals(keptDay)) {
            problems.add(new FieldProblem(DAY, "activities.day.past"));
        }
        if (form.start() == null) {
            problems.add(new FieldProblem(START, "activities.start.required"));
        }
        if (form.end() == null) {
            problems.add(new FieldProblem(END, "activities.end.required"));
        } else if (form.start() != null && !form.end().isAfter(form.start())) {
            problems.add(new FieldProblem(END, "activities.end.before-start"));
        }
        if (form.capacity() != null && (form.capacity() < 1 || form.capacity() > MOST_PEOPLE)) {
            problems.add(new FieldProblem(CAPACITY, "activities.capacity.range", 1, MOST_PEOPLE));
        }
        if (!form.rrule().isBlank() && form.day() != null && form.start() != null) {
            starts(form, problems);
        }
        return problems;
    }

    /** Every start of the activity in local time: one, or those of its rule. Adds a problem for a bad rule. */
    public static List<LocalDateTime> starts(ActivityForm form, List<FieldProblem> problems) {
        LocalDateTime first = LocalDateTime.of(form.day(), form.start());
        if (form.rrule().isBlank()) {
            return List.of(first);
        }
        try {
            return Recurrence.of(form.rrule()).starts(first);
        } catch (Recurrence.Refused e) {
            problems.add(
                new FieldProblem(
                    RRULE,
                    "activities.rrule." + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Recurrence.HORIZON_YEARS,
                    Recurrence.MOST
                )
            );
            return List.of();
        }
    }

    private static boolean isWebLink(String value) {
        if (value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest, boolean required) {
        if (required && value.isBlank()) {
            problems.add(new FieldProblem(field, "activities." + field + ".required"));
        } else if (value.length() > longest) {
            problems.add(new FieldProblem(field, "activities.too-long", longest));
        }
    }
}
