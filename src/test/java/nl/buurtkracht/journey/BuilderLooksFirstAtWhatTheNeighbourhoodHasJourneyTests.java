package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * A builder notes that a neighbour she supports would like help with the shopping, and first sees
 * the neighbours close by who offer it and the organisations of the neighbourhood, before any help
 * from outside.
 */
class BuilderLooksFirstAtWhatTheNeighbourhoodHasJourneyTests extends BrowserJourney {

    @Test
    void aBuilderSeesNeighboursWhoCanHelpBeforeHelpFromOutside() {
        logIn(DemoData.COMMUNITY_BUILDER);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buren die ik help")).click();
        page.locator("main h2 a").first().click();
        page
            .getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Kijk wat de buurt heeft voor"))
            )
            .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(
            "Wat de buurt heeft voor"
        );
        assertAccessible();

        page.getByLabel(Pattern.compile("^Waar zou .* hulp bij willen\\?$")).fill("boodschappen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kijk wat de buurt heeft")).click();

        var neighbours = page.locator("ol.cards > li");
        assertThat(neighbours.first()).containsText("meter");
        assertThat(neighbours.first()).containsText(Pattern.compile("boodschap", Pattern.CASE_INSENSITIVE));
        assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisaties in de buurt"))
        ).isVisible();
        assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Als de buurt het niet heeft: hulp van buiten")
            )
        ).isVisible();
        assertAccessible();
        screenshot("45-community-first");

        neighbours.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("main")).containsText("Wat deze buur met u deelt.");
        assertAccessible();
        screenshot("46-neighbour-profile");
    }
}
