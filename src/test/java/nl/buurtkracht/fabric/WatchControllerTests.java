package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.WatchFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The watch's page and API in Dutch and English: bad input comes back naming each field (the form
 * again with the message beside it, or a 400 problem), nothing is stored then, one's own watch is
 * made exactly as POSTed and stopped with DELETE, and nobody opens another's watch or nudge.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WatchClockConfiguration.class)
class WatchControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    WatchChecks checks;

    @Autowired
    WatchClock clock;

    WatchFixtures fixtures;
    Street street;
    CurrentUser bakker;
    CurrentUser ahmed;
    CurrentUser host;

    @BeforeEach
    void aStreet() {
        clock.reset();
        fixtures = new WatchFixtures(jdbc, accounts, consent);
        street = fixtures.aStreet();
        bakker = fixtures.neighbour("Mevrouw Bakker", street, 1);
        ahmed = fixtures.neighbour("Ahmed", street, 2);
        host = fixtures.host("Henk de Blokhoofd", street, 10);
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePageOffersTheStreetAndNamesEachBadFieldInDutchAndEnglish() throws Exception {
        Document empty = page(mvc.perform(get("/watch").with(user(bakker))).andExpect(status().isOk()));
        assertThat(empty.select("h1").text()).isEqualTo("Een oogje in het zeil");
        assertThat(empty.select("#status .standing-banner").text()).isEqualTo(
            "Het oogje in het zeil staat nog niet aan."
        );
        assertThat(empty.select("#circle label").eachText()).containsExactly("Henk de Blokhoofd (blokhoofd)", "Ahmed");
        assertThat(empty.select("#quietDays-10").attr("checked")).isEqualTo("checked");

        long elsewhere = fixtures.someoneElsewhere(street.neighbourhoodId());
        Document refused = page(
            mvc
                .perform(
                    post("/watch")
                        .param("quietDays", "3")
                        .param("circle", ahmed.residentId().toString(), Long.toString(elsewhere))
                        .with(csrf())
                        .with(user(bakker))
                )
                .andExpect(status().isOk())
        );
        assertThat(refused.select("#error-summary a").eachText()).containsExactly(
            "Kies 7, 10, 14 of 21 dagen.",
            "Bewoner " +
            elsewhere +
            " woont niet in uw straat of buurt. Kies buren uit uw straat of buurt, of uw blokhoofd."
        );
        assertThat(refused.select("#error-summary a").eachAttr("href")).containsExactly("#quietDays", "#circle");
        assertThat(refused.select("#circle-" + ahmed.residentId()).attr("checked")).isEqualTo("checked");

        Document english = page(
            mvc
                .perform(post("/watch").param("lang", "en").param("quietDays", "ten").with(csrf()).with(user(bakker)))
                .andExpect(status().isOk())
        );
        assertThat(english.select("#error-summary a").eachText()).containsExactly(
            "Fill in a whole number, such as 40."
        );
        Document englishRule = page(
            mvc
                .perform(post("/watch").param("lang", "en").param("quietDays", "30").with(csrf()).with(user(bakker)))
                .andExpect(status().isOk())
        );
        assertThat(englishRule.select("#error-summary a").eachText()).containsExactly(
            "Choose 7, 10, 14 or 21 days.",
            "Choose at least one person we may ask."
        );
        assertThat(fixtures.rows("watch", "resident_id = ?", bakker.residentId())).isZero();

        mvc
            .perform(
                post("/watch")
                    .param("quietDays", "14")
                    .param("circle", ahmed.residentId().toString())
                    .with(csrf())
                    .with(user(bakker))
            )
            .andExpect(redirectedUrl("/watch?saved"));
        Document on = page(mvc.perform(get("/watch").with(user(bakker))).andExpect(status().isOk()));
        assertThat(on.select("#status .standing-banner").text()).isEqualTo("Het oogje in het zeil staat aan.");
        assertThat(on.select("#status li").eachText()).containsExactly("Ahmed");

        Document badPause = page(
            mvc
                .perform(post("/watch/pause").param("pausedUntil", "31-02-2027").with(csrf()).with(user(bakker)))
                .andExpect(status().isOk())
        );
        assertThat(badPause.select("#pausedUntil-error").text()).isEqualTo("Vul een datum in zoals 1-7-2027.");
        assertThat(badPause.select("#pausedUntil").attr("aria-invalid")).isEqualTo("true");
        Document pastPause = page(
            mvc
                .perform(
                    post("/watch/pause")
                        .param("lang", "en")
                        .param("pausedUntil", clock.today().toString())
                        .with(csrf())
                        .with(user(bakker))
                )
                .andExpect(status().isOk())
        );
        assertThat(pastPause.select("#pausedUntil-error").text()).isEqualTo("Choose a day after today.");
    }

    @Test
    void nobodyOpensAnothersWatchAndOnlyTheCircleOpensTheNudge() throws Exception {
        CurrentUser outsider = fixtures.neighbour("Buurman", street, 5);
        mvc
            .perform(
                post("/watch")
                    .param("quietDays", "7")
                    .param("circle", ahmed.residentId().toString())
                    .with(csrf())
                    .with(user(bakker))
            )
            .andExpect(status().is3xxRedirection());
        long watchId = jdbc
            .sql("select id from watch where resident_id = ?")
            .param(bakker.residentId())
            .query(Long.class)
            .single();

        for (CurrentUser nobody : List.of(ahmed, outsider)) {
            mvc
                .perform(get("/watch").param("for", bakker.residentId().toString()).with(user(nobody)))
                .andExpect(status().isForbidden());
            mvc
                .perform(
                    post("/watch/stop").param("for", bakker.residentId().toString()).with(csrf()).with(user(nobody))
                )
                .andExpect(status().isForbidden());
        }
        // The host of her street may act for her; the read is logged.
        mvc
            .perform(get("/watch").param("for", bakker.residentId().toString()).with(user(host)))
            .andExpect(status().isOk());

        mvc.perform(get("/watch/nudges/{id}", watchId).with(user(outsider))).andExpect(status().isForbidden());
        Document calm = page(
            mvc.perform(get("/watch/nudges/{id}", watchId).with(user(ahmed))).andExpect(status().isOk())
        );
        assertThat(calm.select("h1").text()).isEqualTo("Een oogje in het zeil voor Mevrouw Bakker");
        assertThat(calm.select("#answer")).isEmpty();
        // Nothing of her settings reaches the circle.
        assertThat(calm.text()).doesNotContain("7 dagen").doesNotContain("Ahmed");

        clock.later(7);
        checks.checkAll();
        Document asked = page(
            mvc.perform(get("/watch/nudges/{id}", watchId).with(user(ahmed))).andExpect(status().isOk())
        );
        assertThat(asked.select("h1").text()).isEqualTo("Heeft u Mevrouw Bakker de laatste tijd gezien?");
        assertThat(asked.select("#answer button").eachText()).containsExactly(
            "Ja, ik heb Mevrouw Bakker gezien of gesproken",
            "Nee, ik ga even langs",
            "Nee, en ik maak me zorgen"
        );
        Document wrong = page(
            mvc
                .perform(
                    post("/watch/nudges/{id}", watchId)
                        .param("lang", "en")
                        .param("answer", "MAYBE")
                        .with(csrf())
                        .with(user(ahmed))
                )
                .andExpect(status().isOk())
        );
        assertThat(wrong.select("#error-summary a").eachText()).containsExactly("Choose one of the answers.");
        mvc
            .perform(post("/watch/nudges/{id}", watchId).param("answer", "SEEN").with(csrf()).with(user(outsider)))
            .andExpect(status().isForbidden());
        mvc
            .perform(post("/watch/nudges/{id}", watchId).param("answer", "SEEN").with(csrf()).with(user(ahmed)))
            .andExpect(redirectedUrl("/watch/nudges/" + watchId + "?outcome=SEEN"));
        Document thanks = page(
            mvc
                .perform(get("/watch/nudges/{id}", watchId).param("outcome", "SEEN").with(user(ahmed)))
                .andExpect(status().isOk())
        );
        assertThat(thanks.select("[role=status]").text()).isEqualTo(
            "Dank u wel! Fijn dat het goed gaat met Mevrouw Bakker. We beginnen weer opnieuw te tellen."
        );
    }

    @Test
    void aHostSetsUpTheWatchOfANeighbourWithoutEmailOnThePageWithHerSpokenYes() throws Exception {
        long mien = fixtures.people.assisted("Mevrouw Mien", street.spots().get(4), 1936);
        Document form = page(
            mvc.perform(get("/watch").param("for", Long.toString(mien)).with(user(host))).andExpect(status().isOk())
        );
        assertThat(form.select("h1").text()).isEqualTo("Een oogje in het zeil voor Mevrouw Mien");
        assertThat(form.select("#consentMethod legend").text()).isEqualTo("Hoe gaf Mevrouw Mien toestemming?");
        assertThat(form.select("input[name=for]").eachAttr("value")).containsOnly(Long.toString(mien));

        Document refused = page(
            mvc
                .perform(
                    post("/watch")
                        .param("for", Long.toString(mien))
                        .param("quietDays", "10")
                        .param("circle", ahmed.residentId().toString())
                        .with(csrf())
                        .with(user(host))
                )
                .andExpect(status().isOk())
        );
        assertThat(refused.select("#error-summary a").eachText()).containsExactly(
            "Mevrouw Mien moet het zelf goedvinden. Kies hoe Mevrouw Mien toestemming gaf."
        );
        assertThat(fixtures.rows("watch", "resident_id = ?", mien)).isZero();

        mvc
            .perform(
                post("/watch")
                    .param("for", Long.toString(mien))
                    .param("quietDays", "10")
                    .param("circle", ahmed.residentId().toString())
                    .param("consentMethod", "PAPER")
                    .with(csrf())
                    .with(user(host))
            )
            .andExpect(redirectedUrl("/watch?saved&for=" + mien));
        assertThat(consent.history(mien).getFirst().method()).isEqualTo(ConsentMethod.PAPER);
        Document on = page(
            mvc.perform(get("/watch").param("for", Long.toString(mien)).with(user(host))).andExpect(status().isOk())
        );
        assertThat(on.select("#status .standing-banner").text()).isEqualTo("Het oogje in het zeil staat aan.");
    }

    @Test
    void theApiMakesMyWatchAsPostedNamesBadFieldsAndStopsIt() throws Exception {
        long elsewhere = fixtures.someoneElsewhere(street.neighbourhoodId());
        mvc
            .perform(
                post("/api/v1/me/watch")
                    .with(user(bakker))
                    .header("Accept-Language", "nl")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"quietDays\":3,\"circle\":[%d,%d],\"pausedUntil\":\"gisteren\"}".formatted(
                            ahmed.residentId(),
                            elsewhere
                        )
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("pausedUntil")));
        mvc
            .perform(
                post("/api/v1/me/watch")
                    .with(user(bakker))
                    .param("lang", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"quietDays\":3,\"circle\":[%d,%d],\"pausedUntil\":\"%s\"}".formatted(
                            ahmed.residentId(),
                            elsewhere,
                            clock.today().minusDays(1)
                        )
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("quietDays", "circle", "pausedUntil")))
            .andExpect(jsonPath("$.errors[*].message").value(hasItem("Choose 7, 10, 14 or 21 days.")))
            .andExpect(jsonPath("$.errors[*].message").value(hasItem("Choose a day after today.")))
            .andExpect(
                jsonPath("$.errors[*].message").value(
                    hasItem(
                        "Resident " +
                        elsewhere +
                        " does not live on your street or in your neighbourhood. Choose neighbours from your street or neighbourhood, or your street host."
                    )
                )
            );
        assertThat(fixtures.rows("watch", "resident_id = ?", bakker.residentId())).isZero();
        assertThat(consent.has(bakker.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)).isFalse();

        String body = "{\"quietDays\":10,\"circle\":[%d,%d],\"tellBuilder\":true}".formatted(
            ahmed.residentId(),
            host.residentId()
        );
        mvc
            .perform(post("/api/v1/me/watch").with(user(bakker)).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.on").value(true))
            .andExpect(jsonPath("$.quietDays").value(10))
            .andExpect(jsonPath("$.tellBuilder").value(true))
            .andExpect(jsonPath("$.circle[*].name").value(containsInAnyOrder("Ahmed", "Henk de Blokhoofd")));
        // A retry changes nothing; a pause is part of the watch as posted, and leaving it out resumes.
        mvc
            .perform(post("/api/v1/me/watch").with(user(bakker)).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk());
        String until = clock.today().plusDays(20).toString();
        mvc
            .perform(
                post("/api/v1/me/watch")
                    .with(user(bakker))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"quietDays\":14,\"circle\":[%d],\"pausedUntil\":\"%s\"}".formatted(ahmed.residentId(), until)
                    )
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.pausedUntil").value(until))
            .andExpect(jsonPath("$.tellBuilder").value(false))
            .andExpect(jsonPath("$.circle[*].residentId").value(containsInAnyOrder(ahmed.residentId().intValue())));
        mvc
            .perform(post("/api/v1/me/watch").with(user(bakker)).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.pausedUntil").doesNotExist());
        mvc
            .perform(get("/api/v1/me/watch").with(user(bakker)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.quietDays").value(10));

        mvc.perform(delete("/api/v1/me/watch").with(user(bakker))).andExpect(status().isNoContent());
        mvc
            .perform(get("/api/v1/me/watch").with(user(bakker)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.on").value(false));
        assertThat(consent.has(bakker.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)).isFalse();
        mvc.perform(delete("/api/v1/me/watch").with(user(bakker))).andExpect(status().isNoContent());
    }

    @Test
    void theStreetHostReadsTheOpenSignalsOfHerStreetThroughTheApi() throws Exception {
        mvc
            .perform(
                post("/api/v1/me/watch")
                    .with(user(bakker))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"quietDays\":7,\"circle\":[%d]}".formatted(ahmed.residentId()))
            )
            .andExpect(status().isCreated());
        clock.later(7);
        checks.checkAll();
        clock.later(3);
        checks.checkAll();
        mvc.perform(get("/api/v1/signals").with(user(ahmed))).andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/signals").with(user(host)))
            .andExpect(status().isOk())
            .andExpect(
                jsonPath("$[?(@.streetName == '%s')].name".formatted(street.name())).value(hasItem("Mevrouw Bakker"))
            )
            .andExpect(jsonPath("$[?(@.streetName == '%s')].kind".formatted(street.name())).value(hasItem("QUIET")))
            .andExpect(jsonPath("$[?(@.streetName == '%s')].source".formatted(street.name())).value(hasItem("WATCH")));
    }
}
