package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A street host registers a neighbour who has no email: records how the neighbour agreed, and
 * from then on acts on her behalf. Henk hosts Rozenstraat nrs 1–25 (postcode 1000 AA).
 */
class StreetHostRegistersNeighbourJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStreetHostRegistersANeighbourWithoutEmail() {
        logIn(DemoData.STREET_HOST);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rozenstraat");
        assertAccessible();
        screenshot("10-host-street");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buren die ik help")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een buur aanmelden")).click();

        // First without her agreement: the form says what is missing and writes nothing.
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Dina Vermeer");
        page.getByLabel("Postcode").fill("1000 aa");
        page.getByLabel("Huisnummer").fill("14");
        page.getByLabel("Telefoonnummer (mag leeg blijven)").fill("030-1234567");
        page.getByLabel("Mondeling: mijn buur zei het tegen mij").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buur aanmelden")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(countResidentsNamed("Dina Vermeer")).isZero();
        assertAccessible();
        screenshot("11-host-register-missing-agreement");

        page.getByLabel("Mijn buur is het ermee eens dat ik hem/haar aanmeld en dingen voor hem/haar regel.").check();
        page.getByLabel("Mijn buur vindt het goed dat de straat zijn/haar naam ziet.").check();
        page.getByLabel("Mondeling: mijn buur zei het tegen mij").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buur aanmelden")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gelukt! Dina Vermeer is aangemeld");
        assertThat(page.locator("main")).containsText("mondeling");
        assertThat(countResidentsNamed("Dina Vermeer")).isEqualTo(1);
        assertAccessible();
        screenshot("12-host-neighbour-registered");

        // Her street now shows her name, because she agreed to that.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn straat")).click();
        assertThat(page.locator(".neighbours")).containsText("Dina Vermeer");
        assertAccessible();
    }

    private int countResidentsNamed(String name) {
        return jdbc
            .sql("select count(*) from resident where display_name = ? and assisted")
            .param(name)
            .query(Integer.class)
            .single();
    }
}
