package nl.buurtkracht.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.notification.NotificationTopic;
import nl.buurtkracht.people.AccountContact;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words of a mail, in the recipient's language, written when the mail is made: a greeting,
 * what happened with a link to it, and at the foot one link for fewer mails of this kind and one to
 * all choices.
 */
@Component
public class MailTexts {

    /** A mail ready for the outbox. */
    public record Composed(String subject, String body, @Nullable String reduceUrl) {}

    /** One line of a digest. */
    public record Item(NotificationTopic topic, String text, String link) {}

    private final NotificationTexts texts;
    private final ReduceTokens tokens;
    private final String publicUrl;

    MailTexts(NotificationTexts texts, ReduceTokens tokens, @Value("${buurtkracht.public-url}") String publicUrl) {
        this.texts = texts;
        this.tokens = tokens;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public String reduceUrl(long accountId, NotificationTopic topic) {
        return publicUrl + "/notifications/reduce?token=" + tokens.sign(accountId, topic);
    }

    public Composed instant(AccountContact to, NotificationTopic topic, String text, String link) {
        var locale = to.locale();
        String reduce = reduceUrl(to.accountId(), topic);
        String body =
            texts.get("notification.mail.greeting", locale, to.displayName()) +
            "\n\n" +
            text +
            "\n\n" +
            texts.get("notification.mail.look", locale) +
            "\n" +
            publicUrl +
            link +
            "\n\n-- \n" +
            texts.get("notification.mail.why", locale, texts.get(topic.labelKey(), locale)) +
            "\n" +
            texts.get("notification.mail.fewer", locale) +
            "\n" +
            reduce +
            "\n" +
            texts.get("notification.mail.settings", locale) +
            "\n" +
            publicUrl +
            "/notifications/settings\n";
        return new Composed(subject(text), body, reduce);
    }

    public Composed digest(AccountContact to, List<Item> items) {
        var locale = to.locale();
        Map<NotificationTopic, List<Item>> byTopic = new LinkedHashMap<>();
        items.forEach(i -> byTopic.computeIfAbsent(i.topic(), t -> new java.util.ArrayList<>()).add(i));
        var body = new StringBuilder();
        body.append(texts.get("notification.mail.greeting", locale, to.displayName())).append("\n\n");
        body.append(texts.get("notification.digest.lead", locale, items.size())).append("\n");
        byTopic.forEach((topic, list) -> {
            body.append("\n== ").append(texts.get(topic.labelKey(), locale)).append(" ==\n\n");
            list.forEach(i ->
                body.append("* ").append(i.text()).append("\n  ").append(publicUrl).append(i.link()).append("\n")
            );
            body
                .append("\n")
                .append(texts.get("notification.digest.fewer", locale))
                .append("\n")
                .append(reduceUrl(to.accountId(), topic))
                .append("\n");
        });
        body
            .append("\n-- \n")
            .append(texts.get("notification.digest.why", locale))
            .append("\n")
            .append(texts.get("notification.mail.settings", locale))
            .append("\n")
            .append(publicUrl)
            .append("/notifications/settings\n");
        String reduce = byTopic.size() == 1 ? reduceUrl(to.accountId(), byTopic.keySet().iterator().next()) : null;
        return new Composed(texts.get("notification.digest.subject", locale, items.size()), body.toString(), reduce);
    }

    private static String subject(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
