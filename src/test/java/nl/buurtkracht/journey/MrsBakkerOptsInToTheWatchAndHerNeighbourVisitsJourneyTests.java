package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.fabric.WatchChecks;
import nl.buurtkracht.fabric.WatchClock;
import nl.buurtkracht.fabric.WatchClockConfiguration;
import nl.buurtkracht.fabric.WatchFixtures;
import nl.buurtkracht.fabric.WatchFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mrs. Bakker opts in to the watch; after ten quiet days her neighbour gets a nudge, visits, and the
 * watch resets. She turns it on from her settings, picking ten days and her neighbour Ahmed; ten days
 * pass in which nobody the platform knows of sees her; the morning check asks Ahmed, gently and
 * privately; he says he will drop by, does, and says he saw her; her own page shows the count started
 * again from that day.
 */
@Import(WatchClockConfiguration.class)
class MrsBakkerOptsInToTheWatchAndHerNeighbourVisitsJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    WatchChecks checks;

    @Autowired
    WatchClock clock;

    WatchFixtures fixtures;
    CurrentUser bakker;
    CurrentUser ahmed;

    @BeforeEach
    void herStreet() {
        clock.reset();
        fixtures = new WatchFixtures(jdbc, accounts, consent);
        Street street = fixtures.aStreet();
        bakker = fixtures.neighbour("Mevrouw Bakker", street, 1);
        ahmed = fixtures.neighbour("Ahmed", street, 2);
        fixtures.neighbour("Els", street, 3);
        fixtures.host("Henk", street, 10);
    }

    @Test
    void ahmedIsAskedAfterTenQuietDaysVisitsHerAndTheWatchStartsAgain() {
        logIn(bakker.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instellingen")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een oogje in het zeil")).click();
        assertThat(page.locator("#status")).containsText("Het oogje in het zeil staat nog niet aan.");
        assertAccessible();
        screenshot("110-mrs-bakker-finds-the-watch-in-her-settings");

        page.getByLabel("10 dagen").check();
        page.getByLabel("Ahmed", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanzetten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Opgeslagen. Het oogje in het zeil staat aan.");
        assertThat(page.locator("#status")).containsText("Na 10 dagen zonder contact vragen we het aan:");
        assertThat(page.locator("#status li")).hasText("Ahmed");
        assertAccessible();
        screenshot("111-the-watch-is-on-with-ahmed-in-her-circle");

        // Ten days in which nobody the platform knows of sees her; the morning check runs.
        clock.later(10);
        checks.checkAll();
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() ->
                fixtures
                    .watchMessages(ahmed.accountId())
                    .stream()
                    .anyMatch(m -> m.startsWith("notification.watch.nudge.circle"))
            );

        context.clearCookies();
        logIn(ahmed.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten (2)")).click();
        Locator nudge = page.locator(
            "li.message",
            new Page.LocatorOptions().setHasText("Heeft u Mevrouw Bakker de laatste tijd gezien?")
        );
        assertThat(nudge).containsText("Laat het ons even weten.");
        assertThat(page.locator("li.message").last()).containsText(
            "Mevrouw Bakker vraagt of u een oogje in het zeil wilt houden."
        );
        assertAccessible();
        screenshot("112-ahmed-gets-a-gentle-private-nudge");

        nudge.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bekijken")).click();
        assertThat(page.locator("h1")).hasText("Heeft u Mevrouw Bakker de laatste tijd gezien?");
        // He sees whom it is about and nothing of her settings.
        assertThat(page.locator("main")).not().containsText("10 dagen");
        assertAccessible();
        screenshot("113-ahmed-is-asked-whether-he-has-seen-her");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nee, ik ga even langs")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Fijn dat u even langsgaat.");
        assertThat(page.locator(".lead")).hasText("U zei dat u even bij Mevrouw Bakker langs zou gaan. Is het gelukt?");
        assertAccessible();
        screenshot("114-ahmed-says-he-will-drop-by");

        page
            .getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Ja, ik heb Mevrouw Bakker gezien of gesproken")
            )
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
            "Dank u wel! Fijn dat het goed gaat met Mevrouw Bakker. We beginnen weer opnieuw te tellen."
        );
        assertThat(page.locator("#answer")).hasCount(0);
        assertAccessible();
        screenshot("115-ahmed-saw-her-and-the-count-starts-again");

        context.clearCookies();
        logIn(bakker.email());
        open("/watch");
        String today = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl")).format(
            clock.today()
        );
        assertThat(page.locator("#status")).containsText("Laatste contact dat wij kennen: " + today + ".");
        assertThat(page.locator("#status")).not().containsText("We hebben gevraagd");
        assertThat(page.locator("#status .standing-banner")).hasText("Het oogje in het zeil staat aan.");
        assertAccessible();
        screenshot("116-mrs-bakker-sees-her-watch-started-again");
    }
}
