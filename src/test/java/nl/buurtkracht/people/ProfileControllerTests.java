package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The profile page and API: suggestions to tick, faults named beside their field in Dutch and English. */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Areas areas;

    @Autowired
    MessageSource messages;

    CurrentUser ria;

    @BeforeEach
    void ria() {
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
    }

    @Test
    void thePageOffersSuggestionsPerKindWithOneAudienceEach() throws Exception {
        Document page = page(get("/profile").with(user(ria)), "nl");

        assertThat(page.select("fieldset legend").eachText()).contains(
            "Wat ik goed kan",
            "Wat ik graag doe",
            "Wat ik kan aanbieden",
            "Wat ik zou willen",
            "Talen die ik spreek",
            "Over mij"
        );
        assertThat(page.select("input[type=checkbox][name=talent.tag]").eachAttr("value")).contains("koken", "bakken");
        assertThat(page.selectFirst("label[for=talent.label]").text()).isEqualTo("Iets anders, in uw eigen woorden");
        assertThat(page.select("select[name=talent.visibility] option").eachAttr("value")).containsExactly(
            "ONLY_ME",
            "BLOCK",
            "STREET",
            "NEIGHBOURHOOD",
            "BUILDER"
        );
    }

    @Test
    void badInputIsNamedBesideEachFieldInEitherLanguageAndNothingIsSaved() throws Exception {
        var before = profiles.profileOf(ria.residentId());
        for (String language : List.of("nl", "en")) {
            Document page = page(
                post("/profile")
                    .with(user(ria))
                    .param("talent.tag", "koken", "vliegen")
                    .param("talent.label", "x".repeat(81))
                    .param("talent.visibility", "STREET")
                    .param("like.label", "lezen")
                    .param("like.visibility", "IEDEREEN")
                    .param("about", "")
                    .param("aboutVisibility", "STREET")
                    .param("ageBandVisibility", "STREET"),
                language
            );

            String kind = message("profile.kind.TALENT", language);
            assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly(
                "#talent.tag",
                "#talent.label",
                "#like.visibility"
            );
            assertThat(page.getElementById("talent.label-error").text()).isEqualTo(
                messages.getMessage("profile.text.too-long", new Object[] { kind, 80 }, Locale.forLanguageTag(language))
            );
            assertThat(page.getElementById("like.visibility-error").text()).contains(
                message("profile.kind.LIKE", language)
            );
            // What was typed is shown again.
            assertThat(page.getElementById("talent.label").val()).isEqualTo("x".repeat(81));
        }
        assertThat(profiles.profileOf(ria.residentId())).isEqualTo(before);
    }

    @Test
    void htmlInALabelIsShownAsTextNeverRun() throws Exception {
        var street = new HostAndBuilderFixtures(jdbc, accounts, areas).aStreetInANewNeighbourhood(1);
        CurrentUser resident = new ProfileFixtures(jdbc, accounts).aResidentAt(street.addressIds().getFirst());

        mvc
            .perform(
                post("/profile")
                    .with(user(resident))
                    .param("like.label", "<script>alert('hoi')</script>")
                    .param("like.visibility", "STREET")
                    .param("aboutVisibility", "STREET")
                    .param("ageBandVisibility", "STREET")
                    .with(csrf())
            )
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/profile?saved"));
        String body = mvc
            .perform(get("/profile").param("saved", "").with(user(resident)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        Document page = Jsoup.parse(body);
        assertThat(page.selectFirst("[role=status]").text()).contains("Opgeslagen", "<script>alert('hoi')</script>");
    }

    @Test
    void theApiRefusesAnUnknownAudienceNamingTheField() throws Exception {
        for (String language : List.of("nl", "en")) {
            mvc
                .perform(
                    put("/api/v1/me/profile")
                        .with(user(ria))
                        .param("lang", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            """
                            {"items": [{"kind": "TALENT", "tag": "koken", "label": "Koken", "visibility": "EVERYONE"}],
                             "about": "", "aboutVisibility": "STREET", "ageBandVisibility": "STREET"}"""
                        )
                )
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].visibility"))
                .andExpect(
                    jsonPath("$.errors[0].message").value(
                        messages.getMessage(
                            "profile.visibility.unknown",
                            new Object[] { message("profile.kind.TALENT", language) },
                            Locale.forLanguageTag(language)
                        )
                    )
                );
        }
        mvc
            .perform(get("/api/v1/me/profile").with(user(ria)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.aboutVisibility").exists());
    }

    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return Jsoup.parse(
            mvc
                .perform(request.param("lang", language).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
