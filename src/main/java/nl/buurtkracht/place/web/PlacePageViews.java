package nl.buurtkracht.place.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.place.BookingView;
import nl.buurtkracht.place.HelpDeskSession;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.PlaceClosure;
import nl.buurtkracht.place.PlaceTexts;
import nl.buurtkracht.place.WeekSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns hours, closures, help-desk sessions and weeks into the sentences the pages show. */
@Component
class PlacePageViews {

    /** One day of the weekly hours: "maandag", ["9:00–12:00", "13:00–17:00"]; none when closed. */
    record DayLine(String weekday, List<String> spans, boolean today) {}

    /** A help-desk line: when, what for, and when one can really come. */
    record HelpDeskLine(String when, String topic, String next, boolean available, boolean now) {}

    /** A day of the week view. */
    record WeekDayView(String label, String hours, boolean closed, boolean past, List<RoomSlots> rooms) {}

    /** A room on a day with its taken times. */
    record RoomSlots(String room, List<SlotLine> taken, String free) {}

    /** A taken time as the reader may see it. */
    record SlotLine(String text, boolean mine) {}

    /** A booking as a line in the list of one's bookings. */
    record BookingLine(BookingView booking, String when, String what, @Nullable String who) {}

    private final PlaceTexts texts;

    PlacePageViews(PlaceTexts texts) {
        this.texts = texts;
    }

    List<DayLine> week(OpeningHours hours, LocalDate today, Locale locale) {
        List<DayLine> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            lines.add(
                new DayLine(
                    texts.weekday(day, locale),
                    hours
                        .periodsOn(day)
                        .stream()
                        .map(p -> texts.span(p.opens(), p.closes()))
                        .toList(),
                    today.getDayOfWeek() == day
                )
            );
        }
        return lines;
    }

    List<String> closures(OpeningHours hours, LocalDate today, Locale locale) {
        return hours
            .currentAndComing(today)
            .stream()
            .map(c -> texts.closure(c, locale))
            .toList();
    }

    List<String> specials(OpeningHours hours, LocalDate today, Locale locale) {
        return hours
            .comingSpecials(today)
            .stream()
            .map(s -> texts.special(s, locale))
            .toList();
    }

    HelpDeskLine helpDesk(HelpDeskSession s, Locale locale) {
        String when = texts.weekday(s.hours().day(), locale) + " " + texts.span(s.hours().starts(), s.hours().ends());
        String next;
        if (s.now()) {
            next = texts.text("places.help-desk.now", locale, texts.time(s.hours().ends()));
        } else if (s.skipped() != null && s.next() == null) {
            next = texts.text("places.help-desk.off-while-closed", locale);
        } else if (s.skipped() != null && s.next() != null) {
            next =
                texts.text("places.help-desk.skipped", locale, texts.weekdayAndDate(s.skipped(), locale)) +
                " " +
                texts.text("places.help-desk.next", locale, texts.weekdayAndDate(s.next(), locale));
        } else if (s.next() != null) {
            next = texts.text("places.help-desk.next", locale, texts.weekdayAndDate(s.next(), locale));
        } else {
            next = texts.text("places.help-desk.none-soon", locale);
        }
        boolean available = s.next() != null && s.skipped() == null;
        return new HelpDeskLine(when, s.hours().topic(), next, available, s.now());
    }

    List<WeekDayView> days(WeekSchedule week, LocalDate today, Locale locale) {
        List<WeekDayView> days = new ArrayList<>();
        for (WeekSchedule.Day day : week.days()) {
            PlaceClosure closure = day.closure();
            boolean past = day.date().isBefore(today);
            String hours = past
                ? texts.text("places.week.past", locale)
                : closure != null ? texts.closure(closure, locale) : texts.periods(day.open(), locale);
            List<RoomSlots> rooms = day
                .rooms()
                .stream()
                .map(r ->
                    new RoomSlots(
                        r.room().name(),
                        r
                            .taken()
                            .stream()
                            .map(s -> slot(s, locale))
                            .toList(),
                        day.open().isEmpty()
                            ? ""
                            : texts.text(r.taken().isEmpty() ? "places.week.all-free" : "places.week.rest-free", locale)
                    )
                )
                .toList();
            days.add(
                new WeekDayView(texts.weekdayAndDate(day.date(), locale), hours, day.open().isEmpty(), past, rooms)
            );
        }
        return days;
    }

    BookingLine booking(BookingView b, Locale locale) {
        String when =
            texts.weekdayAndDate(b.start().toLocalDate(), locale) +
            " " +
            texts.span(b.start().toLocalTime(), b.end().toLocalTime());
        String what = b.roomName();
        if (b.initiativeTitle() != null) {
            what += " — " + texts.text("places.booking.for-initiative", locale, b.initiativeTitle());
        }
        if (!b.purpose().isEmpty()) {
            what += " — " + b.purpose();
        }
        return new BookingLine(b, when, what, b.bookedBy());
    }

    String weekTitle(WeekSchedule week, Locale locale) {
        return texts.text(
            "places.week.title",
            locale,
            texts.date(week.monday(), locale),
            texts.date(week.sunday(), locale)
        );
    }

    private SlotLine slot(WeekSchedule.Slot s, Locale locale) {
        String span = texts.span(s.start(), s.end());
        String text;
        if (s.mine()) {
            text = texts.text("places.week.mine", locale, span, label(s.label()));
        } else if (s.label() != null) {
            text = s.bookedBy() == null
                ? texts.text("places.week.taken-for", locale, span, label(s.label()))
                : texts.text("places.week.taken-by", locale, span, label(s.label()), s.bookedBy());
        } else {
            text = texts.text("places.week.busy", locale, span);
        }
        return new SlotLine(text, s.mine());
    }

    private static String label(@Nullable String label) {
        return label == null || label.isEmpty() ? "—" : label;
    }
}
