package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * Ria has had an idea for a while: a soup afternoon. She writes it down in a minute, and two
 * neighbours join it (one from her street, one from the next neighbourhood); she then sees who.
 */
class AResidentTurnsHerSoupIdeaIntoAnInitiativeJourneyTests extends BrowserJourney {

    @Test
    void aResidentTurnsHerIdeaForASoupAfternoonIntoAnInitiativeAndTwoNeighboursJoin() {
        String title = "Soep bij Ria " + UUID.randomUUID().toString().substring(0, 6);
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Initiatieven")).click();
        assertAccessible();
        screenshot("50-initiatives");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zelf iets beginnen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn idee delen")).click();
        assertThat(page.locator(".error-summary")).containsText("Vul een titel in.");
        assertAccessible();

        page.getByLabel("Titel").fill(title);
        page.getByLabel("Wat wilt u doen?").fill("Op zondag soep koken en samen eten in het buurthuis.");
        page.getByLabel("Voor wie (mag leeg blijven)").fill("Iedereen die graag in gezelschap eet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn idee delen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw idee staat erop");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertAccessible();
        screenshot("51-initiative-started");
        String initiative = page.url().replaceAll("^.*(/initiatives/\\d+).*$", "$1");

        joinAs(DemoData.STREET_HOST, title);
        joinAs("bewoner20@demo.buurtkracht.nl", title);

        context.clearCookies();
        logIn(DemoData.RESIDENT);
        open(initiative);
        assertThat(page.locator("main")).containsText("3 buren doen mee");
        assertThat(page.locator("#people + ul")).containsText("Henk Jansen doet mee");
        assertAccessible();
        screenshot("53-initiative-with-neighbours");
    }

    private void joinAs(String email, String title) {
        context.clearCookies();
        logIn(email);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Initiatieven")).click();
        // A neighbour from the next neighbourhood looks in Ria's: the list starts at one's own.
        page.getByLabel("Buurt").selectOption(new SelectOption().setLabel("Bloemenbuurt"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik doe mee")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Fijn dat u meedoet");
        assertAccessible();
        screenshot("52-neighbour-joined");
    }
}
