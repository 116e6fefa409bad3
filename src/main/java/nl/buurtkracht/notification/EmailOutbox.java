package nl.buurtkracht.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mail is written to the outbox table in the transaction of what it tells, so that none is
 * lost or sent for something that was rolled back. A sender sends what waits when SMTP is
 * configured ({@code spring.mail.host}); several instances claim rows with FOR UPDATE SKIP LOCKED,
 * so that no mail goes out twice. Without SMTP the mails stay and the dev outbox page shows them.
 */
@Service
public class EmailOutbox {

    /** A mail in the outbox. */
    public record Mail(
        long id,
        String toAddress,
        String subject,
        String body,
        @Nullable String reduceUrl,
        Instant createdAt,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable String lastError
    ) {}

    private static final Logger LOG = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int BATCH = 25;
    private static final int MOST_ATTEMPTS = 8;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    EmailOutbox(
        JdbcClient jdbc,
        Clock clock,
        ObjectProvider<JavaMailSender> senders,
        @Value("${buurtkracht.notification.from:Buurtkracht <no-reply@localhost>}") String from
    ) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.senders = senders;
        this.from = from;
    }

    /** Puts a mail in the outbox, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(@Nullable Long accountId, String to, String subject, String body, @Nullable String reduceUrl) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc
            .sql(
                """
                insert into email_outbox (account_id, to_address, subject, body, reduce_url, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(accountId, to, subject, body, reduceUrl, now, now)
            .query(Long.class)
            .single();
    }

    /** Whether SMTP is configured, so that mails leave the outbox. */
    public boolean sending() {
        return senders.getIfAvailable() != null;
    }

    /**
     * Sends a batch of waiting mails; a failure is tried again later, less and less often. Returns
     * how many went out. Does nothing without SMTP.
     */
    @Transactional
    public int sendPending() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Mail> batch = jdbc
            .sql(
                """
                select id, to_address, subject, body, reduce_url, created_at, sent_at, attempts, last_error
                from email_outbox where sent_at is null and next_attempt_at <= ? and attempts < ?
                order by id limit ? for update skip locked"""
            )
            .params(Timestamp.from(now), MOST_ATTEMPTS, BATCH)
            .query(Mail.class)
            .list();
        int sent = 0;
        for (Mail mail : batch) {
            try {
                sender.send(message(sender, mail));
                jdbc
                    .sql("update email_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                    .params(Timestamp.from(now), mail.id())
                    .update();
                sent++;
            } catch (MailException | MessagingException e) {
                Duration wait = Duration.ofMinutes(1L << Math.min(mail.attempts(), 10));
                LOG.warn(
                    "mail {} not sent (attempt {}): {}",
                    mail.id(),
                    mail.attempts() + 1,
                    e.getClass().getSimpleName()
                );
                String error = String.valueOf(e.getMessage());
                jdbc
                    .sql(
                        "update email_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?"
                    )
                    .params(
                        error.substring(0, Math.min(500, error.length())),
                        Timestamp.from(now.plus(wait)),
                        mail.id()
                    )
                    .update();
            }
        }
        return sent;
    }

    /** Mails that have not gone out, newest first, for the dev outbox page. */
    public List<Mail> unsent(int most) {
        return jdbc
            .sql(
                """
                select id, to_address, subject, body, reduce_url, created_at, sent_at, attempts, last_error
                from email_outbox where sent_at is null order by id desc limit ?"""
            )
            .param(most)
            .query(Mail.class)
            .list();
    }

    private MimeMessage message(JavaMailSender sender, Mail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.toAddress());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.reduceUrl() != null) {
            // Mail programs show their own "unsubscribe" button for this; it opens our confirmation page.
            message.setHeader("List-Unsubscribe", "<" + mail.reduceUrl() + ">");
        }
        return message;
    }
}
