package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.demo.DemoData;
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
 * A street host asks on behalf of a neighbour without email, who then gets a weekly coffee: Mien
 * rang Henk; Henk places her ask, noting that she said yes to it on the phone, and lets Buurtkracht
 * invite the best neighbours; Fatma, who offers coffee in the street, sees she was asked and says
 * yes, and Mien has a weekly coffee.
 */
class AStreetHostAsksForANeighbourWithoutEmailWhoGetsAWeeklyCoffeeJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    HelpManagement management;

    String mien;
    CurrentUser fatma;
    LocalDate day;

    @BeforeEach
    void mienHasNoEmailAndFatmaOffersCoffee() {
        var fixtures = new HelpFixtures(jdbc, accounts);
        CurrentUser henk = fixtures.login(DemoData.STREET_HOST);
        var street = fixtures.spotsOn(henk.scope().hostedStreetIds().iterator().next());
        mien = "Mien " + Long.toHexString(System.nanoTime()).substring(8);
        long mienId = fixtures.assisted(mien, street.get(10), 1934);
        jdbc
            .sql("insert into representation (representative_account_id, resident_id) values (?, ?)")
            .params(henk.accountId(), mienId)
            .update();
        fatma = fixtures.resident("Fatma " + Long.toHexString(System.nanoTime()).substring(8), street.get(11), 1979);
        management.offer(
            fatma,
            new OfferForm(HelpKind.COFFEE.name(), "Bij mij staat de koffie altijd klaar.", List.of(), "STREET"),
            null
        );
        day = management.today().plusDays(3);
    }

    @Test
    void henkAsksForMienAndFatmaSaysYes() {
        logIn(DemoData.STREET_HOST);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hulp en gezelschap")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vragen voor een buur")).click();
        page
            .getByLabel("Voor wie is het?")
            .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(mien));
        page.getByLabel("Samen koffie drinken").check();
        page
            .getByLabel("Vertel er iets over (mag kort)")
            .fill("Mien is sinds kort alleen en zou graag wekelijks koffie drinken.");
        page.getByLabel("Dag", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        page.getByLabel("Hoe laat").fill("10:30");
        page.getByLabel("Elke week").check();
        page.getByLabel("Mijn straat").check();
        page.getByLabel("Telefonisch").count();
        page.getByLabel("Hoe kwam de vraag binnen?").selectOption("PHONE");

        // Without noting Mien's consent, nothing is asked.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag plaatsen")).click();
        assertThat(page.locator(".error-summary")).containsText(
            "heeft nog niet laten weten dat u voor hem of haar mag vragen"
        );
        assertAccessible();
        screenshot("84-henk-must-note-mien-said-yes");

        page.getByLabel("Mondeling gezegd").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag plaatsen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw vraag staat klaar");
        var candidate = page.locator("#helpers li.card", new Page.LocatorOptions().setHasText(fatma.displayName()));
        assertThat(candidate).containsText("Woont in hetzelfde blok");
        assertAccessible();
        screenshot("85-henk-sees-who-could-have-coffee-with-mien");
        page
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nodig de beste drie voor mij uit"))
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uitgenodigd");
        assertThat(candidate).containsText("Uitgenodigd");
        String ask = page.url().replaceAll("\\?.*$", "");

        context.clearCookies();
        logIn(fatma.email());
        open("/help");
        var invitation = page.locator(
            "#open-near ~ ul li.card",
            new Page.LocatorOptions().setHasText("U bent gevraagd")
        );
        assertThat(invitation.first()).containsText("Samen koffie drinken");
        assertAccessible();
        screenshot("86-fatma-sees-she-was-asked");
        page.navigate(ask);
        assertThat(page.locator(".lead")).containsText("wekelijks koffie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik help graag")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dank u wel");
        assertThat(page.locator("h1")).hasText("Samen koffie drinken met " + mien);
        assertThat(page.locator("ul.times li")).hasCount(8);
        assertAccessible();
        screenshot("87-mien-has-a-weekly-coffee-with-fatma");
    }
}
