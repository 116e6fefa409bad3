package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RoundFixtures;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A volunteer ticks her stops on a phone and notes that Mrs. Jansen would like help with her garden,
 * which reaches the builder because Mrs. Jansen agreed: Anouk opens her route, notes after the visit
 * how Mrs. Jansen was and what she wished, marks that someone should look into it, and ticks that the
 * next neighbour was not at home; Samira, the builder, finds the wish among the signals.
 */
class AVolunteerTicksHerStopsAndAWishReachesTheBuilderJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement management;

    CurrentUser anouk;
    String jansen;
    long roundId;
    LocalDate today;

    @BeforeEach
    void anouksRouteOfToday() {
        var fixtures = new RoundFixtures(jdbc, accounts, consent);
        List<Spot> street = fixtures.people.spotsOn(fixtures.people.ria().scope().homeStreetId());
        today = management.today();
        CurrentUser coordinator = fixtures.people.resident("Truus", street.get(24), 1958);
        long initiative = fixtures.anInitiativeOwnedBy(street.get(24).neighbourhoodId(), coordinator.residentId());
        double[] start = fixtures.where(street.get(24));
        roundId = management.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
        jansen = "Mevrouw Jansen " + Long.toHexString(System.nanoTime()).substring(9);
        CurrentUser mrsJansen = fixtures.agreedRecipient(jansen, street.get(25));
        consent.record(
            mrsJansen.residentId(),
            ConsentPurpose.VISIT_NOTES_SHARED_WITH_BUILDER,
            true,
            mrsJansen.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        CurrentUser deVries = fixtures.agreedRecipient("Meneer De Vries", street.get(26));
        for (CurrentUser r : List.of(mrsJansen, deVries)) {
            management.addRecipient(
                coordinator,
                roundId,
                new RecipientForm(r.residentId(), LocalTime.of(0, 0), LocalTime.of(23, 59), "bel twee keer aan", null),
                null
            );
        }
        anouk = fixtures.people.resident("Anouk", street.get(27), 1992);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(anouk.residentId(), "WALKING", 10), null);
        management.signUp(anouk, roundId, today, new SignupForm(LocalTime.of(0, 0), LocalTime.of(23, 59)));
        management.plan(coordinator, roundId, today);
    }

    @Test
    void anouksNoteAboutTheGardenReachesSamira() {
        logIn(anouk.email());
        open("/rounds/" + roundId + "/days/" + today + "/mine");
        Locator stop = page.locator("li.card", new Page.LocatorOptions().setHasText(jansen));
        assertThat(stop).containsText("bel twee keer aan");
        assertAccessible();
        screenshot("93-anouk-sees-her-route-on-her-phone");

        stop.getByLabel("Goed", new Locator.GetByLabelOptions().setExact(true)).check();
        stop
            .getByLabel("Zei hij of zij iets wat hij of zij graag wil of nodig heeft? (mag leeg)")
            .fill("Zou graag hulp willen met haar tuin");
        stop.getByLabel("Hier moet iemand naar kijken").check();
        stop.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Geweest bij " + jansen)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Genoteerd");
        assertThat(page.locator("li.card", new Page.LocatorOptions().setHasText(jansen)).locator(".tag")).hasText(
            "Geweest"
        );
        page
            .locator("li.card", new Page.LocatorOptions().setHasText("Meneer De Vries"))
            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet thuis: Meneer De Vries"))
            .click();
        assertThat(
            page.locator("li.card", new Page.LocatorOptions().setHasText("Meneer De Vries")).locator(".tag")
        ).hasText("Niet gelukt");
        assertAccessible();
        screenshot("94-anouk-ticked-both-stops");

        context.clearCookies();
        logIn(DemoData.COMMUNITY_BUILDER);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rondes")).first().click();
        Locator signal = page.locator("#signals ~ ul li.card", new Page.LocatorOptions().setHasText(jansen));
        assertThat(signal).containsText("Zei: Zou graag hulp willen met haar tuin");
        assertAccessible();
        screenshot("95-samira-sees-the-wish-about-the-garden");
    }
}
