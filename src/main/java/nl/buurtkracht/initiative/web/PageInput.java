package nl.buurtkracht.initiative.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Reads what a person typed into a form: amounts the Dutch way, dates, whole numbers. */
final class PageInput {

    /** 12 · 12,50 · 1.250 · 1.250,50 · 12.50 (a dot followed by exactly two digits is a decimal point). */
    private static final Pattern DUTCH_AMOUNT = Pattern.compile(
        "^€?\\s*\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?$|^€?\\s*\\d+(,\\d{1,2})?$"
    );
    private static final Pattern DOT_DECIMAL = Pattern.compile("^€?\\s*\\d+\\.\\d{1,2}$");

    private PageInput() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** An amount in euros, or null with a problem for the field when it is no amount. */
    static @Nullable BigDecimal euros(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        String digits;
        if (DOT_DECIMAL.matcher(text).matches()) {
            digits = text.replace("€", "").strip();
        } else if (DUTCH_AMOUNT.matcher(text).matches()) {
            digits = text.replace("€", "").strip().replace(".", "").replace(',', '.');
        } else {
            problems.add(new FieldProblem(field, "initiatives.amount.invalid"));
            return null;
        }
        return new BigDecimal(digits);
    }

    /** An amount of hours such as 2, 1,5 or 1.5. */
    static @Nullable BigDecimal hours(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "initiatives.hours.range"));
            return null;
        }
    }

    /** A date from a date field (yyyy-mm-dd); a browser without date fields sends the same. */
    static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "initiatives.date.invalid"));
            return null;
        }
    }

    static @Nullable Integer whole(
        @Nullable String value,
        String field,
        String messageKey,
        List<FieldProblem> problems
    ) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, messageKey, 1, 100));
            return null;
        }
    }
}
