package nl.buurtkracht.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Money and time of an initiative (R8): budget lines, funding sources and hours given. */
public record Finances(List<BudgetLine> budget, List<Funding> funding, List<Hours> hours) {
    public record BudgetLine(long id, String description, BigDecimal amount) {}

    public record Funding(
        long id,
        String fund,
        BigDecimal amount,
        LocalDate startsOn,
        LocalDate endsOn,
        String conditions,
        @Nullable LocalDate reportDueOn,
        boolean reportSent
    ) {}

    public record Hours(long id, HoursGivenBy givenBy, String who, LocalDate givenOn, BigDecimal hours, String note) {}

    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal fundingTotal() {
        return funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal hoursBy(HoursGivenBy givenBy) {
        return hours
            .stream()
            .filter(h -> h.givenBy() == givenBy)
            .map(Hours::hours)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
