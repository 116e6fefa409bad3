package nl.buurtkracht.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.ApiTokens;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The API token page: a new secret is shown once, bad names are explained, and CSRF is required. */
@SpringBootTest
@AutoConfigureMockMvc
class TokensControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    CurrentUser me;

    @BeforeEach
    void signIn() {
        long id = accounts.createProfessional(
            "Scripting Sam",
            "tokens-page-" + UUID.randomUUID() + "@example.org",
            "a long enough password",
            Set.of(),
            List.of()
        );
        me = directory.findById(id).orElseThrow();
    }

    @Test
    void theSecretIsShownOnceOnThePageThatCreatedIt() throws Exception {
        String created = mvc
            .perform(post("/settings/tokens").param("name", "Backup script").with(user(me)).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        Document page = Jsoup.parse(created);
        String secret = page.select("p.secret code").text();
        assertThat(secret).startsWith(ApiTokens.PREFIX);
        assertThat(tokens.authenticate(secret)).contains(me.accountId());
        assertThat(page.select("[role=status]").text()).contains("nooit meer");
        assertThat(page.select("pre.secret").text()).contains("Authorization: Bearer " + secret).endsWith("/api/v1/me");
        assertThat(page.select("table tbody th").eachText()).containsExactly("Backup script");

        mvc
            .perform(get("/settings/tokens").with(user(me)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Backup script")))
            .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    void anEmptyNameIsExplainedInDutch() throws Exception {
        Document page = postName("  ", "nl");

        assertThat(page.select("#error-summary[role=alert]").text()).contains(
            "Geef de sleutel een naam van 1 tot 60 tekens."
        );
        assertThat(page.select("#name-error").text()).contains("Geef de sleutel een naam van 1 tot 60 tekens.");
        assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(tokens.list(me.accountId())).isEmpty();
    }

    @Test
    void anEmptyNameIsExplainedInEnglish() throws Exception {
        Document page = postName("", "en");

        assertThat(page.select("#name-error").text()).contains("Give the token a name of 1 to 60 characters.");
        assertThat(tokens.list(me.accountId())).isEmpty();
    }

    @Test
    void creatingWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/settings/tokens").param("name", "sneaky").with(user(me))).andExpect(status().isForbidden());

        assertThat(tokens.list(me.accountId())).isEmpty();
    }

    @Test
    void revokingRemovesTheTokenAndSaysSo() throws Exception {
        var issued = tokens.create(me.accountId(), "to revoke");

        mvc
            .perform(post("/settings/tokens/{id}/revoke", issued.id()).with(user(me)).with(csrf()))
            .andExpect(redirectedUrl("/settings/tokens?revoked"));

        assertThat(tokens.list(me.accountId())).isEmpty();
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void someoneElsesTokenIsNotFoundAndStaysValid() throws Exception {
        var issued = tokens.create(me.accountId(), "mine only");
        long otherId = accounts.createProfessional(
            "Other Person",
            "tokens-other-" + UUID.randomUUID() + "@example.org",
            "a long enough password",
            Set.of(),
            List.of()
        );
        CurrentUser other = directory.findById(otherId).orElseThrow();

        mvc
            .perform(post("/settings/tokens/{id}/revoke", issued.id()).with(user(other)).with(csrf()))
            .andExpect(status().isNotFound());

        assertThat(tokens.authenticate(issued.secret())).contains(me.accountId());
    }

    @Test
    void theSettingsPageShowsWhoIsSignedInAndLinksToBothPages() throws Exception {
        Document page = Jsoup.parse(
            mvc
                .perform(get("/settings").with(user(me)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );

        assertThat(page.select("main dd").eachText()).containsExactly(me.displayName(), me.email());
        assertThat(page.select("main a[href]").eachAttr("href")).contains("/settings/privacy", "/settings/tokens");
    }

    @Test
    void settingsNeedSigningIn() throws Exception {
        mvc.perform(get("/settings")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/tokens")).andExpect(status().is3xxRedirection());
    }

    private Document postName(String name, String language) throws Exception {
        return Jsoup.parse(
            mvc
                .perform(
                    post("/settings/tokens").param("name", name).param("lang", language).with(user(me)).with(csrf())
                )
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
    }
}
