package nl.buurtkracht.round;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One coming day of a round: how many volunteers signed up, how many recipients, whether it is
 * planned, whether the reader walks along; how many pieces are baked by how many neighbours, and the
 * reader's own pieces if they bake.
 */
public record RoundDay(
    LocalDate day,
    int signups,
    int recipients,
    boolean planned,
    boolean signedUp,
    int pieces,
    int bakers,
    @Nullable Integer myPieces
) {}
