package nl.buurtkracht.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One initiative on the builder's continuity overview of a neighbourhood. */
public record ContinuityRow(
    InitiativeSummary initiative,
    int activeOwners,
    int members,
    @Nullable LocalDate fundingEndsOn,
    BigDecimal hoursThisYear,
    List<ContinuityWarning> warnings
) {}
