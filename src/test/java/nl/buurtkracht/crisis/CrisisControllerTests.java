package nl.buurtkracht.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The crisis and builder's log pages: a missing reason, a wrong line for the log, in Dutch and
 * English, come back with the field named and nothing written; another neighbourhood's builder gets
 * 403; a host's tick that another host's weightier word outweighs is told on the page; and the notice
 * shows on a resident's pages while the crisis is on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrisisControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    CrisisMode mode;

    @Autowired
    BuilderLog builderLog;

    ReportFixtures fixtures;
    long neighbourhood;
    Street street;
    List<Long> residents;
    CurrentUser builder;
    CurrentUser elsewhere;

    @BeforeEach
    void aNeighbourhood() {
        fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = fixtures.neighbourhood("Paginabuurt");
        street = fixtures.street(neighbourhood, "Paginastraat", 12);
        residents = fixtures.residents(street, 1950);
        fixtures.block(street, street.addressIds(), residents.getFirst(), residents.get(1));
        builder = fixtures.builder("Samira", neighbourhood);
        elsewhere = fixtures.builder("Elders", fixtures.neighbourhood("Elders"));
    }

    @Test
    void aMissingReasonIsNamedInDutchAndEnglishAndNothingIsSwitched() throws Exception {
        var nl = Jsoup.parse(
            mvc
                .perform(
                    post("/neighbourhoods/{id}/crisis", neighbourhood)
                        .param("reason", " ")
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(nl.select("#reason-error").text()).contains("Schrijf kort wat er aan de hand is.");
        assertThat(nl.select(".error-summary a[href=#reason]").text()).isEqualTo("Schrijf kort wat er aan de hand is.");
        var en = Jsoup.parse(
            mvc
                .perform(
                    post("/neighbourhoods/{id}/crisis", neighbourhood)
                        .param("reason", "x".repeat(301))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(builder))
                )
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(en.select("#reason-error").text()).contains("That is too long. Use at most 300 characters.");
        assertThat(en.select("#reason").text()).hasSize(301);
        assertThat(count("crisis")).isZero();

        mvc
            .perform(
                post("/neighbourhoods/{id}/crisis", neighbourhood)
                    .param("reason", "Storm")
                    .with(csrf())
                    .with(user(elsewhere))
            )
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/neighbourhoods/{id}/crisis", neighbourhood).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(
                post("/neighbourhoods/{id}/crisis", neighbourhood)
                    .param("reason", "Storm")
                    .with(csrf())
                    .with(user(builder))
            )
            .andExpect(redirectedUrl("/neighbourhoods/" + neighbourhood + "/crisis?on"));
        assertThat(count("crisis")).isOne();
    }

    @Test
    void aHostHearsWhenAnotherHostsWeightierWordStandsAndResidentsSeeTheNotice() throws Exception {
        long crisis = mode.switchOn(builder, neighbourhood, "Storm op komst");
        CurrentUser anna = fixtures.account(residents.getFirst(), "Anna");
        CurrentUser henk = fixtures.account(residents.get(1), "Henk");
        long neighbour = residents.get(5);
        mvc
            .perform(
                post("/crisis/{c}/check-ins/{r}", crisis, neighbour)
                    .param("status", "NEEDS_HELP")
                    .with(csrf())
                    .with(user(anna))
            )
            .andExpect(redirectedUrl("/crisis/check-ins#neighbour-" + neighbour))
            .andExpect(flash().attributeCount(0));
        mvc
            .perform(
                post("/crisis/{c}/check-ins/{r}", crisis, neighbour).param("status", "OK").with(csrf()).with(user(henk))
            )
            .andExpect(redirectedUrl("/crisis/check-ins#neighbour-" + neighbour))
            .andExpect(flash().attribute("kept", org.hamcrest.Matchers.startsWith("Anna zette deze buur om ")));
        mvc
            .perform(post("/crisis/{c}/check-ins/{r}", crisis, neighbour).with(csrf()).with(user(henk)))
            .andExpect(flash().attribute("kept", "Kies OK, hulp nodig of niet bereikt."));

        var list = Jsoup.parse(
            mvc
                .perform(get("/crisis/check-ins").with(user(henk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(list.select("#neighbour-" + neighbour).text()).contains("Hulp nodig, door Anna om");
        assertThat(list.select("#neighbour-" + neighbour + " button[aria-pressed=true]").text()).isEqualTo(
            "Hulp nodig"
        );
        assertThat(list.select("h2").text()).contains("Paginabuurt: Storm op komst");

        // Every page of a resident of the neighbourhood carries the notice while the crisis is on.
        CurrentUser resident = fixtures.account(residents.get(7), "Bewoner");
        fixtures.placeWithHelpDesk(neighbourhood, "Buurthuis Pagina", "vragen over geld");
        var settings = Jsoup.parse(
            mvc
                .perform(get("/settings").with(user(resident)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(settings.select("aside .page-notice").text())
            .contains("Crisis in Paginabuurt")
            .contains("Storm op komst")
            .contains("Buurthuis Pagina: vragen over geld, elke dinsdag van 10:00 tot 12:00");
        mode.switchOff(builder, neighbourhood);
        var after = Jsoup.parse(
            mvc.perform(get("/settings").with(user(resident))).andReturn().getResponse().getContentAsString()
        );
        assertThat(after.select("aside .page-notice")).isEmpty();
    }

    @Test
    void aWrongLineForTheLogIsNamedInDutchAndEnglishAndAnotherBuilderIsRefused() throws Exception {
        var nl = Jsoup.parse(
            mvc
                .perform(
                    post("/neighbourhoods/{id}/builder-log", neighbourhood)
                        .param("day", "morgen")
                        .param("note", "")
                        .param("hours", "30")
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(nl.select("#day-error").text()).isEqualTo("Vul een datum in zoals 1-7-2027.");
        assertThat(nl.select("#kind-error").text()).isEqualTo("Kies wat u deed.");
        assertThat(nl.select("#note-error").text()).isEqualTo("Schrijf kort wat u deed.");
        assertThat(nl.select("#hours-error").text()).isEqualTo(
            "Vul een aantal uren in van meer dan 0 en hoogstens 24."
        );
        assertThat(nl.select("#hours").attr("value")).isEqualTo("30");
        var en = Jsoup.parse(
            mvc
                .perform(
                    post("/neighbourhoods/{id}/builder-log", neighbourhood)
                        .param("day", builderLog.today().toString())
                        .param("kind", "OTHER")
                        .param("note", "Bingo")
                        .param("hours", "")
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(builder))
                )
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(en.select("#hours-error").text()).isEqualTo("Fill in the number of hours.");
        assertThat(en.select(".error-summary").text()).contains("Fill in the number of hours.");
        assertThat(count("builder_log")).isZero();

        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc
                .perform(
                    post("/neighbourhoods/{id}/builder-log", neighbourhood)
                        .param("day", builderLog.today().toString())
                        .param("kind", "COUPLED")
                        .param("note", "Ans aan Piet")
                        .param("hours", "1,5")
                        .param("token", token)
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(redirectedUrl("/neighbourhoods/" + neighbourhood + "/builder-log?added"));
        }
        assertThat(count("builder_log")).isOne();
        mvc
            .perform(get("/neighbourhoods/{id}/builder-log", neighbourhood).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(
                post("/neighbourhoods/{id}/builder-log", neighbourhood)
                    .param("day", builderLog.today().toString())
                    .param("kind", "COUPLED")
                    .param("note", "x")
                    .param("hours", "1")
                    .with(csrf())
                    .with(user(elsewhere))
            )
            .andExpect(status().isForbidden());
        var page = Jsoup.parse(
            mvc
                .perform(
                    get("/neighbourhoods/{id}/builder-log", neighbourhood)
                        .param("from", "2027-02-01")
                        .param("to", "2027-01-01")
                        .with(user(builder))
                )
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(page.select("#to-error").text()).isEqualTo("Deze dag ligt voor de begindag. Kies een latere dag.");
        assertThat(page.text()).contains("Ans aan Piet").contains("1,50");
    }

    private int count(String table) {
        return jdbc
            .sql("select count(*) from " + table + " where neighbourhood_id = ?")
            .param(neighbourhood)
            .query(Integer.class)
            .single();
    }
}
