package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RoundFixtures;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator plans the fortnightly TaartExpress for 150 addresses and 12 volunteers and prints
 * the cards: Truus opens today's round, presses "Routes plannen", sees every address on a route or
 * listed with the reason it is not, and prints one route card per volunteer.
 */
class ACoordinatorPlansTheTaartExpressAndPrintsTheCardsJourneyTests extends BrowserJourney {

    static final int RECIPIENTS = 150;
    static final int VOLUNTEERS = 12;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement management;

    CurrentUser truus;
    long roundId;
    LocalDate today;

    @BeforeEach
    void aRoundOf150AddressesAnd12Volunteers() {
        var fixtures = new RoundFixtures(jdbc, accounts, consent);
        CurrentUser ria = fixtures.people.ria();
        long neighbourhood = ria.scope().homeNeighbourhoodId();
        List<Spot> spots = new ArrayList<>();
        for (long street : jdbc
            .sql("select id from street where neighbourhood_id = ? order by id")
            .param(neighbourhood)
            .query(Long.class)
            .list()) {
            spots.addAll(fixtures.people.spotsOn(street));
        }
        today = management.today();
        truus = fixtures.people.resident("Truus", spots.getFirst(), 1958);
        long initiative = fixtures.anInitiativeOwnedBy(neighbourhood, truus.residentId());
        double[] start = fixtures.where(spots.getFirst());
        roundId = management.create(truus, RoundFixtures.round(initiative, today, start[0], start[1]), null);
        for (int i = 0; i < RECIPIENTS; i++) {
            CurrentUser recipient = fixtures.agreedRecipient("Ontvanger " + i, spots.get((i * 7 + 3) % spots.size()));
            int from = i % 5 == 0 ? 14 : 13;
            management.addRecipient(
                truus,
                roundId,
                new RecipientForm(
                    recipient.residentId(),
                    LocalTime.of(from, 0),
                    LocalTime.of(17, 0),
                    i % 5 == 0 ? "liever niet voor 14:00" : "",
                    null
                ),
                null
            );
        }
        for (int v = 0; v < VOLUNTEERS; v++) {
            CurrentUser volunteer = fixtures.people.resident(
                "Vrijwilliger " + v,
                spots.get((v * 11 + 5) % spots.size()),
                1970
            );
            management.addVolunteer(
                truus,
                roundId,
                new VolunteerForm(volunteer.residentId(), v % 3 == 0 ? "CYCLING" : "WALKING", 15),
                null
            );
            management.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
    }

    @Test
    void truusPlansTheRoutesAndPrintsACardForEachVolunteer() throws Exception {
        logIn(truus.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rondes")).first().click();
        // Other tests have their own TaartExpress in this neighbourhood: Truus picks hers.
        page.locator("a[href$='/rounds/" + roundId + "']").click();
        assertThat(page.locator("ul.times li").first()).containsText("12 vrijwilligers, 150 adressen");
        assertAccessible();
        screenshot("90-truus-sees-the-coming-taartexpress");

        page.locator("ul.times li").first().getByRole(AriaRole.LINK).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Routes plannen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("routes gepland");
        int routes = page.locator("#routes ~ article").count();
        org.assertj.core.api.Assertions.assertThat(routes).isEqualTo(VOLUNTEERS);
        int stops = page.locator("#routes ~ article ol li").count();
        int left = page.locator("#left ~ ul li.card").count();
        org.assertj.core.api.Assertions.assertThat(stops + left).as("nobody dropped silently").isEqualTo(RECIPIENTS);
        assertAccessible();
        screenshot("91-the-routes-of-the-day");

        String cards = page
            .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Routekaarten printen (PDF)"))
            .getAttribute("href");
        APIResponse pdf = context.request().get(url(cards));
        assertThat(pdf).isOK();
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (int v = 0; v < VOLUNTEERS; v++) {
                org.assertj.core.api.Assertions.assertThat(text)
                    .as("a card for each volunteer")
                    .contains("Route van Vrijwilliger " + v + ": TaartExpress");
            }
        }
        java.nio.file.Files.write(
            java.nio.file.Path.of("target", "screenshots", "92-route-cards-of-the-day.pdf"),
            pdf.body()
        );
    }
}
