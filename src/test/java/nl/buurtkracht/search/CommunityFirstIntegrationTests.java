package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.search.CommunityFirst.Neighbour;
import nl.buurtkracht.search.CommunityFirst.Organisation;
import nl.buurtkracht.search.CommunityFirst.Suggestions;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Community first for Ria (Rozenstraat, Bloemenbuurt): her street host Henk and builder Samira see
 * first the neighbours close by who share that they can help, then organisations working in the
 * Bloemenbuurt, and only then those from elsewhere.
 */
@SpringBootTest
class CommunityFirstIntegrationTests {

    private static final long RIA = 1;

    @Autowired
    CommunityFirst communityFirst;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long sameStreet;
    private long otherStreet;
    private long otherNeighbourhood;

    @BeforeEach
    void shareAccordions() {
        sameStreet = residentAt(1, 30);
        otherStreet = residentAt(4, 40);
        otherNeighbourhood = residentAt(11, 5);
        jdbc.sql("delete from profile_item where label like '%ccordeon%'").update();
        jdbc.sql("delete from service where name like 'Accordeon%'").update();
        item(sameStreet, "OFFER", "Accordeon spelen op verjaardagen", "STREET");
        item(otherStreet, "TALENT", "Accordeon", "NEIGHBOURHOOD");
        item(otherNeighbourhood, "TALENT", "Accordeon stemmen", "NEIGHBOURHOOD");
        item(residentAt(1, 40), "TALENT", "Accordeon, maar geheim", "ONLY_ME");
        service("Accordeonclub Bloemenbuurt", 1);
        service("Accordeonschool Vogelwijk", 2);
    }

    @Test
    void theStreetHostSeesNeighboursCloseByFirstThenTheNeighbourhoodThenElsewhere() {
        Suggestions found = communityFirst.suggest(login(DemoData.STREET_HOST), RIA, "iemand die accordeon speelt");

        assertThat(found.name()).isEqualTo("Ria de Vries");
        assertThat(found.neighbours()).extracting(Neighbour::residentId).containsExactly(sameStreet, otherStreet);
        assertThat(found.neighbours().get(0).sameStreet()).isTrue();
        assertThat(found.neighbours().get(0).metres()).isLessThan(found.neighbours().get(1).metres());
        assertThat(found.nearby()).extracting(Organisation::name).containsExactly("Accordeonclub Bloemenbuurt");
        assertThat(found.elsewhere()).extracting(Organisation::name).containsExactly("Accordeonschool Vogelwijk");
    }

    @Test
    void theBuilderSeesWhatIsSharedWithHerAcrossHerNeighbourhoodsNearestFirst() {
        Suggestions found = communityFirst.suggest(login(DemoData.COMMUNITY_BUILDER), RIA, "accordeon");

        assertThat(found.neighbours())
            .extracting(Neighbour::residentId)
            .as("the street-only offer is not shared with the builder")
            .containsExactly(otherStreet, otherNeighbourhood);
        assertThat(found.notSharedWithYou()).as("the street-only offer, counted without a name").isEqualTo(1);
    }

    @Test
    void aResidentWhoDoesNotSupportRiaIsRefusedAndNoNeedMeansNoSuggestions() {
        assertThatThrownBy(() ->
            communityFirst.suggest(login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT), RIA, "accordeon")
        ).isInstanceOf(NotPermitted.class);
        Suggestions nothing = communityFirst.suggest(login(DemoData.STREET_HOST), RIA, "'; drop table resident; --");
        assertThat(nothing.neighbours()).isEmpty();
        assertThat(communityFirst.suggest(login(DemoData.STREET_HOST), RIA, "x".repeat(10_000)).neighbours()).isEmpty();
    }

    private CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private long residentAt(long streetId, int minimumHouseNumber) {
        return jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id
                where a.street_id = ? and a.house_number >= ? order by a.house_number, r.id limit 1"""
            )
            .params(streetId, minimumHouseNumber)
            .query(Long.class)
            .single();
    }

    private void item(long residentId, String kind, String label, String visibility) {
        jdbc
            .sql("insert into profile_item (resident_id, kind, label, visibility) values (?, ?, ?, ?)")
            .params(residentId, kind, label, visibility)
            .update();
    }

    private void service(String name, long neighbourhoodId) {
        long id = jdbc
            .sql(
                "insert into service (name, purpose, lat, lon) values (?, 'Samen accordeon spelen', 52.09, 5.11) returning id"
            )
            .param(name)
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into service_neighbourhood (service_id, neighbourhood_id) values (?, ?)")
            .params(id, neighbourhoodId)
            .update();
    }
}
