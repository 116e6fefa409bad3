package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.buurtkracht.help.HelpFixtures;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two helpers tap "Ik help graag" at the same moment: both have the ask open on their phones and
 * press at once; exactly one has it, and the other is thanked kindly and shown where else a hand
 * is welcome.
 */
class TwoHelpersTapAcceptAtTheSameMomentJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    HelpManagement management;

    CurrentUser anna;
    CurrentUser bas;
    long askId;

    @BeforeEach
    void aNeighbourAsksForShopping() {
        var fixtures = new HelpFixtures(jdbc, accounts);
        var street = fixtures.spotsOn(fixtures.ria().scope().homeStreetId());
        CurrentUser asker = fixtures.resident("Corrie", street.get(12), 1940);
        anna = fixtures.resident("Anna", street.get(13), 1990);
        bas = fixtures.resident("Bas", street.get(14), 1987);
        askId = management.ask(asker, HelpFixtures.ask(HelpKind.SHOPPING, management.today().plusDays(2), ""), null);
        management.ask(asker, HelpFixtures.ask(HelpKind.GARDEN, management.today().plusDays(5), ""), null);
    }

    @Test
    void exactlyOneHasTheAskAndTheOtherIsThankedAndShownOtherAsks() {
        logIn(anna.email());
        open("/help/asks/" + askId);
        BrowserContext other = page
            .context()
            .browser()
            .newContext(new Browser.NewContextOptions().setViewportSize(414, 860).setLocale("nl-NL"));
        try {
            Page second = other.newPage();
            second.navigate(url("/login"));
            second.getByLabel("E-mailadres").fill(bas.email());
            second.getByLabel("Wachtwoord").fill(nl.buurtkracht.demo.DemoData.DEMO_PASSWORD);
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            second.navigate(url("/help/asks/" + askId));
            assertAccessible();
            screenshot("88-anna-is-about-to-help");

            // Both forms are sent before either answer comes back.
            String submit = "document.querySelector('form[action$=\"/claim\"]').requestSubmit()";
            page.evaluate(submit);
            second.evaluate(submit);
            page.waitForLoadState();
            second.waitForLoadState();
            page.locator("h1").waitFor();
            second.locator("h1").waitFor();

            List<Page> pages = List.of(page, second);
            List<Page> won = pages
                .stream()
                .filter(p -> p.locator("h1").textContent().equals("Boodschappen"))
                .toList();
            List<Page> lost = pages
                .stream()
                .filter(p -> p.locator("h1").textContent().equals("Iemand was u net voor"))
                .toList();
            org.assertj.core.api.Assertions.assertThat(won).hasSize(1);
            org.assertj.core.api.Assertions.assertThat(lost).hasSize(1);
            assertThat(won.getFirst().getByRole(AriaRole.STATUS)).containsText("U helpt nu");
            assertThat(lost.getFirst().getByRole(AriaRole.STATUS)).containsText("Een andere buur was u net voor");
            assertThat(lost.getFirst().locator("ul.cards li")).containsText(new String[] { "Hulp in de tuin" });
            page = lost.getFirst();
            assertAccessible();
            screenshot("89-the-other-helper-is-thanked-and-sees-other-asks");
        } finally {
            other.close();
        }
    }
}
