package nl.buurtkracht.crisis.web;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.place.HelpDeskSession;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.place.PlaceView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The help-desk hours of a neighbourhood's meeting places as short lines in the reader's language
 * ("Buurthuis De Linde: vragen over geld, elke dinsdag van 10:00 tot 12:00 — nu open"), for the
 * crisis notice on every page and the crisis pages.
 */
@Component
class HelpDeskLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingPlaces places;
    private final MessageSource messages;

    HelpDeskLines(MeetingPlaces places, MessageSource messages) {
        this.places = places;
        this.messages = messages;
    }

    List<String> of(long neighbourhoodId, Locale locale) {
        List<PlaceView> here = places.inNeighbourhoods(List.of(neighbourhoodId));
        Map<Long, List<HelpDeskSession>> sessions = places.helpDeskSessions(here.stream().map(PlaceView::id).toList());
        List<String> lines = new ArrayList<>();
        for (PlaceView place : here) {
            for (HelpDeskSession s : sessions.getOrDefault(place.id(), List.of())) {
                String line = messages.getMessage(
                    "crisis.desk.line",
                    new Object[] {
                        place.name(),
                        s.hours().topic(),
                        s.hours().day().getDisplayName(TextStyle.FULL, locale),
                        TIME.format(s.hours().starts()),
                        TIME.format(s.hours().ends()),
                    },
                    locale
                );
                if (s.now()) {
                    line = line + " — " + messages.getMessage("crisis.desk.now", null, locale);
                } else if (s.next() == null) {
                    line = line + " — " + messages.getMessage("crisis.desk.not-soon", null, locale);
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
