package nl.buurtkracht.notification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a stored notification into words in the reader's language. An argument "msg:KEY" is itself
 * translated (the kind of help), "date:2027-01-07" becomes "donderdag 7 januari"; a notification
 * for someone the reader acts for starts with "Voor Mien: ".
 */
@Component
public class NotificationTexts {

    static final String MESSAGE = "msg:";
    static final String DATE = "date:";

    private final MessageSource messages;
    private final Residents residents;

    NotificationTexts(MessageSource messages, Residents residents) {
        this.messages = messages;
        this.residents = residents;
    }

    public static String message(String key) {
        return MESSAGE + key;
    }

    public static String date(LocalDate day) {
        return DATE + day;
    }

    public String text(NotificationStore.Row row, Locale locale) {
        return text(row, locale, new HashMap<>());
    }

    /** As {@link #text(NotificationStore.Row, Locale)}, looking each name up once for a whole list. */
    public String text(NotificationStore.Row row, Locale locale, Map<Long, String> names) {
        return text(row.messageKey(), row.args(), row.aboutResidentId(), locale, names);
    }

    public String text(
        String key,
        List<String> args,
        @Nullable Long aboutResidentId,
        Locale locale,
        Map<Long, String> names
    ) {
        Object[] resolved = args
            .stream()
            .map(a -> argument(a, locale))
            .toArray();
        String text = messages.getMessage(key, resolved, locale);
        if (aboutResidentId == null) {
            return text;
        }
        String name = names.computeIfAbsent(aboutResidentId, id ->
            residents.find(id).map(Resident::displayName).orElse("")
        );
        return messages.getMessage("notification.for", new Object[] { name, text }, locale);
    }

    public String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String argument(String arg, Locale locale) {
        if (arg.startsWith(MESSAGE)) {
            return messages.getMessage(arg.substring(MESSAGE.length()), null, locale);
        }
        if (arg.startsWith(DATE)) {
            return LocalDate.parse(arg.substring(DATE.length())).format(
                DateTimeFormatter.ofPattern("EEEE d MMMM", locale)
            );
        }
        return arg;
    }
}
