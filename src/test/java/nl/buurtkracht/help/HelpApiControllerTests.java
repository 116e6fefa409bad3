package nl.buurtkracht.help;

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
import nl.buurtkracht.demo.DemoData;
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
 * The help API: an ask once per Idempotency-Key, every bad field named with nothing stored,
 * candidates with their reasons in words, a claim that only one helper wins, and nobody reading or
 * confirming what is not theirs by changing an id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HelpApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    HelpManagement management;

    HelpFixtures fixtures;
    List<Spot> street;
    LocalDate soon;

    @BeforeEach
    void street() {
        fixtures = new HelpFixtures(jdbc, accounts);
        street = fixtures.spotsOn(fixtures.ria().scope().homeStreetId());
        soon = management.today().plusDays(6);
    }

    @Test
    void anAskIsPlacedOncePerIdempotencyKeyAndBadFieldsAreNamedWithNothingStored() throws Exception {
        CurrentUser asker = fixtures.resident("Dirk", street.get(15), 1944);
        String body = """
            {"kind":"COFFEE","description":"Een bakje koffie","day":"%s","start":"10:00","rrule":"FREQ=WEEKLY;COUNT=6","reach":"STREET"}""".formatted(
                soon
            );
        String key = UUID.randomUUID().toString();
        String location = mvc
            .perform(
                post("/api/v1/asks")
                    .with(user(asker))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("COFFEE"))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(jsonPath("$.relation").value("ASKER"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
        mvc
            .perform(
                post("/api/v1/asks")
                    .with(user(asker))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
            )
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", location));
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", asker.residentId())).isEqualTo(1);

        mvc
            .perform(
                post("/api/v1/asks")
                    .with(user(asker))
                    .header("Accept-Language", "nl")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"kind\":\"JUGGLING\",\"day\":\"2020-01-01\",\"start\":\"10:00\",\"rrule\":\"FREQ=WEEKLY\"}"
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "day", "rrule")))
            .andExpect(
                jsonPath("$.errors[*].message").value(hasItem("Deze dag is al voorbij. Kies vandaag of later."))
            );
        mvc
            .perform(
                post("/api/v1/asks")
                    .with(user(asker))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"kind\":\"WALK\",\"day\":\"%s\",\"start\":\"10:00\",\"rrule\":\"FREQ=WEEKLY\"}".formatted(
                            soon
                        )
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("rrule"));
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", asker.residentId())).isEqualTo(1);
    }

    @Test
    void candidatesComeWithReasonsInWordsAndOnlyTheAskerSeesThem() throws Exception {
        CurrentUser asker = fixtures.resident("Lies", street.get(16), 1937);
        CurrentUser helper = fixtures.resident("Ahmet", street.get(17), 1981);
        management.offer(helper, HelpFixtures.offer(HelpKind.SHOPPING, "STREET"), null);
        long ask = management.ask(asker, HelpFixtures.ask(HelpKind.SHOPPING, soon, ""), null);
        mvc
            .perform(get("/api/v1/asks/{id}/candidates", ask).with(user(asker)).header("Accept-Language", "nl"))
            .andExpect(status().isOk())
            .andExpect(
                jsonPath("$[?(@.residentId == %d)].reasons[*]".formatted(helper.residentId())).value(
                    hasItem(org.hamcrest.Matchers.startsWith("Woont in"))
                )
            );
        CurrentUser kees = fixtures.login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        mvc.perform(get("/api/v1/asks/{id}/candidates", ask).with(user(kees))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/asks/{id}", ask).with(user(kees))).andExpect(status().isForbidden());
    }

    @Test
    void theFirstClaimWinsTheSecondHearsKindlyAndNobodyClaimsTheirOwnAsk() throws Exception {
        CurrentUser asker = fixtures.resident("Toos", street.get(18), 1942);
        CurrentUser first = fixtures.resident("Eerste", street.get(19), 1975);
        CurrentUser second = fixtures.resident("Tweede", street.get(20), 1976);
        long ask = management.ask(asker, HelpFixtures.ask(HelpKind.CHAT, soon, ""), null);
        mvc
            .perform(post("/api/v1/asks/{id}/claims", ask).with(user(asker)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("ask"));
        mvc
            .perform(post("/api/v1/asks/{id}/claims", ask).with(user(first)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.won").value(true));
        mvc
            .perform(post("/api/v1/asks/{id}/claims", ask).with(user(first)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.won").value(true));
        mvc
            .perform(post("/api/v1/asks/{id}/claims", ask).with(user(second)).header("Accept-Language", "nl"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.won").value(false))
            .andExpect(
                jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Een andere buur was u net voor."))
            );
    }

    @Test
    void acceptingOnesOwnOfferIsRefusedAndAStrangerCannotConfirmAnArrangement() throws Exception {
        CurrentUser helper = fixtures.resident("Rob", street.get(21), 1966);
        CurrentUser neighbour = fixtures.resident("Ans", street.get(22), 1941);
        long offer = management.offer(helper, HelpFixtures.offer(HelpKind.WALK, "STREET"), null);
        String accept = "{\"day\":\"%s\",\"start\":\"09:30\",\"rrule\":\"FREQ=WEEKLY;COUNT=4\"}".formatted(soon);
        mvc
            .perform(
                post("/api/v1/offers/{id}/accept", offer)
                    .with(user(helper))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(accept)
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("offer"));
        String arrangement = mvc
            .perform(
                post("/api/v1/offers/{id}/accept", offer)
                    .with(user(neighbour))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(accept)
            )
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(arrangement, "$.arrangementId")).longValue();
        mvc
            .perform(get("/api/v1/arrangements").with(user(neighbour)))
            .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        CurrentUser stranger = fixtures.resident("Vreemde", street.get(23), 1990);
        mvc
            .perform(post("/api/v1/arrangements/{id}/occurrences/{date}/skip", id, soon).with(user(stranger)))
            .andExpect(status().isForbidden());
        mvc
            .perform(post("/api/v1/arrangements/{id}/occurrences/{date}/skip", id, soon).with(user(helper)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.times[0].answer").value("SKIPPED"));
        mvc
            .perform(post("/api/v1/arrangements/{id}/occurrences/{date}/confirm", id, soon).with(user(helper)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("day"));
    }
}
