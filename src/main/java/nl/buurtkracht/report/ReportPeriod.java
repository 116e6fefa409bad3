package nl.buurtkracht.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/** The days a report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** Nothing the platform knows is older. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static final int LONGEST_YEARS = 5;

    /** Days in messages as people write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    /**
     * Reads a period as typed ("1-1-2027", "2027-01-01"); both empty means the last whole quarter.
     * Every field at fault is named: missing or malformed, before 2000, after today, ending before it
     * starts, or longer than five years.
     */
    public static ReportPeriod parse(@Nullable String fromText, @Nullable String toText, LocalDate today) {
        if (TypedInput.text(fromText).isEmpty() && TypedInput.text(toText).isEmpty()) {
            return lastQuarter(today);
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = TypedInput.date(fromText, "from", problems);
        LocalDate to = TypedInput.date(toText, "to", problems);
        if (TypedInput.text(fromText).isEmpty()) {
            problems.add(new FieldProblem("from", "reports.period.from.required"));
        }
        if (TypedInput.text(toText).isEmpty()) {
            problems.add(new FieldProblem("to", "reports.period.to.required"));
        }
        if (from != null && from.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("from", "reports.period.before-earliest", DAY.format(EARLIEST)));
        }
        if (from != null && from.isAfter(today)) {
            problems.add(new FieldProblem("from", "reports.period.future", DAY.format(today)));
        }
        if (to != null && to.isAfter(today)) {
            problems.add(new FieldProblem("to", "reports.period.future", DAY.format(today)));
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("from", "reports.period.reversed"));
        }
        if (from != null && to != null && to.isAfter(from.plusYears(LONGEST_YEARS))) {
            problems.add(new FieldProblem("to", "reports.period.too-long", LONGEST_YEARS));
        }
        if (!problems.isEmpty() || from == null || to == null) {
            throw new InvalidInput(problems);
        }
        return new ReportPeriod(from, to);
    }

    /** The last quarter that has wholly passed. */
    public static ReportPeriod lastQuarter(LocalDate today) {
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        return new ReportPeriod(thisQuarter.minusMonths(3), thisQuarter.minusDays(1));
    }
}
