package nl.buurtkracht.activity.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.activity.SignupStatus;
import nl.buurtkracht.place.PlaceTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says activities and their times in plain words, in Dutch or English; shared by pages and the printed programme. */
@Component
class ActivityWords {

    private final PlaceTexts dates;
    private final MessageSource messages;

    ActivityWords(PlaceTexts dates, MessageSource messages) {
        this.dates = dates;
        this.messages = messages;
    }

    List<TimeLine> lines(List<OccurrenceView> times, Locale locale) {
        return times
            .stream()
            .map(t -> line(t, locale))
            .toList();
    }

    TimeLine line(OccurrenceView t, Locale locale) {
        return new TimeLine(
            t,
            dates.weekdayAndDate(t.day(), locale),
            dates.span(t.startsAt().toLocalTime(), t.endsAt().toLocalTime()),
            where(t, locale),
            standing(t, locale),
            state(t)
        );
    }

    /** "Buurthuis De Linde", "speeltuin Tulpenhof", "online", or a place and "ook online". */
    String where(OccurrenceView t, Locale locale) {
        String place = t.placeName() != null ? t.placeName() : t.location();
        if (!t.online()) {
            return place;
        }
        return place.isEmpty()
            ? text("activities.where.online", locale)
            : text("activities.where.also-online", locale, place);
    }

    String where(ActivityView a, Locale locale) {
        String place = a.placeName() != null
            ? a.placeName() + (a.placeAddress() == null ? "" : ", " + a.placeAddress())
            : a.location();
        if (a.onlineUrl() == null) {
            return place;
        }
        return place.isEmpty()
            ? text("activities.where.online", locale)
            : text("activities.where.also-online", locale, place);
    }

    /** How a time stands, for the reader. */
    String standing(OccurrenceView t, Locale locale) {
        if (t.cancelled()) {
            return t.cancelReason().isEmpty()
                ? text("activities.standing.off", locale)
                : text("activities.standing.off-because", locale, t.cancelReason());
        }
        if (t.placeClosed() != null) {
            return text("activities.standing.place-closed", locale, t.placeName(), t.placeClosed());
        }
        if (t.myStatus() == SignupStatus.SEAT) {
            return text("activities.standing.my-seat", locale);
        }
        if (t.myStatus() == SignupStatus.WAITING) {
            return text("activities.standing.my-waiting", locale, t.myPosition());
        }
        if (t.capacity() == null) {
            return t.seatsTaken() == 0
                ? text("activities.standing.open", locale)
                : text("activities.standing.coming", locale, t.seatsTaken());
        }
        if (t.full()) {
            return text("activities.standing.full", locale, t.waiting());
        }
        return text("activities.standing.seats-left", locale, t.seatsLeft());
    }

    /** The rhythm in words: "elke week op donderdag tot en met 30 juni". */
    String rhythm(ActivityView a, Locale locale) {
        Repeat.Read read = Repeat.read(a.rrule());
        String weekday = dates.weekday(a.firstDay().getDayOfWeek(), locale);
        return switch (read.repeat()) {
            case NONE -> text("activities.rhythm.once", locale, dates.weekdayAndDate(a.firstDay(), locale));
            case WEEKLY -> text("activities.rhythm.weekly", locale, weekday, dates.date(read.until(), locale));
            case FORTNIGHTLY -> text(
                "activities.rhythm.fortnightly",
                locale,
                weekday,
                dates.date(read.until(), locale)
            );
            case MONTHLY -> text(
                "activities.rhythm.monthly",
                locale,
                (a.firstDay().getDayOfMonth() - 1) / 7 + 1 > 4 ? 0 : (a.firstDay().getDayOfMonth() - 1) / 7 + 1,
                weekday,
                dates.date(read.until(), locale)
            );
            case CUSTOM -> text("activities.rhythm.custom", locale);
        };
    }

    /** "donderdag 10 december", with the year when it is not this year. */
    String date(java.time.LocalDate day, Locale locale) {
        return dates.weekdayAndDate(day, locale);
    }

    String hours(ActivityView a) {
        return dates.span(a.start(), a.end());
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String state(OccurrenceView t) {
        if (!t.goesAhead()) {
            return "off";
        }
        if (t.myStatus() != null) {
            return "mine";
        }
        return t.full() ? "full" : "open";
    }
}
