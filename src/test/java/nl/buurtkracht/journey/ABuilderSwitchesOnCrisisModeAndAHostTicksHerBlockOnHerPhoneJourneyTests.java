package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.help.HelpFixtures;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A heatwave: Samira, the community builder of the Dijkbuurt, switches crisis mode on and notes it in
 * her log; Anna, street host of the first block of the Dijkstraat, sees the notice on her phone, opens
 * her list with the open ask of a neighbour first, and ticks who is OK and who needs help; a neighbour
 * sees the help-desk hours of the community centre on her page; Samira sees the blocks' progress and
 * switches off, and what was learned stays.
 */
class ABuilderSwitchesOnCrisisModeAndAHostTicksHerBlockOnHerPhoneJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ConsentLedger consent;

    @Autowired
    HelpManagement help;

    String neighbourhoodName;
    long neighbourhood;
    CurrentUser samira;
    CurrentUser anna;
    CurrentUser neighbour;
    List<String> names = List.of("Mevrouw De Wit", "Meneer Koster", "Mevrouw Smit", "Meneer Bos");

    @BeforeEach
    void theDijkbuurt() {
        var fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhoodName = "Dijkbuurt " + UUID.randomUUID().toString().substring(0, 4);
        neighbourhood = fixtures.neighbourhood(neighbourhoodName);
        Street street = fixtures.street(neighbourhood, "Dijkstraat", 12);
        List<Long> residents = fixtures.residents(street, 1940);
        fixtures.block(street, street.addressIds().subList(0, 8), residents.getFirst());
        fixtures.block(street, street.addressIds().subList(8, 12));
        anna = fixtures.account(residents.getFirst(), "Anna");
        for (int i = 0; i < names.size(); i++) {
            long id = residents.get(i + 1);
            jdbc.sql("update resident set display_name = ? where id = ?").params(names.get(i), id).update();
            consent.record(id, ConsentPurpose.NAME_VISIBLE_TO_STREET, true, null, false, ConsentMethod.ONLINE);
        }
        neighbour = fixtures.account(residents.get(2), names.get(1));
        help.ask(neighbour, HelpFixtures.ask(HelpKind.SHOPPING, help.today().plusDays(1), ""), null);
        fixtures.placeWithHelpDesk(neighbourhood, "Buurthuis De Dijk", "vragen over de hitte en hulp thuis");
        samira = fixtures.builder("Samira", neighbourhood);
    }

    @Test
    void annaTicksHerBlockAndWhatWasLearnedStays() {
        logIn(samira.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Crisismodus")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Crisismodus: " + neighbourhoodName
        );
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zet de crisismodus aan")).click();
        assertThat(page.locator("#reason-error")).hasText("Schrijf kort wat er aan de hand is.");
        assertAccessible();
        page.getByLabel("Wat is er aan de hand?").fill("Hittegolf: kijk om naar ouderen en wie alleen woont.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zet de crisismodus aan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De crisismodus staat aan");
        assertThat(page.locator("#asks + ul")).containsText("Boodschappen");
        assertThat(page.locator("#desks + ul")).containsText("Buurthuis De Dijk: vragen over de hitte en hulp thuis");
        assertThat(page.locator("aside .page-notice")).containsText("Crisis in " + neighbourhoodName);
        assertAccessible();
        screenshot("123-samira-switched-crisis-mode-on");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logboek")).click();
        page.getByLabel("Iets anders").check();
        page.getByLabel("Wat precies?").fill("Crisismodus aangezet, straatambassadeurs gebeld.");
        page.getByLabel("Hoeveel uur?").fill("1,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opschrijven")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Opgeschreven.");
        assertThat(
            page.locator("table", new Page.LocatorOptions().setHasText("Alles wat is opgeschreven"))
        ).containsText("Crisismodus aangezet");
        assertAccessible();
        screenshot("122-samira-notes-it-in-her-log");

        context.clearCookies();
        logIn(anna.email());
        Locator notice = page.locator("aside .page-notice");
        assertThat(notice).containsText("Hittegolf");
        notice
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Naar uw lijst: is iedereen OK?"))
            .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Is iedereen OK?"
        );
        assertThat(page.locator("#asks + ul")).containsText("Boodschappen");
        assertThat(page.getByText("0 van de 7 buren nagevraagd")).isVisible();
        assertAccessible();
        screenshot("124-anna-opens-her-list-on-her-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("OK: Mevrouw De Wit, 2")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hulp nodig: Meneer Koster, 3")).click();
        page
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Niet bereikt: Bewoner van nummer 6"))
            .click();
        assertThat(page.getByText("3 van de 7 buren nagevraagd")).isVisible();
        Locator koster = page.locator("li", new Page.LocatorOptions().setHasText("Meneer Koster, 3"));
        assertThat(koster).containsText("Hulp nodig, door u om");
        assertThat(
            koster.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hulp nodig: Meneer Koster, 3"))
        ).hasAttribute("aria-pressed", "true");
        assertAccessible();
        screenshot("125-anna-ticked-three-neighbours");

        context.clearCookies();
        logIn(neighbour.email());
        assertThat(page.locator("aside .page-notice")).containsText(
            "Buurthuis De Dijk: vragen over de hitte en hulp thuis, elke dinsdag van 10:00 tot 12:00"
        );
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instellingen")).click();
        assertThat(page.locator("aside .page-notice")).containsText("Hulp vragen");
        assertAccessible();
        screenshot("126-a-neighbour-sees-the-help-desk-on-every-page");

        context.clearCookies();
        logIn(samira.email());
        open("/neighbourhoods/" + neighbourhood + "/crisis");
        Locator progress = page.locator("#blocks ~ table");
        assertThat(progress).containsText("geen straatambassadeur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zet de crisismodus uit")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De crisismodus staat uit");
        assertThat(page.locator("#history + ul")).containsText(
            "7 buren op de lijsten, 3 nagevraagd, 1 had hulp nodig, 1 niet bereikt."
        );
        assertThat(page.locator("aside .page-notice")).hasCount(0);
        assertAccessible();
        screenshot("127-samira-switched-off-and-the-lessons-stay");
    }
}
