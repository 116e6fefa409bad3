package nl.buurtkracht.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a report: a value, or suppressed, then without its number so that no page, file or API
 * answer can leak it. A cell about fewer than ten people shows as "< 10"; a cell hidden only because a
 * total would otherwise give a small one away shows as "x" (it is not small, so "< 10" would be untrue).
 */
public record Figure(Measure measure, @Nullable BigDecimal value, @Nullable Hidden hidden) {
    public static final String SMALL = "< 10";
    public static final String COMPLEMENT = "x";

    public enum Hidden {
        /** About fewer than ten people. */
        SMALL,
        /** Would let a reader work out a small cell from a total. */
        COMPLEMENT,
    }

    public Figure {
        if ((hidden == null) == (value == null)) {
            throw new IllegalArgumentException("a figure has a value or is hidden");
        }
    }

    public static Figure of(Measure measure, BigDecimal value) {
        return new Figure(measure, value, null);
    }

    public static Figure hidden(Measure measure, Hidden why) {
        return new Figure(measure, null, why);
    }

    public boolean suppressed() {
        return hidden != null;
    }

    /** As a person reads it in their language: "1.234,5" in Dutch, "1,234.5" in English, or a mark. */
    public String shown(Locale locale) {
        if (hidden != null || value == null) {
            return mark();
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** As a file or the API gives it: the plain number (no trailing zeros) or a mark. */
    public String shown() {
        if (hidden != null || value == null) {
            return mark();
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private String mark() {
        return hidden == Hidden.COMPLEMENT ? COMPLEMENT : SMALL;
    }
}
