package nl.buurtkracht.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages to set up a round: each form shown again with every field named in Dutch and English,
 * nothing half-stored, and the pages of a round closed to who does not run it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement management;

    RoundFixtures fixtures;
    List<Spot> street;
    LocalDate today;
    CurrentUser coordinator;
    long initiative;
    long roundId;

    @BeforeEach
    void aRound() {
        fixtures = new RoundFixtures(jdbc, accounts, consent);
        street = fixtures.people.spotsOn(fixtures.people.ria().scope().homeStreetId());
        today = management.today();
        coordinator = fixtures.people.resident("Truus", street.get(1), 1960);
        initiative = fixtures.anInitiativeOwnedBy(street.get(1).neighbourhoodId(), coordinator.residentId());
        double[] start = fixtures.where(street.get(0));
        roundId = management.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
    }

    @Test
    void aNewRoundFromThePageStartsAtItsAddressAndADoubleSubmitMakesOne() throws Exception {
        String[] address = fixtures.postcodeAndNumber(street.get(2));
        String name = "Soepronde " + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            mvc
                .perform(
                    post("/rounds")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("initiativeId", Long.toString(initiative))
                        .param("name", name)
                        .param("cardText", "Soep van de buren")
                        .param("firstDay", today.toString())
                        .param("rhythm", "FORTNIGHTLY")
                        .param("times", "6")
                        .param("startsAt", "13:00")
                        .param("endsAt", "17:00")
                        .param("startPostcode", address[0])
                        .param("startHouseNumber", address[1])
                        .param("startLabel", "Buurthuis")
                        .param("formToken", "token-" + name)
                )
                .andExpect(status().is3xxRedirection());
        }
        assertThat(fixtures.people.rows("round", "name = ?", name)).isEqualTo(1);
        assertThat(
            jdbc.sql("select rrule from round where name = ?").param(name).query(String.class).single()
        ).isEqualTo("FREQ=WEEKLY;INTERVAL=2;COUNT=6");
    }

    @Test
    void aRoundWithBadFieldsIsShownAgainWithEachNamedInDutchAndEnglishAndNothingStored() throws Exception {
        String name = "Kapotte ronde " + System.nanoTime();
        var bad = post("/rounds")
            .with(user(coordinator))
            .with(csrf())
            .param("initiativeId", Long.toString(initiative))
            .param("name", name)
            .param("firstDay", today.minusDays(1).toString())
            .param("rhythm", "FORTNIGHTLY")
            .param("times", "0")
            .param("startsAt", "17:00")
            .param("endsAt", "13:00")
            .param("startPostcode", "")
            .param("startHouseNumber", "");
        mvc
            .perform(bad)
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul in hoe vaak: tussen 1 en 104 keer.")))
            .andExpect(content().string(containsString("Deze tijd ligt voor of op de begintijd.")))
            .andExpect(content().string(containsString("Vul het adres in waar de ronde begint.")))
            .andExpect(content().string(containsString("href=\"#startPostcode\"")))
            .andExpect(content().string(containsString("href=\"#endsAt\"")));
        mvc
            .perform(bad.param("lang", "en"))
            .andExpect(content().string(containsString("Fill in how often: between 1 and 104 times.")))
            .andExpect(content().string(containsString("Fill in the address where the round starts.")));
        // An address that can be read but is not in the municipality, and a day that has passed.
        mvc
            .perform(
                post("/rounds")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("initiativeId", Long.toString(initiative))
                    .param("name", name)
                    .param("firstDay", today.minusDays(1).toString())
                    .param("rhythm", "WEEKLY")
                    .param("times", "4")
                    .param("startsAt", "13:00")
                    .param("endsAt", "17:00")
                    .param("startPostcode", "9999 ZZ")
                    .param("startHouseNumber", "1")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dit adres kennen we niet in deze gemeente.")))
            .andExpect(content().string(containsString("Deze dag is al voorbij.")));
        assertThat(fixtures.people.rows("round", "name = ?", name)).isZero();
    }

    @Test
    void aRecipientWithAWindowThatEndsTooEarlyAndNoConsentIsRefusedNamingBothAndNothingIsStored() throws Exception {
        CurrentUser unasked = fixtures.people.resident("Mevrouw Nogniet", street.get(5), 1940);
        var bad = post("/rounds/{id}/recipients", roundId)
            .with(user(coordinator))
            .with(csrf())
            .param("residentId", Long.toString(unasked.residentId()))
            .param("windowFrom", "15:00")
            .param("windowUntil", "14:00")
            .param("notes", "")
            .param("consentMethod", "");
        mvc
            .perform(bad)
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze tijd ligt voor of op de begintijd.")))
            .andExpect(content().string(containsString("Deze bewoner heeft nog niet gezegd bezocht te willen worden.")))
            .andExpect(content().string(containsString("href=\"#consentMethod\"")));
        mvc
            .perform(bad.param("lang", "en"))
            .andExpect(
                content().string(containsString("This resident has not yet said they would like to be visited."))
            );
        mvc
            .perform(
                post("/rounds/{id}/recipients", roundId)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("residentId", "")
                    .param("windowFrom", "half drie")
                    .param("windowUntil", "16:00")
                    .param("consentMethod", "VERBAL")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies wie er bezocht wordt.")))
            .andExpect(content().string(containsString("href=\"#windowFrom\"")));
        assertThat(fixtures.people.rows("round_recipient", "resident_id = ?", unasked.residentId())).isZero();
        assertThat(consent.has(unasked.residentId(), ConsentPurpose.VISITED_BY_ROUND)).isFalse();

        // Said out loud: now it is noted, with the method, and she is on the list.
        mvc
            .perform(
                post("/rounds/{id}/recipients", roundId)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("residentId", Long.toString(unasked.residentId()))
                    .param("windowFrom", "14:00")
                    .param("windowUntil", "16:00")
                    .param("notes", "bel twee keer aan")
                    .param("consentMethod", "VERBAL")
            )
            .andExpect(redirectedUrl("/rounds/" + roundId + "/recipients?added"));
        assertThat(consent.has(unasked.residentId(), ConsentPurpose.VISITED_BY_ROUND)).isTrue();
        assertThat(
            fixtures.people.rows(
                "consent_record",
                "subject_resident_id = ? and purpose = 'VISITED_BY_ROUND' and method = 'VERBAL'",
                unasked.residentId()
            )
        ).isEqualTo(1);
        mvc
            .perform(get("/rounds/{id}/recipients", roundId).with(user(coordinator)))
            .andExpect(content().string(containsString("Mevrouw Nogniet")))
            .andExpect(content().string(containsString("bel twee keer aan")));
    }

    @Test
    void theAddressLookupNamesABadPostcodeAndShowsWhoMayBeShown() throws Exception {
        CurrentUser shows = fixtures.agreedRecipient("Mevrouw Zichtbaar", street.get(6));
        String[] address = fixtures.postcodeAndNumber(street.get(6));
        mvc
            .perform(
                get("/rounds/{id}/recipients/new", roundId)
                    .with(user(coordinator))
                    .param("lookupPostcode", address[0])
                    .param("lookupHouseNumber", address[1])
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Mevrouw Zichtbaar")))
            .andExpect(content().string(containsString("value=\"" + shows.residentId() + "\"")));
        mvc
            .perform(
                get("/rounds/{id}/recipients/new", roundId)
                    .with(user(coordinator))
                    .param("lookupPostcode", "12")
                    .param("lookupHouseNumber", "1")
                    .param("lang", "en")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Fill in a postcode like 1234 AB.")))
            .andExpect(content().string(containsString("href=\"#lookupPostcode\"")));
    }

    @Test
    void aVolunteerWithAnUnknownAddressOrNobodyChosenIsNamedAndNotStored() throws Exception {
        CurrentUser sanne = fixtures.people.resident("Sanne", street.get(7), 1990);
        var bad = post("/rounds/{id}/volunteers", roundId)
            .with(user(coordinator))
            .with(csrf())
            .param("residentId", Long.toString(sanne.residentId()))
            .param("mode", "WALKING")
            .param("maxStops", "0")
            .param("startPoint", "ADDRESS")
            .param("startPostcode", "9999 ZZ")
            .param("startHouseNumber", "1")
            .param("endPoint", "HOME");
        mvc
            .perform(bad)
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies tussen 1 en 60 adressen.")));
        mvc
            .perform(bad.param("lang", "en"))
            .andExpect(content().string(containsString("Choose between 1 and 60 addresses.")));
        mvc
            .perform(
                post("/rounds/{id}/volunteers", roundId)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("residentId", Long.toString(sanne.residentId()))
                    .param("mode", "WALKING")
                    .param("maxStops", "10")
                    .param("startPoint", "ADDRESS")
                    .param("startPostcode", "9999 ZZ")
                    .param("startHouseNumber", "1")
                    .param("endPoint", "HOME")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dit adres kennen we niet in deze gemeente.")))
            .andExpect(content().string(containsString("href=\"#startPostcode\"")));
        mvc
            .perform(
                post("/rounds/{id}/volunteers", roundId)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("residentId", "999999999")
                    .param("mode", "BOAT")
                    .param("maxStops", "10")
                    .param("startPoint", "HOME")
                    .param("endPoint", "HOME")
                    .param("lang", "en")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("We do not know this resident or their address.")))
            .andExpect(content().string(containsString("We do not know this choice. Choose from the list.")));
        assertThat(fixtures.people.rows("round_volunteer", "round_id = ?", roundId)).isZero();

        mvc
            .perform(
                post("/rounds/{id}/volunteers", roundId)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("residentId", Long.toString(sanne.residentId()))
                    .param("mode", "CYCLING")
                    .param("maxStops", "12")
                    .param("startPoint", "ROUND_START")
                    .param("endPoint", "HOME")
            )
            .andExpect(redirectedUrl("/rounds/" + roundId + "/volunteers?added"));
        mvc
            .perform(get("/rounds/{id}/volunteers", roundId).with(user(coordinator)))
            .andExpect(content().string(containsString("Sanne")))
            .andExpect(content().string(containsString("Begint: bij het beginpunt van de ronde")))
            .andExpect(content().string(containsString("Eindigt: thuis")));
        mvc
            .perform(
                post("/rounds/{id}/volunteers/{r}/remove", roundId, sanne.residentId())
                    .with(user(coordinator))
                    .with(csrf())
            )
            .andExpect(redirectedUrl("/rounds/" + roundId + "/volunteers?removed"));
        mvc
            .perform(get("/rounds/{id}/volunteers", roundId).with(user(coordinator)))
            .andExpect(content().string(not(containsString("Begint: bij het beginpunt"))));
    }

    @Test
    void aBakerWithTooManyPiecesSeesTheFieldNamedAndThenTheThanks() throws Exception {
        CurrentUser joke = fixtures.people.resident("Joke", street.get(8), 1948);
        mvc
            .perform(
                post("/rounds/{id}/days/{day}/bakes", roundId, today)
                    .with(user(joke))
                    .with(csrf())
                    .param("pieces", "501")
                    .param("what", "appeltaart")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul een aantal stukken in tussen 1 en 500.")))
            .andExpect(content().string(containsString("href=\"#pieces\"")))
            .andExpect(content().string(containsString("id=\"pieces\"")));
        mvc
            .perform(
                post("/rounds/{id}/days/{day}/bakes", roundId, today)
                    .with(user(joke))
                    .with(csrf())
                    .param("pieces", "twintig")
                    .param("lang", "en")
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#pieces\"")));
        assertThat(fixtures.people.rows("round_baker", "round_id = ?", roundId)).isZero();

        mvc
            .perform(
                post("/rounds/{id}/days/{day}/bakes", roundId, today)
                    .with(user(joke))
                    .with(csrf())
                    .param("pieces", "20")
                    .param("what", "appeltaart")
            )
            .andExpect(redirectedUrl("/rounds/" + roundId + "?baking#day-" + today));
        mvc
            .perform(get("/rounds/{id}", roundId).with(user(joke)))
            .andExpect(content().string(containsString("U bakt 20 stukken.")));
        mvc
            .perform(get("/rounds/{id}/days/{day}", roundId, today).with(user(coordinator)))
            .andExpect(content().string(containsString("Joke: 20 stukken (appeltaart)")))
            .andExpect(content().string(containsString("20 stukken van 1 bakker, voor 0 adressen.")));
        mvc
            .perform(get("/rounds/{id}/days/{day}", roundId, today).with(user(coordinator)).param("lang", "en"))
            .andExpect(content().string(containsString("Joke: 20 pieces (appeltaart)")));
    }

    @Test
    void movingAStopToSomeoneWhoIsNotThereThatDayIsNamedOnTheMovePage() throws Exception {
        CurrentUser jansen = fixtures.agreedRecipient("Mevrouw Jansen", street.get(4));
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(jansen.residentId(), 13, 17), null);
        CurrentUser sanne = fixtures.people.resident("Sanne", street.get(7), 1990);
        CurrentUser away = fixtures.people.resident("Weg", street.get(9), 1990);
        for (CurrentUser v : List.of(sanne, away)) {
            management.addVolunteer(coordinator, roundId, new VolunteerForm(v.residentId(), "WALKING", 10), null);
        }
        management.signUp(sanne, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        management.plan(coordinator, roundId, today);

        mvc
            .perform(
                get("/rounds/{id}/days/{day}/move", roundId, today)
                    .with(user(coordinator))
                    .param("recipient", Long.toString(jansen.residentId()))
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Mevrouw Jansen verplaatsen")))
            .andExpect(content().string(containsString("Nu: adres 1 van de route van Sanne.")));
        var bad = post("/rounds/{id}/days/{day}/moves", roundId, today)
            .with(user(coordinator))
            .with(csrf())
            .param("recipient", Long.toString(jansen.residentId()))
            .param("volunteer", Long.toString(away.residentId()))
            .param("position", "0");
        mvc
            .perform(bad)
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze vrijwilliger heeft zich niet voor deze dag opgegeven.")))
            .andExpect(content().string(containsString("Kies een plaats in de route tussen 1 en 60.")))
            .andExpect(content().string(containsString("href=\"#volunteer\"")));
        mvc
            .perform(bad.param("lang", "en"))
            .andExpect(content().string(containsString("This volunteer has not signed up for this day.")));
        mvc
            .perform(
                post("/rounds/{id}/days/{day}/moves", roundId, today)
                    .with(user(coordinator))
                    .with(csrf())
                    .param("recipient", Long.toString(jansen.residentId()))
                    .param("volunteer", Long.toString(sanne.residentId()))
                    .param("position", "1")
            )
            .andExpect(redirectedUrl("/rounds/" + roundId + "/days/" + today + "?moved=1#route-" + sanne.residentId()));
        mvc
            .perform(get("/rounds/{id}/days/{day}", roundId, today).with(user(coordinator)).param("moved", "1"))
            .andExpect(content().string(containsString("Verplaatst. Het is nu adres 1 van die route.")))
            .andExpect(content().string(containsString(">met de hand gezet<")));
    }

    @Test
    void theSetUpPagesOfARoundAreClosedToWhoDoesNotRunIt() throws Exception {
        CurrentUser neighbour = fixtures.people.resident("Buurman", street.get(10), 1970);
        for (String path : List.of(
            "/rounds/%d/recipients",
            "/rounds/%d/recipients/new",
            "/rounds/%d/volunteers",
            "/rounds/%d/volunteers/new"
        )) {
            mvc.perform(get(path.formatted(roundId)).with(user(neighbour))).andExpect(status().isForbidden());
        }
        CurrentUser jansen = fixtures.agreedRecipient("Mevrouw Jansen", street.get(4));
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(jansen.residentId(), 13, 17), null);
        mvc
            .perform(
                post("/rounds/{id}/recipients/{r}/remove", roundId, jansen.residentId())
                    .with(user(neighbour))
                    .with(csrf())
            )
            .andExpect(status().isForbidden());
        mvc
            .perform(
                post("/rounds/{id}/recipients", roundId)
                    .with(user(neighbour))
                    .with(csrf())
                    .param("residentId", Long.toString(jansen.residentId()))
                    .param("windowFrom", "13:00")
                    .param("windowUntil", "17:00")
            )
            .andExpect(status().isForbidden());
        mvc
            .perform(
                get("/rounds/{id}/days/{day}/move", roundId, today)
                    .with(user(neighbour))
                    .param("recipient", Long.toString(jansen.residentId()))
            )
            .andExpect(status().isForbidden());
        // The API says the same with the same rules.
        mvc
            .perform(
                post("/api/v1/rounds/{id}/occurrences/{day}/bakes", roundId, today)
                    .with(user(neighbour))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"pieces\":0}")
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("pieces"));
        mvc
            .perform(get("/api/v1/rounds/{id}/occurrences/{day}/bakes", roundId, today).with(user(neighbour)))
            .andExpect(status().isForbidden());
        mvc
            .perform(
                post("/api/v1/rounds/{id}/recipients/{r}/remove", roundId, jansen.residentId()).with(user(neighbour))
            )
            .andExpect(status().isForbidden());
    }
}
