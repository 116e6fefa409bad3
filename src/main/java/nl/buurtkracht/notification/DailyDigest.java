package nl.buurtkracht.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.notification.internal.MailTexts;
import nl.buurtkracht.notification.internal.NotificationStore;
import nl.buurtkracht.notification.internal.NotificationTexts;
import nl.buurtkracht.people.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: at 08:00 one mail per person with everything not yet mailed from the topics
 * they get by digest. Each person's digest is one transaction and is claimed for the day, so that
 * a second run (another instance, a retry) sends nothing twice.
 */
@Service
public class DailyDigest {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final NotificationStore store;
    private final NotificationTexts texts;
    private final MailTexts mails;
    private final EmailOutbox outbox;
    private final Accounts accounts;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyDigest(
        NotificationStore store,
        NotificationTexts texts,
        MailTexts mails,
        EmailOutbox outbox,
        Accounts accounts,
        Notifications notifications,
        TransactionTemplate transactions,
        Clock clock
    ) {
        this.store = store;
        this.texts = texts;
        this.mails = mails;
        this.outbox = outbox;
        this.accounts = accounts;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The digests of now; what the daily task runs. */
    public int sendDigests() {
        return sendDigests(clock.instant());
    }

    /** Puts the digest of the day of {@code now} in the outbox for everyone with something waiting; returns how many. */
    public int sendDigests(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZONE);
        int made = 0;
        for (long accountId : store.waitingForDigest(now)) {
            Boolean sent = transactions.execute(status -> digest(accountId, day, now));
            if (Boolean.TRUE.equals(sent)) {
                made++;
            }
        }
        return made;
    }

    private boolean digest(long accountId, LocalDate day, Instant now) {
        var contact = accounts.contact(accountId);
        if (contact.isEmpty() || !store.claimDigest(accountId, day)) {
            return false;
        }
        var rows = store.lockForDigest(accountId, now);
        Map<NotificationTopic, DeliveryLevel> levels = notifications.levels(accountId);
        List<MailTexts.Item> items = new ArrayList<>();
        List<Long> mailed = new ArrayList<>();
        List<Long> inAppOnly = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (var row : rows) {
            DeliveryLevel level = levels.get(row.topic());
            if (level == DeliveryLevel.IN_APP_ONLY || level == DeliveryLevel.OFF) {
                // Chosen since: no mail about it after all.
                inAppOnly.add(row.id());
            } else {
                items.add(new MailTexts.Item(row.topic(), texts.text(row, contact.get().locale(), names), row.link()));
                mailed.add(row.id());
            }
        }
        store.keepInApp(inAppOnly);
        if (items.isEmpty()) {
            return false;
        }
        var mail = mails.digest(contact.get(), items);
        outbox.queue(accountId, contact.get().email(), mail.subject(), mail.body(), mail.reduceUrl());
        store.markEmailed(mailed, now);
        return true;
    }
}
