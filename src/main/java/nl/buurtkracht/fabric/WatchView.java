package nl.buurtkracht.fabric;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resident's watch as they (or whoever acts for them) see it: whether it is on, the quiet period,
 * the circle, pause, and the last contact the platform knows of. {@code asked} is true while the
 * circle, street host or builder has been asked and nobody has answered yet.
 */
public record WatchView(
    long residentId,
    String residentName,
    boolean on,
    int quietDays,
    List<Member> circle,
    boolean tellBuilder,
    @Nullable LocalDate startedOn,
    @Nullable LocalDate pausedUntil,
    @Nullable LocalDate lastContact,
    int stage,
    boolean asked,
    boolean forSomeoneElse
) {
    /**
     * Someone in the circle or who could be: the name where they share it with the street, otherwise
     * only that they are a neighbour or the street host.
     */
    public record Member(long residentId, @Nullable String name, boolean host) {}

    public WatchView {
        circle = List.copyOf(circle);
    }
}
