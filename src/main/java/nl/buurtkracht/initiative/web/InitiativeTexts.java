package nl.buurtkracht.initiative.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.initiative.ContinuityWarning;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Continuity warnings as sentences, with dates written the way the reader writes them. */
@Component
class InitiativeTexts {

    /** A warning as the page and the API show it. */
    record Warning(ContinuityWarning.Kind kind, String text) {}

    private final MessageSource messages;

    InitiativeTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Warning> warnings(List<ContinuityWarning> warnings, Locale locale) {
        return warnings
            .stream()
            .map(w -> new Warning(w.kind(), text(w, locale)))
            .toList();
    }

    String text(ContinuityWarning warning, Locale locale) {
        Object[] arguments = warning
            .arguments()
            .stream()
            .map(a -> a instanceof LocalDate day ? date(day, locale) : a)
            .toArray();
        return messages.getMessage(warning.messageKey(), arguments, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
