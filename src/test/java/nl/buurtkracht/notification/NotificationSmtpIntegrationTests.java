package nl.buurtkracht.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelperInvited;
import nl.buurtkracht.notification.NotificationFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail through a real SMTP server (GreenMail): with {@code spring.mail.host} set, the outbox sender
 * that db-scheduler runs delivers an urgent notification at once, with a "fewer mails" link that
 * works; the daily digest gathers several notifications into one mail. The context is closed after
 * the class, so that its jobs stop with the mail server.
 */
@SpringBootTest(
    properties = {
        "spring.mail.host=localhost",
        "buurtkracht.notification.jobs.enabled=true",
        "buurtkracht.notification.outbox-interval=PT1S",
    }
)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationSmtpIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
        ServerSetupTest.SMTP.dynamicPort()
    ).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    Notifications notifications;

    @Autowired
    DailyDigest digest;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    NotificationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new NotificationFixtures(jdbc);
    }

    private List<MimeMessage> mailsTo(Person person) {
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

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return (String) message.getContent();
    }

    @Test
    void anUrgentInvitationArrivesBySmtpAtOnceAndItsLinkGivesFewer() throws Exception {
        Person helper = fixtures.aResidentWithAnAccount("Henk", "nl");
        transactions.executeWithoutResult(status ->
            events.publishEvent(
                new HelperInvited(901, helper.residentId(), helper.residentId(), HelpKind.SHOPPING, true)
            )
        );

        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> mailsTo(helper).size() == 1);
        MimeMessage mail = mailsTo(helper).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Een buurtgenoot zou graag uw hulp hebben: boodschappen.");
        String body = text(mail);
        assertThat(body)
            .contains("Beste " + helper.name())
            .contains("/help/asks/901")
            .contains("Minder mails? Klik hier:");
        Matcher link = Pattern.compile("http://localhost:8080(/notifications/reduce\\?token=(\\S+))").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains(link.group(1));
        // Sent once: the outbox row is marked and not sent again.
        assertThat(fixtures.mailsTo(helper))
            .singleElement()
            .satisfies(m -> assertThat(m.sentAt()).isNotNull());

        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        mvc
            .perform(post("/notifications/reduce").param("token", link.group(2)).with(csrf()))
            .andExpect(status().isOk());
        assertThat(notifications.level(helper.accountId(), NotificationTopic.HELP_INVITATIONS)).isEqualTo(
            DeliveryLevel.IN_APP_ONLY
        );
    }

    @Test
    void theDailyDigestGathersSeveralIntoOneMail() throws Exception {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        for (var kind : List.of("CHAT", "WALK", "COFFEE")) {
            notifications.notify(
                ria.residentId(),
                NotificationTopic.HELP_INVITATIONS,
                false,
                "notification.help.invited",
                List.of("msg:notification.kind." + kind),
                "/help/asks/1"
            );
        }
        Thread.sleep(1500);
        assertThat(mailsTo(ria)).isEmpty();

        digest.sendDigests(Instant.now());

        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> !mailsTo(ria).isEmpty());
        Thread.sleep(1500);
        assertThat(mailsTo(ria)).hasSize(1);
        MimeMessage mail = mailsTo(ria).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Uw berichten uit de buurt");
        assertThat(text(mail))
            .contains("een praatje")
            .contains("een wandeling")
            .contains("een kop koffie")
            .contains("Minder van dit soort berichten? Klik hier:");
    }
}
