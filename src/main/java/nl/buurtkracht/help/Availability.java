package nl.buurtkracht.help;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a helper is usually free, as a set of day parts ("weekday mornings"): seven days times
 * morning, afternoon and evening, kept as 21 bits. Nothing set means "ask me".
 */
public record Availability(int bits) {
    /** Part of a day. Mornings end at noon, afternoons at six. */
    public enum Part {
        MORNING,
        AFTERNOON,
        EVENING;

        public static Part of(LocalTime time) {
            if (time.getHour() < 12) {
                return MORNING;
            }
            return time.getHour() < 18 ? AFTERNOON : EVENING;
        }
    }

    /** One day part, as forms send it: "TUESDAY-MORNING". */
    public record Slot(DayOfWeek day, Part part) {
        public int bit() {
            return 1 << ((day.getValue() - 1) * 3 + part.ordinal());
        }

        public String code() {
            return day.name() + "-" + part.name();
        }
    }

    public static final Availability UNKNOWN = new Availability(0);
    public static final int ALL = (1 << 21) - 1;

    public Availability {
        if (bits < 0 || bits > ALL) {
            throw new IllegalArgumentException("not an availability: " + bits);
        }
    }

    public static Availability of(Collection<Slot> slots) {
        int bits = 0;
        for (Slot s : slots) {
            bits |= s.bit();
        }
        return new Availability(bits);
    }

    public boolean known() {
        return bits != 0;
    }

    public boolean has(Slot slot) {
        return (bits & slot.bit()) != 0;
    }

    public List<Slot> slots() {
        List<Slot> result = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Part p : Part.values()) {
                Slot s = new Slot(d, p);
                if (has(s)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** Reads a slot code, or null when it is not one. */
    public static @org.jspecify.annotations.Nullable Slot slot(String code) {
        int dash = code.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            return new Slot(DayOfWeek.valueOf(code.substring(0, dash)), Part.valueOf(code.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
