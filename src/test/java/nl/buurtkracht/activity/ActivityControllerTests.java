package nl.buurtkracht.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The activity pages: each field named on bad input, who may change what, who sees whose name. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ActivityManagement management;

    @Autowired
    ActivitySignups signups;

    @Autowired
    Activities activities;

    @Autowired
    JdbcClient jdbc;

    ActivityFixtures fixtures;
    CurrentUser ria;
    CurrentUser kees;
    CurrentUser samira;
    LocalDate day;

    @BeforeEach
    void people() {
        fixtures = new ActivityFixtures(accounts, management, jdbc);
        ria = fixtures.ria();
        kees = fixtures.login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        samira = fixtures.samira();
        day = activities.today().plusDays(9);
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theProgrammeShowsTheComingWeeksInDutchAndInEnglish() throws Exception {
        String title = ActivityFixtures.named("Buurtbingo");
        fixtures.once(title, day, 20);
        Document dutch = page(mvc.perform(get("/activities").with(user(ria))).andExpect(status().isOk()));
        Document english = page(
            mvc.perform(get("/activities").param("lang", "en").with(user(ria))).andExpect(status().isOk())
        );

        assertThat(dutch.select("li.time").text()).contains(title).contains("Nog 20 plaatsen.");
        assertThat(english.select("h1").text()).isEqualTo("Activities");
        assertThat(english.select("li.time").text()).contains(title).contains("20 places left.");
    }

    @Test
    void aFormWithMistakesNamesEachFieldAndStoresNothing() throws Exception {
        String title = ActivityFixtures.named("Taalcafé");
        Document form = page(
            mvc
                .perform(
                    post("/activities")
                        .with(user(ria))
                        .with(csrf())
                        .param("title", title)
                        .param("location", "Bibliotheek")
                        .param("day", "31-02-2027")
                        .param("start", "14:00")
                        .param("end", "16:00")
                        .param("repeat", "CUSTOM")
                        .param("rrule", "")
                        .param("capacity", "-1")
                        .param("neighbourhoodId", "1")
                )
                .andExpect(status().isOk())
        );

        assertThat(form.select("#day-error").text()).isEqualTo("Vul een datum in zoals 1-7-2027.");
        assertThat(form.select("#rrule-error").text()).contains("Schrijf de eigen herhaling op");
        assertThat(form.select("#capacity-error").text()).startsWith("Vul een aantal van 1 tot");
        assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#day", "#rrule", "#capacity");
        assertThat(form.select("#title").val()).isEqualTo(title);
        assertThat(fixtures.rows("activity", "title = ?", title)).isZero();
    }

    @Test
    void onlyThoseWhoKeepAnActivityMayChangeItAndSeeWhoComes() throws Exception {
        String title = ActivityFixtures.named("Wandeling");
        long id = fixtures.once(title, day, 10);
        signups.signUp(ria, id, day, null);

        mvc.perform(get("/activities/" + id + "/edit").with(user(kees))).andExpect(status().isForbidden());
        mvc
            .perform(
                post("/activities/" + id)
                    .with(user(kees))
                    .with(csrf())
                    .param("title", "Overgenomen")
                    .param("location", "Elders")
                    .param("day", day.toString())
                    .param("start", "10:00")
                    .param("end", "11:00")
                    .param("neighbourhoodId", "1")
            )
            .andExpect(status().isForbidden());
        assertThat(activities.get(id).title()).isEqualTo(title);

        String time = "/activities/" + id + "/times/" + day;
        Document asKees = page(mvc.perform(get(time).with(user(kees))).andExpect(status().isOk()));
        Document asSamira = page(mvc.perform(get(time).with(user(samira))).andExpect(status().isOk()));
        assertThat(asKees.select("#people")).isEmpty();
        assertThat(asKees.text()).doesNotContain(ria.displayName());
        assertThat(asSamira.select("#people").text()).isEqualTo("Wie komt er");
        assertThat(asSamira.text()).contains(ria.displayName());
    }

    @Test
    void signingUpTwiceComesBackToTheTimeWithAKindReason() throws Exception {
        long id = fixtures.once(ActivityFixtures.named("Koffie"), day, 10);
        String time = "/activities/" + id + "/times/" + day;

        mvc.perform(post(time + "/signup").with(user(ria)).with(csrf())).andExpect(redirectedUrl(time + "?signedUp"));
        MvcResult refused = mvc
            .perform(post(time + "/signup").with(user(ria)).with(csrf()))
            .andExpect(redirectedUrl(time))
            .andExpect(flash().attribute("refusal", "activities.signup.already"))
            .andReturn();
        // The reason travels to the next page in the page session, which lives in the database: the
        // browser only brings its cookie.
        Document shown = page(
            mvc.perform(get(time).with(user(ria)).cookie(refused.getResponse().getCookies())).andExpect(status().isOk())
        );
        assertThat(shown.select("#error-summary").text()).isEqualTo("U bent al aangemeld voor deze keer.");
        assertThat(shown.select(".standing-banner").text()).isEqualTo("U bent aangemeld.");
        assertThat(
            fixtures.rows(
                "activity_signup s join activity_occurrence o on o.id = s.occurrence_id",
                "o.activity_id = ?",
                id
            )
        ).isEqualTo(1);
    }

    @Test
    void theWeekProgrammePrintsAsAPdf() throws Exception {
        mvc
            .perform(
                get("/activities/programme.pdf")
                    .param("neighbourhood", "1")
                    .param("week", day.toString())
                    .with(user(ria))
            )
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"));
        mvc
            .perform(get("/activities/programme.pdf").param("neighbourhood", "999999").with(user(ria)))
            .andExpect(status().isNotFound());
    }
}
