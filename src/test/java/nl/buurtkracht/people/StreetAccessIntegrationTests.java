package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.AreaAccess.NameScope;
import nl.buurtkracht.people.StreetDirectory.Neighbour;
import nl.buurtkracht.people.StreetDirectory.StreetPage;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees whose name on a street page: neighbours on the same street see the names shared with
 * the street, the builder those shared with the builder, everyone else counts only, and a street
 * outside your neighbourhood is refused. Uses the demo street Rozenstraat (id 1).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StreetAccessIntegrationTests {

    private static final long ROZENSTRAAT = 1;

    @Autowired
    StreetDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void neighboursOnTheStreetSeeExactlyTheNamesSharedWithTheStreet() {
        StreetPage page = directory.street(login(DemoData.RESIDENT), ROZENSTRAAT);

        assertThat(page.nameScope()).isEqualTo(NameScope.STREET);
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(
            residentsOnRozenstraatWith(ConsentPurpose.NAME_VISIBLE_TO_STREET)
        );
        assertThat(page.hiddenCount()).isEqualTo(page.residentCount() - page.neighbours().size()).isPositive();
    }

    @Test
    void theBuilderSeesOnlyNamesSharedWithTheBuilder() {
        StreetPage page = directory.street(login(DemoData.COMMUNITY_BUILDER), ROZENSTRAAT);

        assertThat(page.nameScope()).isEqualTo(NameScope.BUILDER);
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(
            residentsOnRozenstraatWith(ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER)
        );
    }

    @Test
    void aResidentOfAnotherStreetInTheNeighbourhoodSeesCountsButNoNames() {
        long otherStreetResident = jdbc
            .sql(
                """
                select a.id from account a join resident r on r.id = a.resident_id join address ad on ad.id = r.address_id
                where ad.street_id = 4 order by a.id limit 1"""
            )
            .query(Long.class)
            .single();
        CurrentUser neighbour = accounts.findById(otherStreetResident).orElseThrow();

        StreetPage page = directory.street(neighbour, ROZENSTRAAT);

        assertThat(page.nameScope()).isEqualTo(NameScope.NONE);
        assertThat(page.neighbours()).isEmpty();
        assertThat(page.residentCount()).isPositive();
    }

    @Test
    void aStreetInAnotherNeighbourhoodIsRefusedOnThePageAndInTheApi() throws Exception {
        CurrentUser kees = login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);

        assertThatThrownBy(() -> directory.street(kees, ROZENSTRAAT)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> directory.street(kees, 999_999)).isInstanceOf(NotFound.class);
        mvc.perform(get("/api/v1/streets/" + ROZENSTRAAT).with(user(kees))).andExpect(status().isForbidden());
        mvc.perform(get("/streets/" + ROZENSTRAAT).with(user(kees))).andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/streets/" + ROZENSTRAAT).with(user(login(DemoData.RESIDENT))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.street.name").value("Rozenstraat"));
    }

    @Test
    void aWithdrawnConsentHidesTheNameAtOnce() {
        long someone = residentsOnRozenstraatWith(ConsentPurpose.NAME_VISIBLE_TO_STREET)
            .stream()
            .filter(id -> id > 3)
            .findFirst()
            .orElseThrow();
        CurrentUser henk = login(DemoData.STREET_HOST);
        assertThat(ids(directory.street(henk, ROZENSTRAAT))).contains(someone);

        consent.record(someone, ConsentPurpose.NAME_VISIBLE_TO_STREET, false, someone, false, ConsentMethod.ONLINE);
        try {
            assertThat(ids(directory.street(henk, ROZENSTRAAT))).doesNotContain(someone);
        } finally {
            consent.record(someone, ConsentPurpose.NAME_VISIBLE_TO_STREET, true, someone, false, ConsentMethod.ONLINE);
        }
    }

    private CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private static List<Long> ids(StreetPage page) {
        return page.neighbours().stream().map(Neighbour::residentId).toList();
    }

    private List<Long> residentsOnRozenstraatWith(ConsentPurpose purpose) {
        return jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id where a.street_id = ?
                and (select c.granted from consent_record c where c.subject_resident_id = r.id and c.purpose = ?
                     order by c.id desc limit 1)"""
            )
            .params(ROZENSTRAAT, purpose.name())
            .query(Long.class)
            .list();
    }
}
