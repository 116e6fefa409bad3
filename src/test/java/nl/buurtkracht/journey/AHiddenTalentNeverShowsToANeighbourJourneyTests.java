package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * A resident's talent hidden from the street never shows to a neighbour — not on the map, not in
 * search, not in the API — and shows in all three once she shares it with her street.
 */
class AHiddenTalentNeverShowsToANeighbourJourneyTests extends BrowserJourney {

    private static final String TALENT = "harp spelen";

    @Test
    void aTalentKeptToHerselfNeverReachesHerNeighbourUntilSheSharesIt() {
        logIn(DemoData.RESIDENT);
        saveTalentVisibleTo("Alleen ik");
        logOut();

        logIn(DemoData.STREET_HOST);
        String secret = apiKey();
        assertNeighbourSees(false, secret);
        screenshot("43-hidden-talent-not-on-the-map");
        logOut();

        logIn(DemoData.RESIDENT);
        saveTalentVisibleTo("Mijn straat");
        logOut();

        logIn(DemoData.STREET_HOST);
        assertNeighbourSees(true, secret);
        screenshot("44-shared-talent-on-the-map");
    }

    private void saveTalentVisibleTo(String audience) {
        open("/profile");
        Locator talents = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Wat ik goed kan"));
        Locator own = talents.getByLabel(TALENT, new Locator.GetByLabelOptions().setExact(true));
        if (own.count() == 0) {
            talents.getByLabel("Iets anders, in uw eigen woorden").fill(TALENT);
        }
        talents
            .getByLabel("Wie mag dit zien?")
            .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(audience));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opgeslagen");
    }

    private void assertNeighbourSees(boolean shown, String secret) {
        open("/streets/1/assets");
        Locator main = page.locator("main");
        Locator strengthChoice = page
            .getByLabel("Wat iemand kan, doet of wil")
            .locator("option", new Locator.LocatorOptions().setHasText(TALENT));
        if (shown) {
            assertThat(main).containsText(TALENT);
            assertThat(strengthChoice).hasCount(1);
        } else {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            assertThat(main).not().containsText(TALENT);
            assertThat(strengthChoice).hasCount(0);
        }
        assertAccessible();

        open("/search?q=harp");
        if (shown) {
            assertThat(main).containsText(TALENT);
        } else {
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Niets gevonden");
        }
        assertAccessible();

        for (String path : new String[] {
            "/api/v1/search?q=harp",
            "/api/v1/streets/1/assets",
            "/api/v1/residents/1/profile",
        }) {
            var response = page
                .request()
                .get(url(path), RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
            String body = response.text();
            assertThat(body.contains(TALENT))
                .as("%s (status %d) shows the talent", path, response.status())
                .isEqualTo(shown);
        }
    }

    private String apiKey() {
        open("/settings/tokens");
        page.getByLabel("Naam van de sleutel").fill("journey");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel maken")).click();
        return page.locator("p.secret code").textContent().strip();
    }

    private void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
    }
}
