package nl.buurtkracht.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.activity.ActivitySeatGiven;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.help.ArrangementLapsed;
import nl.buurtkracht.help.ArrangementMet;
import nl.buurtkracht.help.AskMatched;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelperInvited;
import nl.buurtkracht.notification.NotificationFixtures.Person;
import nl.buurtkracht.round.RoundSignalRaised;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications on PostgreSQL: what each event of the help, activity and round modules tells whom, how
 * the chosen level decides between a mail now, the digest and the app only, the daily digest, the
 * signed "fewer mails" link, the outbox without SMTP, and that nobody sees another's messages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    DailyDigest digest;

    @Autowired
    EmailOutbox outbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MockMvc mvc;

    NotificationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new NotificationFixtures(jdbc);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<NotificationView> waitFor(Person person, int count) {
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> notifications.latest(person.accountId(), Locale.forLanguageTag("nl")).size() >= count);
        return notifications.latest(person.accountId(), Locale.forLanguageTag("nl"));
    }

    @Test
    void anInvitationWaitsForTheDigestUnlessItIsUrgent() {
        Person helper = fixtures.aResidentWithAnAccount("Henk", "nl");
        Person asker = fixtures.aResidentWithAnAccount("Mien", "nl");

        publish(new HelperInvited(701, asker.residentId(), helper.residentId(), HelpKind.SHOPPING, false));
        var first = waitFor(helper, 1);
        assertThat(first.getFirst().text()).isEqualTo("Een buurtgenoot zou graag uw hulp hebben: boodschappen.");
        assertThat(first.getFirst().link()).isEqualTo("/help/asks/701");
        assertThat(first.getFirst().topic()).isEqualTo(NotificationTopic.HELP_INVITATIONS);
        assertThat(fixtures.mailsTo(helper)).isEmpty();
        assertThat(fixtures.deliveries(helper)).containsExactly("DIGEST");

        publish(new HelperInvited(702, asker.residentId(), helper.residentId(), HelpKind.LIFT, true));
        waitFor(helper, 2);
        var mails = fixtures.mailsTo(helper);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Een buurtgenoot zou graag uw hulp hebben: een lift.");
        assertThat(mails.getFirst().body())
            .startsWith("Beste " + helper.name() + ",")
            .contains("http://localhost:8080/help/asks/702")
            .contains("Minder mails? Klik hier:")
            .contains(mails.getFirst().reduceUrl())
            .contains("http://localhost:8080/notifications/settings");
        assertThat(mails.getFirst().reduceUrl()).startsWith("http://localhost:8080/notifications/reduce?token=");
    }

    @Test
    void aMatchOfAnAskWithoutHurryShowsInTheAppAtOnceAndWaitsForTheDigestByMail() {
        Person asker = fixtures.aResidentWithAnAccount("Bep", "nl");
        Person helper = fixtures.aResidentWithAnAccount("Joop", "nl");

        publish(new AskMatched(802, asker.residentId(), helper.residentId(), 1, HelpKind.WALK, false, null));

        assertThat(waitFor(asker, 1).getFirst().link()).isEqualTo("/help/asks/802");
        assertThat(waitFor(helper, 1)).hasSize(1);
        assertThat(fixtures.mailsTo(asker)).isEmpty();
        assertThat(fixtures.mailsTo(helper)).isEmpty();
    }

    @Test
    void bothHearAtOnceWhenAHelperIsFoundForAnUrgentAskAndAnAssistedAskerHearsThroughHerHost() {
        Person host = fixtures.aResidentWithAnAccount("Henk", "nl");
        long mien = fixtures.anAssistedResident("Mien", host);
        Person helper = fixtures.aResidentWithAnAccount("Ahmed", "en");

        publish(new AskMatched(801, mien, helper.residentId(), 1, HelpKind.COFFEE, true, 55L));

        var forHost = waitFor(host, 1);
        assertThat(forHost.getFirst().text()).isEqualTo(
            "Voor " + fixtures.nameOf(mien) + ": Goed nieuws: " + helper.name() + " wil u helpen (een kop koffie)."
        );
        assertThat(forHost.getFirst().link()).isEqualTo("/help/arrangements/55");
        var forHelper = waitFor(helper, 1);
        assertThat(forHelper.getFirst().text()).startsWith("Fijn dat u helpt! U helpt " + fixtures.nameOf(mien));
        assertThat(notifications.latest(helper.accountId(), Locale.ENGLISH).getFirst().text()).isEqualTo(
            "Thank you for helping! You are helping " + fixtures.nameOf(mien) + " (a cup of coffee)."
        );
        // Urgent: mailed at once even with the default digest, each in their own language.
        assertThat(fixtures.mailsTo(host)).hasSize(1);
        assertThat(fixtures.mailsTo(helper))
            .singleElement()
            .satisfies(m -> {
                assertThat(m.body()).startsWith("Dear " + helper.name() + ",").contains("Fewer emails? Click here:");
                assertThat(m.subject()).startsWith("Thank you for helping!");
            });
    }

    @Test
    void aFirstMeetingAsksBothHowItWasAndALapseTellsTheHosts() {
        Person asker = fixtures.aResidentWithAnAccount("Ria", "nl");
        Person helper = fixtures.aResidentWithAnAccount("Sem", "nl");
        Person host = fixtures.aResidentWithAnAccount("Henk", "nl");

        publish(
            new ArrangementMet(
                91,
                LocalDate.of(2027, 1, 7),
                asker.residentId(),
                helper.residentId(),
                HelpKind.WALK,
                false
            )
        );
        publish(
            new ArrangementMet(
                91,
                LocalDate.of(2027, 1, 7),
                asker.residentId(),
                helper.residentId(),
                HelpKind.WALK,
                true
            )
        );
        publish(
            new ArrangementLapsed(
                91,
                asker.residentId(),
                helper.residentId(),
                ArrangementLapsed.Reason.TWO_MISSED_IN_A_ROW,
                List.of(host.residentId())
            )
        );

        assertThat(waitFor(asker, 1))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.text()).isEqualTo(
                    "Hoe was het met " + helper.name() + " (een wandeling)? Vertel het ons als u wilt."
                );
                assertThat(n.link()).isEqualTo("/help/arrangements/91#how-was-it");
            });
        assertThat(waitFor(helper, 1)).hasSize(1);
        assertThat(waitFor(host, 1))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.text()).contains("lijkt gestopt").contains(asker.name());
                assertThat(n.topic()).isEqualTo(NotificationTopic.STREET_HOST_SIGNALS);
            });
        assertThat(fixtures.mailsTo(asker)).isEmpty();
        assertThat(fixtures.mailsTo(host)).isEmpty();
    }

    @Test
    void aSignalFromARoundTellsTheBuilderOrTheHostThatANeighbourCouldUseAttentionWithoutNameOrNote() {
        Person builder = fixtures.aResidentWithAnAccount("Samira", "en");
        Person host = fixtures.aResidentWithAnAccount("Henk", "nl");
        Person jansen = fixtures.aResidentWithAnAccount("Jansen", "nl");
        notifications.choose(host.accountId(), Map.of(NotificationTopic.ROUND_SIGNALS, DeliveryLevel.INSTANT));

        publish(new RoundSignalRaised(31, jansen.residentId(), true, 1, 1, List.of(builder.accountId()), List.of()));
        publish(new RoundSignalRaised(32, jansen.residentId(), false, 1, 1, List.of(), List.of(host.residentId())));

        assertThat(waitFor(builder, 1))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.topic()).isEqualTo(NotificationTopic.ROUND_SIGNALS);
                assertThat(n.link()).isEqualTo("/rounds#signals");
            });
        assertThat(notifications.latest(builder.accountId(), Locale.ENGLISH).getFirst().text()).isEqualTo(
            "A neighbour who is visited by a round could use some attention. Have a look at the signals."
        );
        assertThat(waitFor(host, 1))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.text()).isEqualTo(
                    "Een buur die bezocht wordt door een ronde kan wat aandacht gebruiken. Kijk bij de signalen."
                );
                assertThat(n.text()).doesNotContain(jansen.name());
            });
        // The builder waits for the digest; the host chose mail at once, and it carries no name either.
        assertThat(fixtures.mailsTo(builder)).isEmpty();
        assertThat(fixtures.mailsTo(host))
            .singleElement()
            .satisfies(m -> {
                assertThat(m.body()).contains("http://localhost:8080/rounds#signals").doesNotContain(jansen.name());
                assertThat(m.subject()).doesNotContain(jansen.name());
            });
        assertThat(fixtures.mailsTo(jansen)).isEmpty();
        assertThat(notifications.latest(jansen.accountId(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aSeatThatCameFreeIsMailedAtOnce() {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        long activity = jdbc.sql("select min(id) from activity").query(Long.class).single();
        String title = jdbc.sql("select title from activity where id = ?").param(activity).query(String.class).single();

        publish(new ActivitySeatGiven(activity, LocalDate.of(2027, 1, 7), ria.residentId()));

        assertThat(waitFor(ria, 1))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.text()).isEqualTo(
                    "Er is een plaats vrijgekomen voor u bij " + title + " op donderdag 7 januari."
                );
                assertThat(n.link()).isEqualTo("/activities/" + activity);
            });
        assertThat(fixtures.mailsTo(ria)).hasSize(1);
    }

    @Test
    void theChosenLevelDecidesBetweenMailAppAndNothing() {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        notifications.choose(
            ria.accountId(),
            Map.of(
                NotificationTopic.ACTIVITY_SEATS,
                DeliveryLevel.IN_APP_ONLY,
                NotificationTopic.HELP_INVITATIONS,
                DeliveryLevel.OFF
            )
        );
        notifications.notify(
            ria.residentId(),
            NotificationTopic.ACTIVITY_SEATS,
            true,
            "notification.activity.seat",
            List.of("Bingo", "date:2027-01-07"),
            "/activities/1"
        );
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            true,
            "notification.help.invited",
            List.of("msg:notification.kind.GARDEN"),
            "/help/asks/1"
        );
        assertThat(fixtures.deliveries(ria)).containsExactly("NONE");
        assertThat(fixtures.mailsTo(ria)).isEmpty();

        notifications.choose(ria.accountId(), Map.of(NotificationTopic.HELP_INVITATIONS, DeliveryLevel.INSTANT));
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.GARDEN"),
            "/help/asks/1"
        );
        assertThat(fixtures.mailsTo(ria))
            .singleElement()
            .satisfies(m -> assertThat(m.subject()).contains("tuinhulp"));
    }

    @Test
    void theDigestGathersEverythingWaitingIntoOneMailADay() {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.CHAT"),
            "/help/asks/11"
        );
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.GARDEN"),
            "/help/asks/12"
        );
        notifications.notify(
            ria.residentId(),
            NotificationTopic.ARRANGEMENT_FOLLOW_UP,
            false,
            "notification.arrangement.how-was-it",
            List.of("Sem", "msg:notification.kind.WALK"),
            "/help/arrangements/3#how-was-it"
        );
        assertThat(fixtures.mailsTo(ria)).isEmpty();

        Instant eight = Instant.now().plusSeconds(1);
        assertThat(digest.sendDigests(eight)).isPositive();

        var mails = fixtures.mailsTo(ria);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Uw berichten uit de buurt");
        assertThat(mails.getFirst().body())
            .contains("Een buurtgenoot zou graag uw hulp hebben: een praatje.")
            .contains("Een buurtgenoot zou graag uw hulp hebben: tuinhulp.")
            .contains("Hoe was het met Sem (een wandeling)?")
            .contains("== Vragen om uw hulp ==")
            .contains("Minder van dit soort berichten? Klik hier:")
            .contains("/notifications/reduce?token=")
            .contains("/notifications/settings");

        // A second run the same day, and a later notification, make no second mail that day.
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.LIFT"),
            "/help/asks/13"
        );
        digest.sendDigests(eight.plusSeconds(60));
        assertThat(fixtures.mailsTo(ria)).hasSize(1);
        // The next day it comes.
        digest.sendDigests(eight.plus(Duration.ofDays(1)));
        assertThat(fixtures.mailsTo(ria)).hasSize(2);
        assertThat(fixtures.mailsTo(ria).get(1).body()).contains("een lift").doesNotContain("tuinhulp");
    }

    @Test
    void theSignedLinkLowersTheTopicOneStepWithoutSigningIn() throws Exception {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        notifications.notify(
            ria.residentId(),
            NotificationTopic.ACTIVITY_SEATS,
            true,
            "notification.activity.seat",
            List.of("Bingo", "date:2027-01-07"),
            "/activities/1"
        );
        String url = fixtures.mailsTo(ria).getFirst().reduceUrl();
        String path = url.substring("http://localhost:8080".length());
        String token = path.substring(path.indexOf("token=") + "token=".length());

        mvc
            .perform(get(path))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Ja, minder berichten")));
        // Opening the link (as mail scanners do) changes nothing.
        assertThat(notifications.level(ria.accountId(), NotificationTopic.ACTIVITY_SEATS)).isEqualTo(
            DeliveryLevel.DAILY_DIGEST
        );

        mvc.perform(post("/notifications/reduce").param("token", token).with(csrf())).andExpect(status().isOk());
        assertThat(notifications.level(ria.accountId(), NotificationTopic.ACTIVITY_SEATS)).isEqualTo(
            DeliveryLevel.IN_APP_ONLY
        );

        // A token changed to another account or topic is refused and lowers nothing.
        String other = token.replaceFirst("^\\d+", String.valueOf(ria.accountId() + 1));
        mvc
            .perform(post("/notifications/reduce").param("token", other).with(csrf()))
            .andExpect(status().isBadRequest());
        String otherTopic = token.replace("ACTIVITY_SEATS", "HELP_MATCHES");
        mvc.perform(get("/notifications/reduce").param("token", otherTopic)).andExpect(status().isBadRequest());
        assertThat(notifications.level(ria.accountId(), NotificationTopic.HELP_MATCHES)).isEqualTo(
            DeliveryLevel.DAILY_DIGEST
        );
    }

    @Test
    void fewerOfTheseLowersOneStepAtATimeDownToNothing() {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        assertThat(notifications.fewer(ria.accountId(), NotificationTopic.HELP_MATCHES)).isEqualTo(
            DeliveryLevel.IN_APP_ONLY
        );
        assertThat(notifications.fewer(ria.accountId(), NotificationTopic.HELP_MATCHES)).isEqualTo(DeliveryLevel.OFF);
        assertThat(notifications.fewer(ria.accountId(), NotificationTopic.HELP_MATCHES)).isEqualTo(DeliveryLevel.OFF);
        assertThat(notifications.levels(ria.accountId())).containsEntry(
            NotificationTopic.HELP_INVITATIONS,
            DeliveryLevel.DAILY_DIGEST
        );
    }

    @Test
    void withoutSmtpMailsStayInTheOutboxAndShowOnTheDevPage() throws Exception {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        notifications.notify(
            ria.residentId(),
            NotificationTopic.ACTIVITY_SEATS,
            true,
            "notification.activity.seat",
            List.of("Koersbal", "date:2027-01-07"),
            "/activities/1"
        );

        assertThat(outbox.sending()).isFalse();
        assertThat(outbox.sendPending()).isZero();
        assertThat(fixtures.mailsTo(ria))
            .singleElement()
            .satisfies(m -> assertThat(m.sentAt()).isNull());

        CurrentUser admin = accounts.findByLogin(DemoData.ADMINISTRATOR).orElseThrow();
        mvc
            .perform(get("/dev/outbox").with(user(admin)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(ria.email())))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Koersbal")));
        CurrentUser resident = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        mvc.perform(get("/dev/outbox").with(user(resident))).andExpect(status().isForbidden());
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotification() throws Exception {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        Person kees = fixtures.aResidentWithAnAccount("Kees", "nl");
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_MATCHES,
            false,
            "notification.help.matched.asker",
            List.of("Sem", "msg:notification.kind.LIFT"),
            "/help/asks/5"
        );
        long id = notifications.latest(ria.accountId(), Locale.ROOT).getFirst().id();

        assertThatThrownBy(() -> notifications.markRead(kees.accountId(), id)).isInstanceOf(NotFound.class);
        CurrentUser keesUser = accounts.findById(kees.accountId()).orElseThrow();
        mvc
            .perform(post("/api/v1/notifications/" + id + "/read").with(user(keesUser)))
            .andExpect(status().isNotFound());
        mvc
            .perform(get("/api/v1/notifications").with(user(keesUser)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(0));
        assertThat(notifications.unread(ria.accountId())).isEqualTo(1);

        CurrentUser riaUser = accounts.findById(ria.accountId()).orElseThrow();
        mvc
            .perform(get("/api/v1/notifications").with(user(riaUser)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].id").value(id))
            .andExpect(jsonPath("$[0].read").value(false))
            .andExpect(jsonPath("$[0].topic").value("HELP_MATCHES"));
        mvc
            .perform(post("/api/v1/notifications/" + id + "/read").with(user(riaUser)))
            .andExpect(status().isNoContent());
        assertThat(notifications.unread(ria.accountId())).isZero();
    }

    @Test
    void thePagesShowTheListTheCountAndTheChoices() throws Exception {
        Person ria = fixtures.aResidentWithAnAccount("Ria", "nl");
        notifications.notify(
            ria.residentId(),
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.PAPERWORK"),
            "/help/asks/8"
        );
        CurrentUser riaUser = accounts.findById(ria.accountId()).orElseThrow();

        mvc
            .perform(get("/notifications").with(user(riaUser)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Berichten (1)")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("hulp met papieren")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Minder van dit soort berichten")));
        mvc
            .perform(post("/notifications/fewer").param("topic", "HELP_INVITATIONS").with(user(riaUser)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(notifications.level(ria.accountId(), NotificationTopic.HELP_INVITATIONS)).isEqualTo(
            DeliveryLevel.IN_APP_ONLY
        );

        mvc
            .perform(post("/notifications/settings").param("ACTIVITY_SEATS", "LOUDER").with(user(riaUser)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Kies een van de mogelijkheden.")));
        mvc
            .perform(
                post("/notifications/settings").param("ACTIVITY_SEATS", "INSTANT").with(user(riaUser)).with(csrf())
            )
            .andExpect(status().is3xxRedirection());
        assertThat(notifications.level(ria.accountId(), NotificationTopic.ACTIVITY_SEATS)).isEqualTo(
            DeliveryLevel.INSTANT
        );

        mvc
            .perform(post("/notifications/read-all").with(user(riaUser)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(notifications.unread(ria.accountId())).isZero();
    }

    @Test
    void everyTopicLevelAndKindHasDutchAndEnglishWords() {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            for (NotificationTopic topic : NotificationTopic.values()) {
                assertThat(messages.getMessage(topic.labelKey(), null, locale)).isNotBlank();
                assertThat(messages.getMessage(topic.labelKey() + ".hint", null, locale)).isNotBlank();
            }
            for (DeliveryLevel level : DeliveryLevel.values()) {
                assertThat(messages.getMessage(level.labelKey(), null, locale)).isNotBlank();
            }
            for (HelpKind kind : HelpKind.values()) {
                assertThat(messages.getMessage("notification.kind." + kind.name(), null, locale)).isNotBlank();
            }
        }
    }
}
