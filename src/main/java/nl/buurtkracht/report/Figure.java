package nl.buurtkracht.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a report: a value, or suppressed (then the value is absent and it shows as "< 10").
 * A suppressed figure never carries its number, so no page, file or API answer can leak it.
 */
public record Figure(Measure measure, @Nullable BigDecimal value, boolean suppressed) {
    public static final String SUPPRESSED = "< 10";

    public static Figure of(Measure measure, BigDecimal value) {
        return new Figure(measure, value, false);
    }

    public static Figure suppressed(Measure measure) {
        return new Figure(measure, null, true);
    }

    /** As a person reads it: the number (no trailing zeros) or "< 10". */
    public String shown() {
        if (suppressed || value == null) {
            return SUPPRESSED;
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
