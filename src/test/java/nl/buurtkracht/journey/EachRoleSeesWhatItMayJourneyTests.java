package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The community builder finds her neighbourhoods and their streets; the municipality's analyst
 * sees counts without names; a resident of another neighbourhood is kindly refused a street.
 */
class EachRoleSeesWhatItMayJourneyTests extends BrowserJourney {

    @Test
    void theCommunityBuilderGoesFromHerNeighbourhoodsToAStreet() {
        logIn(DemoData.COMMUNITY_BUILDER);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Buurten in Lindeveld"
        );
        assertAccessible();
        screenshot("20-builder-neighbourhoods");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bloemenbuurt")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Rozenstraat");
        assertAccessible();
        screenshot("21-builder-neighbourhood");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rozenstraat")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rozenstraat");
        assertThat(page.locator(".neighbours")).containsText("Henk Jansen");
        assertAccessible();
    }

    @Test
    void theAnalystSeesCountsButNoStreetPages() {
        logIn(DemoData.ANALYST);
        // The analyst lands on the reports; the neighbourhoods' counts are one link away.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buurten").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bloemenbuurt")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Rozenstraat");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rozenstraat"))).hasCount(0);
        assertAccessible();
        screenshot("22-analyst-neighbourhood");
    }

    @Test
    void aResidentOfAnotherNeighbourhoodIsToldWhyAStreetIsClosed() {
        logIn(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Merelstraat");
        open("/streets/1");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("buiten uw buurt");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn straat"))).isVisible();
        assertAccessible();
        screenshot("23-street-outside-neighbourhood");
    }

    @Test
    void aResidentSeesWhatHerStreetAlreadyHas() {
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat deze straat al heeft")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Wat Rozenstraat al heeft"
        );
        assertThat(page.locator("main")).containsText("Henk Jansen");
        assertAccessible();
        screenshot("24-street-assets");
    }
}
