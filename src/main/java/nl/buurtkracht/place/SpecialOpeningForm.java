package nl.buurtkracht.place;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** An extra opening to record: the day, from and until when, and what for. */
public record SpecialOpeningForm(
    @Nullable LocalDate day,
    @Nullable LocalTime opens,
    @Nullable LocalTime closes,
    String note
) {
    public SpecialOpeningForm {
        note = note.strip();
    }
}
