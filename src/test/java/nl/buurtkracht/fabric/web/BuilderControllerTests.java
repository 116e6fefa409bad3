package nl.buurtkracht.fabric.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The builder's view: hers in Dutch and English, nobody else's, and never for the analyst. */
@SpringBootTest
@AutoConfigureMockMvc
class BuilderControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactLedger ledger;

    CurrentUser samira;
    long hers;

    @BeforeEach
    void setUp() {
        samira = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        hers = samira.scope().builderNeighbourhoodIds().iterator().next();
    }

    @Test
    void aBuilderFindsHerNeighbourhoodsAndEachViewInDutchAndEnglish() throws Exception {
        assertThat(samira.scope().builderNeighbourhoodIds()).hasSizeGreaterThan(1);
        mvc
            .perform(get("/builder").with(user(samira)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/builder/neighbourhoods/" + hers + "\"")));
        mvc
            .perform(get("/builder/neighbourhoods/{id}", hers).with(user(samira)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Buurtbeeld van")))
            .andExpect(content().string(containsString("Waar uw uren deze week het meest helpen")))
            .andExpect(content().string(containsString("class=\"street-line shade-")))
            .andExpect(content().string(not(containsString("??"))));
        mvc
            .perform(get("/builder/neighbourhoods/{id}", hers).param("lang", "en").with(user(samira)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Neighbourhood view of")))
            .andExpect(content().string(containsString("Where your hours help most this week")));
    }

    @Test
    void anotherNeighbourhoodIsNotHersAndTheAnalystSeesReportsNotThisView() throws Exception {
        // A neighbourhood of another town that another builder supports.
        long other = new ReportFixtures(jdbc, accounts, ledger).neighbourhood("Elders");
        jdbc
            .sql("insert into street (neighbourhood_id, name, place_name) values (?, 'Verweg', ?)")
            .params(other, "Elders " + other)
            .update();
        mvc.perform(get("/builder/neighbourhoods/{id}", other).with(user(samira))).andExpect(status().isForbidden());
        long street = jdbc
            .sql("select id from street where neighbourhood_id = ? order by id limit 1")
            .param(other)
            .query(Long.class)
            .single();
        mvc.perform(get("/builder/streets/{id}/network", street).with(user(samira))).andExpect(status().isForbidden());

        CurrentUser analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
        mvc.perform(get("/builder/neighbourhoods/{id}", hers).with(user(analyst))).andExpect(status().isForbidden());
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        mvc.perform(get("/builder/neighbourhoods/{id}", hers).with(user(ria))).andExpect(status().isForbidden());
    }

    @Test
    void aStreetsNetworkPictureIsNumberedDotsForHerOwnStreets() throws Exception {
        long street = jdbc
            .sql("select id from street where neighbourhood_id = ? order by id limit 1")
            .param(hers)
            .query(Long.class)
            .single();
        mvc
            .perform(get("/builder/streets/{id}/network", street).with(user(samira)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Wie kent wie in de")));
    }
}
