package nl.buurtkracht.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The rounds API: a round created once per Idempotency-Key, and bad input answered 400 naming every field. */
@SpringBootTest
@AutoConfigureMockMvc
class RoundApiControllerTests {

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

    @Test
    void aRoundIsCreatedOncePerIdempotencyKeyAndBadFieldsAreNamedWithNothingStored() throws Exception {
        RoundFixtures fixtures = new RoundFixtures(jdbc, accounts, consent);
        List<Spot> street = fixtures.people.spotsOn(fixtures.people.ria().scope().homeStreetId());
        CurrentUser coordinator = fixtures.people.resident("Gerda", street.get(20), 1958);
        long initiative = fixtures.anInitiativeOwnedBy(street.get(20).neighbourhoodId(), coordinator.residentId());
        LocalDate first = management.today().plusDays(3);
        String body = """
            {"initiativeId":%d,"name":"TaartExpress","cardText":"Van de buren","firstDay":"%s",
             "rrule":"FREQ=WEEKLY;INTERVAL=2;COUNT=10","startsAt":"13:00","endsAt":"17:00",
             "startLat":52.1,"startLon":5.1,"startLabel":"Buurthuis"}""".formatted(initiative, first);
        String key = UUID.randomUUID().toString();
        String location = mvc
            .perform(
                post("/api/v1/rounds")
                    .with(user(coordinator))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("TaartExpress"))
            .andExpect(jsonPath("$.coordinator").value(true))
            .andReturn()
            .getResponse()
            .getHeader("Location");
        mvc
            .perform(
                post("/api/v1/rounds")
                    .with(user(coordinator))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
            )
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", location));
        assertThat(fixtures.people.rows("round", "initiative_id = ?", initiative)).isEqualTo(1);
        mvc
            .perform(get(location + "/occurrences").with(user(coordinator)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].day").value(first.toString()));

        mvc
            .perform(
                post("/api/v1/rounds")
                    .with(user(coordinator))
                    .header("Accept-Language", "nl")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"initiativeId":%d,"name":"","firstDay":"%s","rrule":"FREQ=WEEKLY","startsAt":"17:00","endsAt":"13:00",
                         "startLat":52.1,"startLon":5.1}""".formatted(initiative, first)
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "endsAt", "rrule")))
            .andExpect(
                jsonPath("$.errors[*].message").value(
                    hasItem("Deze herhaling stopt nooit. Geef een laatste dag (UNTIL) of een aantal keer (COUNT).")
                )
            );
        String roundId = location.substring(location.lastIndexOf('/') + 1);
        CurrentUser unasked = fixtures.people.resident("Dina", street.get(21), 1936);
        mvc
            .perform(
                post("/api/v1/rounds/{id}/recipients", roundId)
                    .with(user(coordinator))
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"residentId\":%d,\"windowFrom\":\"15:00\",\"windowUntil\":\"14:00\"}".formatted(
                            unasked.residentId()
                        )
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("windowUntil", "consentMethod")));
        assertThat(fixtures.people.rows("round", "initiative_id = ?", initiative)).isEqualTo(1);
        assertThat(fixtures.people.rows("round_recipient", "resident_id = ?", unasked.residentId())).isZero();
    }

    @Test
    void aVolunteerStartsAtAnAddressBakersSignUpAndARecipientIsTakenOffThroughTheApi() throws Exception {
        RoundFixtures fixtures = new RoundFixtures(jdbc, accounts, consent);
        List<Spot> street = fixtures.people.spotsOn(fixtures.people.ria().scope().homeStreetId());
        CurrentUser coordinator = fixtures.people.resident("Gerda", street.get(20), 1958);
        long initiative = fixtures.anInitiativeOwnedBy(street.get(20).neighbourhoodId(), coordinator.residentId());
        LocalDate today = management.today();
        double[] start = fixtures.where(street.get(0));
        long roundId = management.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
        CurrentUser sanne = fixtures.people.resident("Sanne", street.get(21), 1990);
        String[] address = fixtures.postcodeAndNumber(street.get(22));

        mvc
            .perform(
                post("/api/v1/rounds/{id}/volunteers", roundId)
                    .with(user(coordinator))
                    .param("lang", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"residentId":%d,"mode":"WALKING","maxStops":8,"startPoint":"ADDRESS","startPostcode":"12",
                         "endPoint":"NOWHERE"}""".formatted(sanne.residentId())
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(
                jsonPath("$.errors[*].field").value(containsInAnyOrder("startPostcode", "startHouseNumber", "endPoint"))
            )
            .andExpect(jsonPath("$.errors[*].message").value(hasItem("Fill in a postcode like 1234 AB.")));
        assertThat(fixtures.people.rows("round_volunteer", "round_id = ?", roundId)).isZero();
        mvc
            .perform(
                post("/api/v1/rounds/{id}/volunteers", roundId)
                    .with(user(coordinator))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"residentId":%d,"mode":"WALKING","maxStops":8,"startPoint":"ADDRESS","startPostcode":"%s",
                         "startHouseNumber":"%s"}""".formatted(sanne.residentId(), address[0], address[1])
                    )
            )
            .andExpect(status().isCreated());
        mvc
            .perform(get("/api/v1/rounds/{id}/volunteers", roundId).with(user(coordinator)))
            .andExpect(jsonPath("$[0].startPoint").value("ADDRESS"))
            .andExpect(jsonPath("$[0].endPoint").value("HOME"));

        mvc
            .perform(
                post("/api/v1/rounds/{id}/occurrences/{day}/bakes", roundId, today)
                    .with(user(sanne))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"pieces\":12,\"what\":\"cake\"}")
            )
            .andExpect(status().isNoContent());
        mvc
            .perform(get("/api/v1/rounds/{id}/occurrences/{day}/bakes", roundId, today).with(user(coordinator)))
            .andExpect(jsonPath("$[0].pieces").value(12))
            .andExpect(jsonPath("$[0].what").value("cake"));
        mvc
            .perform(get("/api/v1/rounds/{id}/occurrences", roundId).with(user(sanne)))
            .andExpect(jsonPath("$[0].pieces").value(12))
            .andExpect(jsonPath("$[0].myPieces").value(12));
        mvc
            .perform(post("/api/v1/rounds/{id}/occurrences/{day}/bakes/remove", roundId, today).with(user(sanne)))
            .andExpect(status().isNoContent());

        CurrentUser jansen = fixtures.agreedRecipient("Mevrouw Jansen", street.get(23));
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(jansen.residentId(), 13, 17), null);
        mvc
            .perform(post("/api/v1/rounds/{id}/recipients/{r}/remove", roundId, jansen.residentId()).with(user(jansen)))
            .andExpect(status().isNoContent());
        mvc
            .perform(get("/api/v1/rounds/{id}/recipients", roundId).with(user(coordinator)))
            .andExpect(jsonPath("$[0].active").value(false));
    }
}
