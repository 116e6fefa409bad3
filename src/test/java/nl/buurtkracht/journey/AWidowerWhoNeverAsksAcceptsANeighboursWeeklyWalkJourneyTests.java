package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.buurtkracht.help.HelpFixtures;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.help.OfferForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A widower who never asks accepts a neighbour's offer of a weekly walk: Wim sees on the help page
 * that Joop from his street walks on Tuesday mornings, says "Ik wil graag…" for every week, and has a
 * regular arrangement; after the first walk he taps "we met" and is asked, privately, how it was.
 */
class AWidowerWhoNeverAsksAcceptsANeighboursWeeklyWalkJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    HelpManagement management;

    CurrentUser wim;
    String joop;
    LocalDate tuesday;

    @BeforeEach
    void joopWalksOnTuesdayMornings() {
        var fixtures = new HelpFixtures(jdbc, accounts);
        var street = fixtures.spotsOn(fixtures.ria().scope().homeStreetId());
        joop = "Joop " + Long.toHexString(System.nanoTime()).substring(8);
        CurrentUser walker = fixtures.resident(joop, street.get(8), 1958);
        wim = fixtures.resident("Wim", street.get(9), 1939);
        management.offer(
            walker,
            new OfferForm(
                HelpKind.WALK.name(),
                "Ik loop elke dinsdagochtend een rondje door het park. Loop gerust mee!",
                List.of("TUESDAY-MORNING"),
                "STREET"
            ),
            null
        );
        tuesday = management.today().plusDays(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    @Test
    void wimSaysYesToAWeeklyWalkAndTellsHowTheFirstOneWas() {
        logIn(wim.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hulp en gezelschap")).first().click();
        var offer = page.locator("#offers-for-me ~ ul li.card", new Page.LocatorOptions().setHasText(joop));
        assertThat(offer).containsText("Samen wandelen");
        assertAccessible();
        screenshot("80-wim-sees-what-neighbours-offer");

        offer.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Samen wandelen met " + joop);
        page.getByLabel("Eerste keer").fill(tuesday.toString());
        page.getByLabel("Hoe laat").fill("10:00");
        page.getByLabel("Elke week").check();
        page.getByLabel("Hoeveel keer?").fill("8");
        page.getByLabel("Een woordje erbij (mag leeg)").fill("Graag, ik kom niet zo vaak meer buiten.");
        assertAccessible();
        screenshot("81-wim-says-yes-to-the-walk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, graag")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Afgesproken");
        assertThat(page.locator("ul.times li")).hasCount(8);
        assertAccessible();
        screenshot("82-the-weekly-walk-is-arranged");

        // A week later: the first walk was yesterday.
        String arrangement = page.url().replaceAll("\\?.*$", "");
        long id = Long.parseLong(arrangement.substring(arrangement.lastIndexOf('/') + 1));
        jdbc
            .sql(
                "update help_arrangement_time set starts_at = now() - interval '1 day' where arrangement_id = ? and day = ?"
            )
            .params(id, tuesday)
            .update();
        page.navigate(arrangement);
        page
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("We hebben elkaar gezien").setExact(false))
            .first()
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Genoteerd");
        assertThat(page.locator("#how-was-it")).hasText("Hoe was het?");
        page.getByLabel("Fijn, graag vaker").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dit blijft tussen u en Buurtkracht");
        assertThat(page.getByLabel("Fijn, graag vaker")).isChecked();
        assertAccessible();
        screenshot("83-wim-tells-how-the-first-walk-was");
    }
}
