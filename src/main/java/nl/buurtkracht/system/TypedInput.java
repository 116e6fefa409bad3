package nl.buurtkracht.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads what people type (dates, times, numbers) for pages and the API alike; a value that is not
 * what it should be becomes a problem naming its field, collected with all the others.
 */
public final class TypedInput {

    /** "9", "9:30", "09.30", "9u30": how people write a time. */
    private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])(?:[:.u]([0-5][0-9]))?$");

    /** "1-7-2027", "01-07-2027", "1/7/2027": the Dutch way to write a date, besides ISO 2027-07-01. */
    private static final Pattern DUTCH_DATE = Pattern.compile("^([0-3]?[0-9])[-/.]([01]?[0-9])[-/.]([0-9]{4})$");

    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]{1,3}([.,][0-9]+)?$");
    private static final Pattern WHOLE = Pattern.compile("^[0-9]{1,9}$");
    private static final Pattern SIGNED_WHOLE = Pattern.compile("^[-+]?[0-9]{1,9}$");

    private TypedInput() {}

    public static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public static @Nullable LocalTime time(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            problems.add(new FieldProblem(field, "input.time"));
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    public static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher m = DUTCH_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))
                );
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            problems.add(new FieldProblem(field, "input.date"));
            return null;
        }
    }

    public static @Nullable Integer whole(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(new FieldProblem(field, "input.number"));
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A whole number that may carry a sign, so that a rule can say why "-1" is not allowed. */
    public static @Nullable Integer signedWhole(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!SIGNED_WHOLE.matcher(text).matches()) {
            problems.add(new FieldProblem(field, "input.number"));
            return null;
        }
        return Integer.valueOf(text);
    }

    public static @Nullable Double decimal(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(new FieldProblem(field, "input.decimal"));
            return null;
        }
        return Double.valueOf(text.replace(',', '.'));
    }

    public static @Nullable Long id(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(new FieldProblem(field, "input.choice"));
            return null;
        }
        return Long.valueOf(text);
    }

    public static @Nullable DayOfWeek day(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "input.day"));
            return null;
        }
    }
}
