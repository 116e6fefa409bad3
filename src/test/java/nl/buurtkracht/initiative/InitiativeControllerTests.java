package nl.buurtkracht.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.buurtkracht.demo.DemoData;
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

/** Initiative pages and API: what each person sees, reasons beside each field, problem JSON for scripts. */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    InitiativeManagement management;

    @Autowired
    JdbcClient jdbc;

    InitiativeFixtures fixtures;
    CurrentUser ria;
    CurrentUser kees;

    @BeforeEach
    void setUp() {
        fixtures = new InitiativeFixtures(accounts, management, jdbc);
        ria = fixtures.ria();
        kees = fixtures.kees();
    }

    @Test
    void aSparkWithoutWordsIsShownAgainWithEachFieldNamedInDutchAndEnglish() throws Exception {
        mvc
            .perform(post("/initiatives").with(user(ria)).with(csrf()).param("title", "").param("what", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul een titel in.")))
            .andExpect(content().string(containsString("Schrijf in een paar woorden wat u wilt doen.")))
            .andExpect(content().string(containsString("href=\"#title\"")));
        mvc
            .perform(post("/initiatives").with(user(ria)).with(csrf()).param("lang", "en").param("title", ""))
            .andExpect(content().string(containsString("Enter a title.")));
    }

    @Test
    void aSparkFromTheFormLeadsToItsPageAndADoubleSubmitMakesOne() throws Exception {
        String title = InitiativeFixtures.named("Straatbarbecue");
        for (int i = 0; i < 2; i++) {
            mvc
                .perform(
                    post("/initiatives")
                        .with(user(ria))
                        .with(csrf())
                        .param("title", title)
                        .param("what", "Samen eten op straat")
                        .param("neighbourhoodId", String.valueOf(ria.scope().homeNeighbourhoodId()))
                        .param("formToken", "token-" + title)
                )
                .andExpect(status().is3xxRedirection());
        }
        assertThat(fixtures.count("initiative", "title = ?", title)).isEqualTo(1);
    }

    @Test
    void aNeighbourSeesHowManyJoinButNotWhoNorTheMoney() throws Exception {
        long id = fixtures.aSparkBy(ria);
        management.takePart(fixtures.login(DemoData.STREET_HOST), id, Membership.MEMBER);

        mvc
            .perform(get("/initiatives/{id}", id).with(user(kees)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 buren doen mee")))
            .andExpect(content().string(not(containsString("Wie meedoet en volgt"))))
            .andExpect(content().string(containsString("Ik doe mee")));
        mvc.perform(get("/initiatives/{id}/money", id).with(user(kees))).andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/{id}/edit", id).with(user(kees))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives/{id}/members", id).with(user(kees))).andExpect(status().isForbidden());
        mvc
            .perform(get("/initiatives/{id}", id).with(user(ria)))
            .andExpect(content().string(containsString("Wie meedoet en volgt")));
    }

    @Test
    void joiningTwiceIsSaidKindlyOnThePage() throws Exception {
        long id = fixtures.aSparkBy(ria);
        mvc.perform(post("/initiatives/{id}/join", id).with(user(kees)).with(csrf()));
        var again = mvc
            .perform(post("/initiatives/{id}/join", id).with(user(kees)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("initiatives.join.already");
    }

    @Test
    void theApiNamesEveryBadFieldAndStoresNothing() throws Exception {
        String where = InitiativeFixtures.named("Nergens");
        mvc
            .perform(
                post("/api/v1/initiatives")
                    .with(user(ria))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"\",\"what\":\"\",\"where\":\"" + where + "\"}")
            )
            .andExpect(status().isBadRequest())
            .andExpect(
                jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("title", "what", "neighbourhoodId"))
            );
        long id = fixtures.aSparkBy(ria);
        mvc
            .perform(
                post("/api/v1/initiatives/{id}/funding", id)
                    .with(user(ria))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"fund\":\"Fonds\",\"amount\":100,\"startsOn\":\"2027-02-01\",\"endsOn\":\"2027-01-01\"}"
                    )
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("endsOn"))
            .andExpect(jsonPath("$.errors[0].message").value("De einddatum ligt voor de begindatum."));
        assertThat(fixtures.count("initiative", "where_text = ?", where)).isZero();
        assertThat(fixtures.count("initiative_funding", "initiative_id = ?", id)).isZero();
    }

    @Test
    void aProfessionalWithoutAHomeCannotStartOneThroughTheApi() throws Exception {
        mvc
            .perform(
                post("/api/v1/initiatives")
                    .with(user(fixtures.login(DemoData.COMMUNITY_BUILDER)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Iets\",\"what\":\"Iets\",\"neighbourhoodId\":1}")
            )
            .andExpect(status().isForbidden());
    }

    @Test
    void theBuilderSeesTheContinuityOfHerNeighbourhood() throws Exception {
        long id = fixtures.aSparkBy(ria);
        management.changeState(ria, id, InitiativeState.ACTIVE, "");
        String title = initiativeTitle(id);
        mvc
            .perform(
                get("/neighbourhoods/{n}/continuity", ria.scope().homeNeighbourhoodId()).with(
                    user(fixtures.login(DemoData.COMMUNITY_BUILDER))
                )
            )
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(title)))
            .andExpect(content().string(containsString("Er is maar een eigenaar.")));
    }

    private String initiativeTitle(long id) {
        return jdbc.sql("select title from initiative where id = ?").param(id).query(String.class).single();
    }
}
