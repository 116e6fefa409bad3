package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.HelpFixtures.Spot;
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
 * A coordinator sets up a round in the browser: Truus makes the TaartExpress for her initiative,
 * puts Mrs. De Wit on the list (she said yes on the phone), adds Bert as a volunteer who cycles from
 * home, Joke says she bakes twenty pieces, Truus plans the day, moves one stop to be Bert's first,
 * and prints the cards.
 */
class ACoordinatorSetsUpARoundInTheBrowserJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement management;

    RoundFixtures fixtures;
    List<Spot> spots;
    LocalDate today;
    CurrentUser truus;
    CurrentUser deWit;
    CurrentUser bert;
    CurrentUser ans;
    CurrentUser joke;
    List<CurrentUser> onThePaperList;

    @BeforeEach
    void aNeighbourhoodWithAnInitiativeAndNoRoundYet() {
        fixtures = new RoundFixtures(jdbc, accounts, consent);
        CurrentUser ria = fixtures.people.ria();
        spots = new ArrayList<>(fixtures.people.spotsOn(ria.scope().homeStreetId()));
        today = management.today();
        truus = fixtures.people.resident("Truus", spots.get(1), 1951);
        fixtures.anInitiativeOwnedBy(ria.scope().homeNeighbourhoodId(), truus.residentId());
        deWit = shown("Mevrouw De Wit", spots.get(20), 1937);
        bert = shown("Bert", spots.get(22), 1968);
        ans = fixtures.people.resident("Ans", spots.get(3), 1972);
        joke = fixtures.people.resident("Joke", spots.get(24), 1949);
        onThePaperList = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            onThePaperList.add(fixtures.agreedRecipient("Buur " + (char) ('A' + i), spots.get(5 + 2 * i)));
        }
    }

    /** A resident who shows her name to the street, so that Truus finds her by address. */
    private CurrentUser shown(String name, Spot spot, int birthYear) {
        CurrentUser r = fixtures.people.resident(name, spot, birthYear);
        consent.record(
            r.residentId(),
            ConsentPurpose.NAME_VISIBLE_TO_STREET,
            true,
            r.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        return r;
    }

    @Test
    void truusSetsUpTheTaartExpressPlansTheDayMovesAStopAndPrintsTheCards() throws Exception {
        logIn(truus.email());
        open("/rounds");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een nieuwe ronde")).click();

        // The new round: every other Thursday afternoon, starting at the bakery's address.
        String[] bakery = fixtures.postcodeAndNumber(spots.get(0));
        page.getByLabel("Naam van de ronde").fill("TaartExpress");
        page.getByLabel("Wat staat er op het kaartje?").fill("Een stukje taart van uw buren. Tot over twee weken!");
        page.getByLabel("Eerste dag").fill(today.toString());
        page.getByLabel("Om de week").check();
        page.getByLabel("Hoeveel keer?").fill("13");
        page.getByLabel("Postcode", new Page.GetByLabelOptions().setExact(true)).fill(bakery[0]);
        page.getByLabel("Huisnummer", new Page.GetByLabelOptions().setExact(true)).fill(bakery[1]);
        page.getByLabel("Naam van die plek (mag leeg)").fill("Bakkerij De Linde");
        assertAccessible();
        screenshot("96-truus-makes-a-new-round");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde maken")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De ronde staat klaar");
        String roundPath = page.url().substring(page.url().indexOf("/rounds/")).replaceAll("\\?.*$", "");
        long roundId = Long.parseLong(roundPath.substring("/rounds/".length()));
        assertAccessible();
        screenshot("97-the-round-is-ready");

        // Mrs. De Wit said yes on the phone: Truus finds her by address and notes how she agreed.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie bezocht wordt")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een buur toevoegen")).click();
        String[] deWitAddress = fixtures.postcodeAndNumber(spots.get(20));
        page.getByLabel("Postcode", new Page.GetByLabelOptions().setExact(true)).fill(deWitAddress[0]);
        page.getByLabel("Huisnummer", new Page.GetByLabelOptions().setExact(true)).fill(deWitAddress[1]);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.getByLabel("Mevrouw De Wit").check();
        page.getByLabel("Vanaf").fill("14:00");
        page.getByLabel("Tot", new Page.GetByLabelOptions().setExact(true)).fill("16:00");
        page.getByLabel("Goed om te weten (mag leeg)").fill("Bel twee keer aan, ze hoort slecht");
        page.getByLabel("Ja, dat zei de buur tegen mij").check();
        assertAccessible();
        screenshot("98-mrs-de-wit-said-yes-on-the-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Toegevoegd");
        assertThat(page.locator("ul.cards")).containsText("Mevrouw De Wit");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(
            consent
                .history(deWit.residentId())
                .stream()
                .filter(c -> c.purpose() == ConsentPurpose.VISITED_BY_ROUND)
                .map(c -> c.method())
                .toList()
        ).containsExactly(ConsentMethod.VERBAL);
        // The neighbours from the paper list were already on it.
        for (CurrentUser r : onThePaperList) {
            management.addRecipient(truus, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }

        // Bert cycles from home and ends at the bakery.
        open(roundPath);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vrijwilligers")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een vrijwilliger toevoegen")).click();
        String[] bertAddress = fixtures.postcodeAndNumber(spots.get(22));
        page.getByLabel("Postcode", new Page.GetByLabelOptions().setExact(true)).fill(bertAddress[0]);
        page.getByLabel("Huisnummer", new Page.GetByLabelOptions().setExact(true)).fill(bertAddress[1]);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.getByLabel("Bert", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Op de fiets").check();
        page.getByLabel("Hoeveel adressen hoogstens?").fill("10");
        page.locator("#endPoint-ROUND_START").check();
        assertAccessible();
        screenshot("99-bert-cycles-from-home");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(page.locator("ul.cards")).containsText("Bert");
        assertThat(page.locator("ul.cards")).containsText("Eindigt: bij het beginpunt van de ronde");
        assertAccessible();
        // Ans walks along too; both say yes for today.
        management.addVolunteer(truus, roundId, new VolunteerForm(ans.residentId(), "WALKING", 10), null);
        for (CurrentUser v : List.of(bert, ans)) {
            management.signUp(v, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        logOut();

        // Joke bakes twenty pieces of apple pie for today.
        logIn(joke.email());
        open(roundPath);
        Locator firstDay = page.locator("ul.times li.time").first();
        firstDay.locator("summary").click();
        firstDay.getByLabel("Hoeveel stukken?").fill("20");
        firstDay.getByLabel("Wat bakt u? (mag leeg)").fill("appeltaart");
        firstDay.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ik bak mee voor")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dank u wel!");
        assertThat(page.locator("ul.times li.time").first()).containsText("U bakt 20 stukken.");
        assertAccessible();
        screenshot("100-joke-bakes-twenty-pieces");
        logOut();

        // Truus plans today: she sees what is baked against the addresses, and every address placed.
        logIn(truus.email());
        open(roundPath + "/days/" + today);
        assertThat(page.locator("#bakers ~ p").first()).containsText("20 stukken van 1 bakker, voor 7 adressen.");
        assertThat(page.locator("#bakers ~ ul").first()).containsText("Joke: 20 stukken (appeltaart)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Routes plannen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("routes gepland");
        int placed = page.locator("#routes ~ article ol li").count() + page.locator("#left ~ ul li.card").count();
        org.assertj.core.api.Assertions.assertThat(placed).as("nobody dropped silently").isEqualTo(7);
        assertAccessible();
        screenshot("101-the-day-is-planned");

        // One of Ans' stops becomes Bert's first (or the other way round if Ans has none).
        boolean ansHasStops = page.locator("#route-" + ans.residentId() + " li").count() > 0;
        CurrentUser from = ansHasStops ? ans : bert;
        CurrentUser to = ansHasStops ? bert : ans;
        Locator stop = page.locator("#route-" + from.residentId() + " li").last();
        String moved = stop.locator("span").first().textContent().replaceAll("^\\d\\d:\\d\\d ", "").split(",")[0];
        stop.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verplaats " + moved)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            moved + " verplaatsen"
        );
        page.locator("#volunteer-" + to.residentId()).check();
        page.getByLabel("Als hoeveelste adres?").fill("1");
        assertAccessible();
        screenshot("102-truus-moves-a-stop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verplaatsen")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het is nu adres 1 van die route.");
        Locator first = page.locator("#route-" + to.residentId() + " li").first();
        assertThat(first).containsText(moved);
        assertThat(first.locator(".tag")).hasText("met de hand gezet");
        placed = page.locator("#routes ~ article ol li").count() + page.locator("#left ~ ul li.card").count();
        org.assertj.core.api.Assertions.assertThat(placed).as("still nobody dropped").isEqualTo(7);
        assertAccessible();
        screenshot("103-the-stop-is-first-on-the-other-route");

        String cards = page
            .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Routekaarten printen (PDF)"))
            .getAttribute("href");
        APIResponse pdf = context.request().get(url(cards));
        assertThat(pdf).isOK();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text)
                .contains("Route van Bert: TaartExpress")
                .contains("Route van Ans: TaartExpress")
                .contains("Een stukje taart van uw buren.")
                .contains(moved);
        }
        java.nio.file.Files.write(
            java.nio.file.Path.of("target", "screenshots", "103-route-cards-after-the-move.pdf"),
            pdf.body()
        );
    }

    private void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
    }
}
