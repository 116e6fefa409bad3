package nl.buurtkracht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;

/** A report period is read as people type it, and every wrong period names its field. */
class ReportPeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 12);

    @Test
    void nothingTypedIsTheLastWholeQuarter() {
        assertThat(ReportPeriod.parse(null, "", TODAY)).isEqualTo(
            new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))
        );
        assertThat(ReportPeriod.lastQuarter(LocalDate.of(2027, 1, 1))).isEqualTo(
            new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))
        );
    }

    @Test
    void dutchAndIsoDatesAreRead() {
        assertThat(ReportPeriod.parse("1-1-2027", "2027-03-31", TODAY)).isEqualTo(
            new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))
        );
    }

    @Test
    void aReversedPeriodNamesFrom() {
        assertProblems("2027-03-31", "2027-01-01", "from:reports.period.reversed");
    }

    @Test
    void anAbsurdPeriodNamesTheFieldAtFault() {
        assertProblems("1999-12-31", "2000-06-30", "from:reports.period.before-earliest");
        assertProblems("2027-01-01", "2027-05-13", "to:reports.period.future");
        assertProblems("2027-06-01", "2027-07-01", "from:reports.period.future", "to:reports.period.future");
        assertProblems("2020-01-01", "2025-01-02", "to:reports.period.too-long");
        assertProblems("2027-02-30", "", "from:input.date", "to:reports.period.to.required");
        assertProblems("gisteren", "2027-01-01", "from:input.date");
    }

    @Test
    void exactlyFiveYearsIsAllowed() {
        assertThat(ReportPeriod.parse("2020-01-01", "2025-01-01", TODAY).to()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    private static void assertProblems(String from, String to, String... expected) {
        assertThatThrownBy(() -> ReportPeriod.parse(from, to, TODAY)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems())
                    .extracting((FieldProblem p) -> p.field() + ":" + p.messageKey())
                    .containsExactlyInAnyOrder(expected)
            );
    }
}
