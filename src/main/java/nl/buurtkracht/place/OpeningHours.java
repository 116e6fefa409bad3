package nl.buurtkracht.place;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The weekly opening hours of a place with its closures and special openings, all in local time. Reasoning happens on the
 * local calendar of Europe/Amsterdam, so that "Tuesday 9:00" stays 9:00 across summer and winter
 * time; only moments (bookings) become instants.
 */
public record OpeningHours(List<WeeklyPeriod> periods, List<PlaceClosure> closures, List<SpecialOpening> specials) {
    /** The time zone of every local time of a place. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** How far ahead "opens …" looks; a place closed longer than that is simply closed. */
    private static final int HORIZON_DAYS = 366;

    /** How far ahead the next help-desk session is looked for. */
    private static final int HELP_DESK_WEEKS = 8;

    public OpeningHours {
        periods = periods
            .stream()
            .sorted(Comparator.comparing(WeeklyPeriod::day).thenComparing(WeeklyPeriod::opens))
            .toList();
        closures = closures.stream().sorted(Comparator.comparing(PlaceClosure::from)).toList();
        specials = specials
            .stream()
            .sorted(Comparator.comparing(SpecialOpening::day).thenComparing(SpecialOpening::opens))
            .toList();
    }

    /** Weekly hours and closures without special openings. */
    public OpeningHours(List<WeeklyPeriod> periods, List<PlaceClosure> closures) {
        this(periods, closures, List.of());
    }

    public List<WeeklyPeriod> periodsOn(DayOfWeek day) {
        return periods
            .stream()
            .filter(p -> p.day() == day)
            .toList();
    }

    /** The closure that keeps the place shut all day, if any; a special opening that day lifts it. */
    public Optional<PlaceClosure> closureOn(LocalDate day) {
        if (!specialsOn(day).isEmpty()) {
            return Optional.empty();
        }
        return closures
            .stream()
            .filter(c -> c.covers(day))
            .findFirst();
    }

    public List<SpecialOpening> specialsOn(LocalDate day) {
        return specials
            .stream()
            .filter(s -> s.day().equals(day))
            .toList();
    }

    /** Special openings on this day or still to come, soonest first. */
    public List<SpecialOpening> comingSpecials(LocalDate today) {
        return specials
            .stream()
            .filter(s -> !s.day().isBefore(today))
            .toList();
    }

    /** The periods the place is open on this date: its special openings, none on a closure day, else the weekly hours. */
    public List<WeeklyPeriod> openOn(LocalDate day) {
        List<SpecialOpening> special = specialsOn(day);
        if (!special.isEmpty()) {
            return special.stream().map(SpecialOpening::asPeriod).toList();
        }
        return closureOn(day).isPresent() ? List.of() : periodsOn(day.getDayOfWeek());
    }

    /** Closures in force on this day or still to come, soonest first. */
    public List<PlaceClosure> currentAndComing(LocalDate today) {
        return closures
            .stream()
            .filter(c -> c.notOverOn(today))
            .toList();
    }

    /** Whether the place is open during the whole span of one day, inside a single opening period. */
    public boolean openDuring(LocalDate day, LocalTime start, LocalTime end) {
        return openOn(day)
            .stream()
            .anyMatch(p -> p.contains(start, end));
    }

    /** When these help-desk hours next take place from this moment on, skipping closed days. */
    public HelpDeskSession helpDesk(HelpDeskHours hours, ZonedDateTime moment) {
        LocalDateTime now = moment.withZoneSameInstant(ZONE).toLocalDateTime();
        LocalDate skipped = null;
        PlaceClosure because = null;
        for (int i = 0; i < HELP_DESK_WEEKS * 7; i++) {
            LocalDate day = now.toLocalDate().plusDays(i);
            if (day.getDayOfWeek() != hours.day() || (i == 0 && !now.toLocalTime().isBefore(hours.ends()))) {
                continue;
            }
            Optional<PlaceClosure> closure = closureOn(day);
            if (closure.isEmpty()) {
                boolean on = i == 0 && !now.toLocalTime().isBefore(hours.starts());
                return new HelpDeskSession(hours, day, skipped, because, on);
            }
            if (skipped == null) {
                skipped = day;
                because = closure.get();
            }
        }
        return new HelpDeskSession(hours, null, skipped, because, false);
    }

    public OpeningStatus statusAt(ZonedDateTime moment) {
        LocalDateTime now = moment.withZoneSameInstant(ZONE).toLocalDateTime();
        LocalDate today = now.toLocalDate();
        Optional<PlaceClosure> closure = closureOn(today);
        if (closure.isPresent()) {
            return new OpeningStatus(OpeningStatus.Kind.CLOSED_FOR_A_WHILE, null, closure.get());
        }
        if (periods.isEmpty() && specials.isEmpty()) {
            return new OpeningStatus(OpeningStatus.Kind.NO_HOURS, null, null);
        }
        for (WeeklyPeriod p : openOn(today)) {
            if (p.contains(now.toLocalTime())) {
                return new OpeningStatus(OpeningStatus.Kind.OPEN, today.atTime(p.closes()), null);
            }
        }
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            for (WeeklyPeriod p : openOn(day)) {
                LocalDateTime opens = day.atTime(p.opens());
                if (opens.isAfter(now)) {
                    return new OpeningStatus(OpeningStatus.Kind.OPENS_LATER, opens, null);
                }
            }
        }
        return new OpeningStatus(OpeningStatus.Kind.CLOSED, null, null);
    }
}
