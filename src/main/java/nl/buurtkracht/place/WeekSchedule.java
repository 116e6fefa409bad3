package nl.buurtkracht.place;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A week of a place: per day its opening hours (none on a closure day) and per room the times that
 * are taken. Whose booking it is shows only to the booker and to the builder or administrator.
 */
public record WeekSchedule(LocalDate monday, List<Day> days) {
    public WeekSchedule {
        days = List.copyOf(days);
    }

    public LocalDate previousMonday() {
        return monday.minusWeeks(1);
    }

    public LocalDate nextMonday() {
        return monday.plusWeeks(1);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** One day of the week. */
    public record Day(LocalDate date, List<WeeklyPeriod> open, @Nullable PlaceClosure closure, List<RoomDay> rooms) {
        public Day {
            open = List.copyOf(open);
            rooms = List.copyOf(rooms);
        }
    }

    /** A room on a day, with its taken times in order. */
    public record RoomDay(RoomView room, List<Slot> taken) {
        public RoomDay {
            taken = List.copyOf(taken);
        }
    }

    /**
     * A taken time. For anyone else than the booker it says "busy" and nothing more.
     *
     * @param bookingId only for a booking the reader may see
     * @param label the purpose or initiative, only for a booking the reader may see
     * @param bookedBy the booker's name, only for the builder or an administrator
     */
    public record Slot(
        LocalTime start,
        LocalTime end,
        boolean mine,
        @Nullable Long bookingId,
        @Nullable String label,
        @Nullable String bookedBy
    ) {}
}
