package nl.buurtkracht.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The forms for money and time, typed; what cannot be read as a number or date arrives as null. */
public final class MoneyAndTimeForms {

    private MoneyAndTimeForms() {}

    public record FundingForm(
        String fund,
        @Nullable BigDecimal amount,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String conditions,
        @Nullable LocalDate reportDueOn
    ) {}

    public record BudgetLineForm(String description, @Nullable BigDecimal amount) {}

    public record HoursForm(
        @Nullable HoursGivenBy givenBy,
        String who,
        @Nullable LocalDate givenOn,
        @Nullable BigDecimal hours,
        String note
    ) {}

    public record TaskForm(String title, String details, @Nullable Integer needed) {}

    public record OwnerForm(@Nullable OwnerKind kind, @Nullable Long residentId, String organisation, String role) {}
}
