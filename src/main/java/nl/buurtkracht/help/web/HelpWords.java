package nl.buurtkracht.help.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.buurtkracht.help.AskView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Days, times and rhythms of help in words, as the pages show them: "dinsdag 8 december, 10:00". */
@Component
class HelpWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    HelpWords(MessageSource messages) {
        this.messages = messages;
    }

    String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day);
    }

    String when(LocalDate day, @Nullable LocalTime start, Locale locale) {
        return start == null ? day(day, locale) : day(day, locale) + ", " + TIME.format(start);
    }

    /** When an ask is, with its rhythm: "dinsdag 8 december, 10:00 · elke week, 12 keer". */
    String when(AskView ask, Locale locale) {
        String when = when(ask.day(), ask.start(), locale);
        String rhythm = rhythm(ask.rrule(), locale);
        return rhythm == null ? when : when + " · " + rhythm;
    }

    @Nullable
    String rhythm(@Nullable String rule, Locale locale) {
        if (rule == null) {
            return null;
        }
        Rhythm.Words words = Rhythm.words(rule);
        if (words == null) {
            return rule;
        }
        return messages.getMessage(words.key(), new Object[] { words.times() }, locale);
    }
}
