package nl.buurtkracht.place;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in plain words when a place is open or closed, in Dutch or English: "opent morgen om 9:00",
 * "Gesloten tot 1 juli: verbouwing". Dates within the current year go without the year.
 */
@Component
public class PlaceTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final MessageSource messages;
    private final Clock clock;

    PlaceTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public String status(OpeningStatus status, Locale locale) {
        LocalDate today = today();
        return switch (status.kind()) {
            case OPEN -> text("places.status.open", locale, time(status.changesAt().toLocalTime()));
            case OPENS_LATER -> opensLater(status.changesAt(), today, locale);
            case CLOSED_FOR_A_WHILE -> closedNow(status.closure(), today, locale);
            case CLOSED -> text("places.status.closed", locale);
            case NO_HOURS -> text("places.status.no-hours", locale);
        };
    }

    /** A closure as a sentence: "Gesloten op 25 december: Kerst", "Gesloten van 1 maart tot 1 juli: verbouwing". */
    public String closure(PlaceClosure closure, Locale locale) {
        LocalDate today = today();
        String from = date(closure.from(), today, locale);
        String sentence;
        if (closure.singleDay()) {
            sentence = text("places.closure.on", locale, weekdayAndDate(closure.from(), today, locale));
        } else if (closure.until() == null) {
            sentence = text("places.closure.from-indefinitely", locale, from);
        } else {
            sentence = text("places.closure.from-until", locale, from, date(closure.until(), today, locale));
        }
        return withReason(sentence, closure.reason(), locale);
    }

    /** "Extra open op zaterdag 12 december van 10:00–14:00: kerstmarkt". */
    public String special(SpecialOpening special, Locale locale) {
        return withReason(
            text(
                "places.special.on",
                locale,
                weekdayAndDate(special.day(), today(), locale),
                span(special.opens(), special.closes())
            ),
            special.note(),
            locale
        );
    }

    /** "9:00–12:00 en 13:00–17:00"; "gesloten" for none. */
    public String periods(List<WeeklyPeriod> periods, Locale locale) {
        if (periods.isEmpty()) {
            return text("places.hours.closed", locale);
        }
        return periods
            .stream()
            .map(p -> span(p.opens(), p.closes()))
            .collect(Collectors.joining(" " + text("places.and", locale) + " "));
    }

    public String span(LocalTime from, LocalTime until) {
        return time(from) + "–" + time(until);
    }

    public String time(LocalTime time) {
        return TIME.format(time);
    }

    public String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** "dinsdag 1 december", with the year when it is not this year. */
    public String weekdayAndDate(LocalDate day, Locale locale) {
        return weekdayAndDate(day, today(), locale);
    }

    public String date(LocalDate day, Locale locale) {
        return date(day, today(), locale);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String opensLater(LocalDateTime opens, LocalDate today, Locale locale) {
        String time = time(opens.toLocalTime());
        LocalDate day = opens.toLocalDate();
        if (day.equals(today)) {
            return text("places.status.opens-today", locale, time);
        }
        if (day.equals(today.plusDays(1))) {
            return text("places.status.opens-tomorrow", locale, time);
        }
        if (day.isBefore(today.plusDays(7))) {
            return text("places.status.opens-on", locale, weekday(day.getDayOfWeek(), locale), time);
        }
        return text("places.status.opens-on", locale, weekdayAndDate(day, today, locale), time);
    }

    private String closedNow(PlaceClosure closure, LocalDate today, Locale locale) {
        String sentence;
        if (closure.until() == null) {
            sentence = text("places.status.closed-indefinitely", locale);
        } else if (closure.until().equals(today.plusDays(1))) {
            sentence = text("places.status.closed-today", locale);
        } else {
            sentence = text("places.status.closed-until", locale, date(closure.until(), today, locale));
        }
        return withReason(sentence, closure.reason(), locale);
    }

    private String withReason(String sentence, String reason, Locale locale) {
        return reason.isEmpty() ? sentence : text("places.with-reason", locale, sentence, reason);
    }

    private String weekdayAndDate(LocalDate day, LocalDate today, Locale locale) {
        return weekday(day.getDayOfWeek(), locale) + " " + date(day, today, locale);
    }

    private static String date(LocalDate day, LocalDate today, Locale locale) {
        String pattern = day.getYear() == today.getYear() ? "d MMMM" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    private LocalDate today() {
        return clock.instant().atZone(OpeningHours.ZONE).toLocalDate();
    }
}
