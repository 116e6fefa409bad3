package nl.buurtkracht.fabric;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a neighbourhood's builder log, with who wrote it and the initiative it was for. */
public record BuilderLogEntry(
    long id,
    LocalDate day,
    BuilderLogKind kind,
    String note,
    BigDecimal hours,
    @Nullable Long initiativeId,
    @Nullable String initiativeTitle,
    String builderName,
    boolean mine
) {}
