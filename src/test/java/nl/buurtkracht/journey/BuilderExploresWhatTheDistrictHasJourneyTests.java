package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * A builder looks at what her neighbourhood already has on the map, narrows it to neighbours of
 * 67 to 80, and steps up to the district and down to a street.
 */
class BuilderExploresWhatTheDistrictHasJourneyTests extends BrowserJourney {

    @Test
    void aBuilderSeesTheAssetMapNarrowsItAndWalksUpAndDown() {
        logIn(DemoData.COMMUNITY_BUILDER);
        open("/neighbourhoods/1");
        page
            .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat deze buurt al heeft (lijst en kaart)"))
            .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Wat Bloemenbuurt al heeft"
        );
        // The map draws the neighbourhood's outline and a circle per street, on a plain background.
        assertThat(page.locator("#asset-map path.leaflet-interactive").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Per straat"))).isVisible();
        assertAccessible();
        screenshot("40-neighbourhood-asset-map");
        page
            .locator("#asset-map")
            .screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "40-map.png")));

        page.getByLabel("Leeftijd").selectOption("AGE_67_79");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")).click();
        assertThat(page).hasURL(Pattern.compile("age=AGE_67_79"));
        assertThat(page.getByLabel("Leeftijd")).hasValue("AGE_67_79");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alles weer tonen"))).isVisible();
        assertAccessible();
        screenshot("41-neighbourhood-assets-67-79");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de hele wijk")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Per buurt"))).isVisible();
        assertThat(page.locator("ul.parts > li")).hasCount(3);
        assertAccessible();
        screenshot("42-district-asset-map");
        page
            .locator("#asset-map")
            .screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "42-map.png")));

        page
            .locator("ul.parts")
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bloemenbuurt"))
            .click();
        page.locator("ul.parts").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Per blok"))).isVisible();
        assertAccessible();
    }

    @Test
    void aFilterThatCannotBeReadIsNamedAndTheRestStillShows() {
        logIn(DemoData.COMMUNITY_BUILDER);
        open("/neighbourhoods/1/assets?age=NINETY&strength=" + "x".repeat(81));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies een leeftijd uit de lijst.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("hoogstens 80 tekens");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Per straat"))).isVisible();
        assertAccessible();
    }
}
