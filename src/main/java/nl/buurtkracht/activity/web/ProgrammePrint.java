package nl.buurtkracht.activity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.system.PrintedPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The week programme of a neighbourhood on one A4 for the notice board of the community centre:
 * every day of the week with its times in large type, and a QR code to the programme online.
 */
@Component
class ProgrammePrint {

    /** A day of the printed week; a day without anything still shows, so that the week reads whole. */
    record PrintedDay(String label, List<TimeLine> times) {}

    private final ITemplateEngine templates;
    private final ActivityWords words;
    private final String publicUrl;

    ProgrammePrint(
        ITemplateEngine templates,
        ActivityWords words,
        @Value("${buurtkracht.public-url}") String publicUrl
    ) {
        this.templates = templates;
        this.words = words;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    byte[] render(
        String neighbourhoodName,
        long neighbourhoodId,
        LocalDate monday,
        List<OccurrenceView> times,
        Locale locale
    ) {
        List<PrintedDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(
                new PrintedDay(
                    words.date(day, locale),
                    times
                        .stream()
                        .filter(t -> t.day().equals(day))
                        .map(t -> words.line(t, locale))
                        .toList()
                )
            );
        }
        String online = publicUrl + "/activities?neighbourhood=" + neighbourhoodId;
        var context = new Context(
            locale,
            Map.of(
                "neighbourhood",
                neighbourhoodName,
                "period",
                words.text(
                    "activities.programme.period",
                    locale,
                    words.date(monday, locale),
                    words.date(monday.plusDays(6), locale)
                ),
                "days",
                days,
                "online",
                online.replaceFirst("^https?://", ""),
                "qr",
                PrintedPages.qrImage(online)
            )
        );
        return PrintedPages.toPdf(templates.process("activity/programme-print", context));
    }
}
