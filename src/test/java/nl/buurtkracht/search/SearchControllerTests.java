package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The search page says which words it also searched; neither page nor API fails on any input. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    CurrentUser samira;

    @BeforeEach
    void samira() {
        samira = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
    }

    @Test
    void thePageSaysWhatItAlsoSearchedInDutchAndEnglish() throws Exception {
        assertThat(statusText("boodscahppen", "nl")).contains("Ook gezocht naar: boodschappen");
        assertThat(statusText("boodscahppen", "en")).contains("Also searched for: boodschappen");
        assertThat(statusText("boodschappen", "nl")).doesNotContain("Ook gezocht naar");
    }

    @Test
    void theApiListsTheWordsItAlsoSearched() throws Exception {
        mvc
            .perform(get("/api/v1/search").param("q", "boodscahppen").with(user(samira)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.alsoSearched[0]").value("boodschappen"))
            .andExpect(jsonPath("$.hits[?(@.title == 'Boodschappen doen')]").exists());
    }

    @Test
    void anyInputGivesAnAnswerNeverAnError() throws Exception {
        for (String typed : List.of(
            "x".repeat(10_000),
            "boodscahppen ".repeat(800),
            "'; drop table search_word; --",
            "(?<a>.*)+$ \\ %_ :* | & ! <-> \u2603"
        )) {
            mvc.perform(get("/api/v1/search").param("q", typed).with(user(samira))).andExpect(status().isOk());
            mvc.perform(get("/search").param("q", typed).with(user(samira))).andExpect(status().isOk());
        }
    }

    private String statusText(String typed, String language) throws Exception {
        String html = mvc
            .perform(get("/search").param("q", typed).param("lang", language).with(user(samira)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return Jsoup.parse(html).select("[role=status]").text();
    }
}
