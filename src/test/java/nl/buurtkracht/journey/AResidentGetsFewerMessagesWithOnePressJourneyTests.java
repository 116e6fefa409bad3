package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.notification.DeliveryLevel;
import nl.buurtkracht.notification.NotificationTopic;
import nl.buurtkracht.notification.Notifications;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident gets fewer messages with one press: Ria sees in the header that she has new messages,
 * opens them, finds a request for help she would rather not hear about by mail, presses "Minder van
 * dit soort berichten", and then chooses on the settings page an email at once when a seat comes free.
 */
class AResidentGetsFewerMessagesWithOnePressJourneyTests extends BrowserJourney {

    @Autowired
    Notifications notifications;

    @Autowired
    AccountDirectory accounts;

    CurrentUser ria;

    @BeforeEach
    void twoMessagesForRia() {
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        defaults();
        notifications.markAllRead(ria.accountId());
        long resident = java.util.Objects.requireNonNull(ria.residentId());
        notifications.notify(
            resident,
            NotificationTopic.ACTIVITY_SEATS,
            true,
            "notification.activity.seat",
            List.of("Bingo", "date:2027-01-07"),
            "/activities"
        );
        notifications.notify(
            resident,
            NotificationTopic.HELP_INVITATIONS,
            false,
            "notification.help.invited",
            List.of("msg:notification.kind.GARDEN"),
            "/my-street"
        );
    }

    @AfterEach
    void defaults() {
        Map<NotificationTopic, DeliveryLevel> defaults = new EnumMap<>(NotificationTopic.class);
        for (NotificationTopic topic : NotificationTopic.values()) {
            defaults.put(topic, DeliveryLevel.DEFAULT);
        }
        notifications.choose(ria.accountId(), defaults);
    }

    @Test
    void riaTurnsDownMailAboutGardenHelpAndAsksForSeatsAtOnce() {
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten (2)")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Berichten"))).isVisible();
        var garden = page.locator("li.message", new Page.LocatorOptions().setHasText("tuinhulp"));
        assertThat(garden.locator(".badge")).hasText("Nieuw");
        assertAccessible();
        screenshot("70-ria-has-two-new-messages");

        garden
            .getByRole(
                AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(
                    "Minder berichten over: Vragen om uw hulp"
                )
            )
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
            "U krijgt nu minder berichten over: Vragen om uw hulp. Nu is het: Alleen hier in Buurtkracht, geen e-mail."
        );
        assertAccessible();
        screenshot("71-fewer-messages-about-help-requests");
        assertThat(notifications.level(ria.accountId(), NotificationTopic.HELP_INVITATIONS)).isEqualTo(
            DeliveryLevel.IN_APP_ONLY
        );

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alles gelezen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alle berichten staan op gelezen.");
        assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten").setExact(true))
        ).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kies welke berichten u krijgt")).click();
        assertThat(page.locator("#HELP_INVITATIONS-IN_APP_ONLY")).isChecked();
        page.locator("#ACTIVITY_SEATS-INSTANT").check();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uw keuzes zijn opgeslagen.");
        assertThat(page.locator("#ACTIVITY_SEATS-INSTANT")).isChecked();
        assertAccessible();
        screenshot("72-ria-chose-a-mail-at-once-for-seats");
        assertThat(notifications.level(ria.accountId(), NotificationTopic.ACTIVITY_SEATS)).isEqualTo(
            DeliveryLevel.INSTANT
        );
    }
}
