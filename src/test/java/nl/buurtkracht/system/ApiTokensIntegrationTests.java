package nl.buurtkracht.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.people.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal API tokens sign in API calls until revoked, and only their hash is ever stored. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    long mine;
    long someoneElse;

    @BeforeEach
    void accounts() {
        mine = professional("Token Tester");
        someoneElse = professional("Another Tester");
    }

    @Test
    void aNewTokenSignsInTheApiAsItsAccount() throws Exception {
        var issued = tokens.create(mine, "laptop script");

        me(issued.secret()).andExpect(status().isOk()).andExpect(jsonPath("$.accountId").value(mine));
        assertThat(tokens.list(mine))
            .singleElement()
            .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblem() throws Exception {
        var issued = tokens.create(mine, "old script");
        tokens.revoke(mine, issued.id());

        me(issued.secret())
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401));
        assertThat(tokens.list(mine)).isEmpty();
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        me(ApiTokens.PREFIX + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anotherAccountCannotRevokeMyToken() throws Exception {
        var issued = tokens.create(mine, "shared laptop");

        assertThatThrownBy(() -> tokens.revoke(someoneElse, issued.id())).isInstanceOf(NotFound.class);

        me(issued.secret()).andExpect(status().isOk()).andExpect(jsonPath("$.accountId").value(mine));
        assertThat(tokens.list(mine)).extracting(ApiTokens.ApiToken::id).containsExactly(issued.id());
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheSecret() {
        var issued = tokens.create(mine, "hash check");

        List<String> rows = jdbc.sql("select t::text from api_token t").query(String.class).list();
        assertThat(rows)
            .isNotEmpty()
            .noneMatch(row -> row.contains(issued.secret()));
        assertThat(rows).noneMatch(row -> row.contains(issued.secret().substring(ApiTokens.PREFIX.length())));
    }

    private ResultActions me(String secret) throws Exception {
        return mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }

    private long professional(String name) {
        return accounts.createProfessional(
            name,
            "tokens-" + UUID.randomUUID() + "@example.org",
            "a long enough password",
            Set.of(),
            List.of()
        );
    }
}
