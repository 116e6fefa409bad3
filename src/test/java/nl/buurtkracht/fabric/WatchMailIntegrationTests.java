package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.fabric.WatchFixtures.Street;
import nl.buurtkracht.notification.DailyDigest;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The watch by mail through a real SMTP server (GreenMail), as the outbox sender delivers it: the
 * circle's nudge comes in the morning digest, a neighbour's worry reaches the street host at once.
 * The context is closed after the class, so that its jobs stop with the mail server.
 */
@SpringBootTest(
    properties = {
        "spring.mail.host=localhost",
        "buurtkracht.notification.jobs.enabled=true",
        "buurtkracht.notification.outbox-interval=PT1S",
    }
)
@Import(WatchClockConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WatchMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
        ServerSetupTest.SMTP.dynamicPort()
    ).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    Watches watches;

    @Autowired
    WatchChecks checks;

    @Autowired
    WatchNudges nudges;

    @Autowired
    DailyDigest digest;

    @Autowired
    WatchClock clock;

    private List<MimeMessage> mailsTo(CurrentUser person) {
        return Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> {
                try {
                    Address[] to = m.getAllRecipients();
                    return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(person.email()));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            })
            .toList();
    }

    @Test
    void theNudgeComesInTheMorningDigestAndAWorryReachesTheHostAtOnce() throws Exception {
        clock.reset();
        WatchFixtures fixtures = new WatchFixtures(jdbc, accounts, consent);
        Street street = fixtures.aStreet();
        CurrentUser bakker = fixtures.neighbour("Mevrouw Bakker", street, 1);
        CurrentUser ahmed = fixtures.neighbour("Ahmed", street, 2);
        CurrentUser els = fixtures.neighbour("Els", street, 3);
        CurrentUser host = fixtures.host("Henk", street, 10);
        long watchId = watches.save(
            bakker,
            null,
            new WatchForm(10, List.of(ahmed.residentId(), els.residentId()), false, null)
        );

        clock.later(10);
        checks.checkAll();
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> fixtures.watchMessages(ahmed.accountId()).size() == 2);
        digest.sendDigests();
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> !mailsTo(ahmed).isEmpty());
        MimeMessage morning = mailsTo(ahmed).getFirst();
        assertThat(morning.getSubject()).isEqualTo("Uw berichten uit de buurt");
        assertThat((String) morning.getContent())
            .contains("Heeft u Mevrouw Bakker de laatste tijd gezien? Laat het ons even weten.")
            .contains("/watch/nudges/" + watchId);

        nudges.answer(els, watchId, WatchAnswer.WORRIED);
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> !mailsTo(host).isEmpty());
        MimeMessage worry = mailsTo(host).getFirst();
        assertThat(worry.getSubject()).isEqualTo("Els maakt zich zorgen over Mevrouw Bakker. Wilt u contact opnemen?");
        assertThat((String) worry.getContent()).contains("Beste Henk").contains("/watch/nudges/" + watchId);
    }
}
