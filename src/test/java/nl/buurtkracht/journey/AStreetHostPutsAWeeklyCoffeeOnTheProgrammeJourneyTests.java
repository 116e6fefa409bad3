package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityFixtures;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A street host puts a weekly coffee morning on the programme: the form says plainly what is
 * missing (an end before the start, a rhythm without a last day) and keeps what she typed; then
 * the coffee is on the programme every week, and the week programme prints for the notice board.
 */
class AStreetHostPutsAWeeklyCoffeeOnTheProgrammeJourneyTests extends BrowserJourney {

    @Autowired
    Activities activities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void henkOrganisesAWeeklyCoffeeAndPrintsTheWeek() {
        String title = ActivityFixtures.named("Koffie-uurtje");
        LocalDate first = activities.today().plusDays(2);
        logIn(DemoData.STREET_HOST);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activiteiten")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zelf iets organiseren")).click();
        assertAccessible();

        page.getByLabel("Naam van de activiteit").fill(title);
        page.getByLabel("Wat gaan we doen?").fill("Koffie en een praatje in de speeltuin.");
        page.getByLabel("Datum (de eerste keer)").fill(first.toString());
        page.getByLabel("Begint om").fill("10:00");
        page.getByLabel("Eindigt om").fill("09:00");
        page.getByLabel("Elke week").check();
        page.getByLabel("Of een andere plek").fill("Speeltuin Rozenstraat");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op het programma zetten")).click();

        assertThat(page.locator("#error-summary")).containsText("Het einde moet na het begin liggen.");
        assertThat(page.locator("#error-summary")).containsText("Tot wanneer komt het terug?");
        assertThat(page.getByLabel("Naam van de activiteit")).hasValue(title);
        assertAccessible();
        screenshot("64-host-form-says-what-is-missing");
        org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from activity where title = ?").param(title).query(Long.class).single()
        ).isZero();

        page.getByLabel("Eindigt om").fill("11:30");
        page.getByLabel("Tot en met").fill(first.plusWeeks(8).toString());
        page.getByLabel("Hoeveel mensen kunnen er komen?").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op het programma zetten")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uw activiteit staat op het programma.");
        assertThat(page.locator(".facts")).containsText("Elke week op");
        assertThat(page.locator("ul.times li")).hasCount(9);
        assertAccessible();
        screenshot("65-host-sees-her-weekly-coffee");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activiteiten")).first().click();
        assertThat(page.locator("li.time", new Page.LocatorOptions().setHasText(title))).hasCount(4);
        var pdf = page
            .request()
            .get(
                url(
                    page
                        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weekprogramma afdrukken (PDF)"))
                        .getAttribute("href")
                )
            );
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(
            new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
        ).isEqualTo("%PDF-");
    }
}
