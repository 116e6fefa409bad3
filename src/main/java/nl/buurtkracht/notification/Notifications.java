package nl.buurtkracht.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtkracht.notification.internal.MailTexts;
import nl.buurtkracht.notification.internal.NotificationStore;
import nl.buurtkracht.notification.internal.NotificationStore.Delivery;
import nl.buurtkracht.notification.internal.NotificationTexts;
import nl.buurtkracht.notification.internal.ReduceTokens;
import nl.buurtkracht.people.AccountContact;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.system.Inbox;
import nl.buurtkracht.system.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what concerns them, in the app and by mail as they chose per topic, and lets them
 * read, mark and turn down what they get. A resident without an account is told through those who
 * act for them ("Voor Mien: ..."). A person only ever sees and changes their own notifications.
 */
@Service
public class Notifications implements Inbox {

    /** How many notifications the list shows. */
    public static final int LIST_SIZE = 100;

    private final NotificationStore store;
    private final NotificationTexts texts;
    private final MailTexts mails;
    private final ReduceTokens tokens;
    private final EmailOutbox outbox;
    private final Accounts accounts;
    private final Clock clock;

    Notifications(
        NotificationStore store,
        NotificationTexts texts,
        MailTexts mails,
        ReduceTokens tokens,
        EmailOutbox outbox,
        Accounts accounts,
        Clock clock
    ) {
        this.store = store;
        this.texts = texts;
        this.mails = mails;
        this.tokens = tokens;
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Tells a resident, or if they have no account everyone who acts for them. {@code args} may hold
     * "msg:KEY" (translated for each reader) and "date:ISO" (a day in words). Urgent news is mailed
     * at once unless the reader chose the app only; other news as the reader chose, by default in
     * the daily digest.
     */
    @Transactional
    public void notify(
        long residentId,
        NotificationTopic topic,
        boolean urgent,
        String messageKey,
        List<String> args,
        String link
    ) {
        Optional<AccountContact> own = accounts.contactOfResident(residentId);
        if (own.isPresent()) {
            deliver(own.get(), null, topic, urgent, messageKey, args, link);
        } else {
            accounts
                .representativesOf(residentId)
                .forEach(r -> deliver(r, residentId, topic, urgent, messageKey, args, link));
        }
    }

    /**
     * Tells one account directly, as {@link #notify} does a resident: for a community builder, who
     * has no home address in the platform.
     */
    @Transactional
    public void notifyAccount(
        long accountId,
        NotificationTopic topic,
        boolean urgent,
        String messageKey,
        List<String> args,
        String link
    ) {
        accounts.contact(accountId).ifPresent(to -> deliver(to, null, topic, urgent, messageKey, args, link));
    }

    private void deliver(
        AccountContact to,
        @Nullable Long about,
        NotificationTopic topic,
        boolean urgent,
        String messageKey,
        List<String> args,
        String link
    ) {
        DeliveryLevel level = level(to.accountId(), topic);
        Delivery delivery = switch (level) {
            case OFF -> null;
            case INSTANT -> Delivery.INSTANT;
            case DAILY_DIGEST -> urgent ? Delivery.INSTANT : Delivery.DIGEST;
            case IN_APP_ONLY -> Delivery.NONE;
        };
        if (delivery == null) {
            return;
        }
        store.insert(to.accountId(), about, topic, urgent, messageKey, args, link, delivery, clock.instant());
        if (delivery == Delivery.INSTANT) {
            String text = texts.text(messageKey, args, about, to.locale(), new HashMap<>());
            var mail = mails.instant(to, topic, text, link);
            outbox.queue(to.accountId(), to.email(), mail.subject(), mail.body(), mail.reduceUrl());
        }
    }

    /** The account's latest notifications, newest first, in the reader's language. */
    public List<NotificationView> latest(long accountId, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        return store
            .latest(accountId, LIST_SIZE)
            .stream()
            .map(r ->
                new NotificationView(
                    r.id(),
                    r.topic(),
                    texts.text(r, locale, names),
                    r.link(),
                    r.urgent(),
                    r.createdAt(),
                    r.readAt() != null
                )
            )
            .toList();
    }

    @Override
    public long unread(long accountId) {
        return store.unread(accountId);
    }

    /** Marks one of the account's own notifications read; someone else's is "not found". */
    @Transactional
    public void markRead(long accountId, long notificationId) {
        if (!store.markRead(accountId, notificationId, clock.instant())) {
            throw new NotFound("notification " + notificationId);
        }
    }

    @Transactional
    public int markAllRead(long accountId) {
        return store.markAllRead(accountId, clock.instant());
    }

    public DeliveryLevel level(long accountId, NotificationTopic topic) {
        return store.levels(accountId).getOrDefault(topic, DeliveryLevel.DEFAULT);
    }

    /** Every topic with the account's choice, in the order of the topics. */
    public Map<NotificationTopic, DeliveryLevel> levels(long accountId) {
        Map<NotificationTopic, DeliveryLevel> chosen = store.levels(accountId);
        Map<NotificationTopic, DeliveryLevel> all = new EnumMap<>(NotificationTopic.class);
        for (NotificationTopic topic : NotificationTopic.values()) {
            all.put(topic, chosen.getOrDefault(topic, DeliveryLevel.DEFAULT));
        }
        return all;
    }

    @Transactional
    public void choose(long accountId, Map<NotificationTopic, DeliveryLevel> levels) {
        levels.forEach((topic, level) -> store.setLevel(accountId, topic, level));
    }

    /** One step less of a topic ("fewer of these"); returns the new level. */
    @Transactional
    public DeliveryLevel fewer(long accountId, NotificationTopic topic) {
        DeliveryLevel lower = level(accountId, topic).lower();
        store.setLevel(accountId, topic, lower);
        return lower;
    }

    /** What a mail's "fewer of these" link would lower, if its token is genuine. */
    public Optional<ReduceTokens.Reduction> reduction(@Nullable String token) {
        return tokens.verify(token);
    }
}
