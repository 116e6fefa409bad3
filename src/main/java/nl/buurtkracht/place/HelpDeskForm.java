package nl.buurtkracht.place;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A weekly inloopspreekuur to add: the day, from and until when, and what one can come for. */
public record HelpDeskForm(
    @Nullable DayOfWeek day,
    @Nullable LocalTime starts,
    @Nullable LocalTime ends,
    String topic
) {
    public HelpDeskForm {
        topic = topic.strip();
    }
}
