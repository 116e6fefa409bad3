package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.search.NeighbourhoodSearch.Hit;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dutch search finds what people meant and shows each item only to whom its owner shares it with.
 * Demo people: Ria and Henk live in block 1 of Rozenstraat (Bloemenbuurt), Kees in the Vogelwijk,
 * Samira is the Bloemenbuurt's community builder.
 */
@SpringBootTest
class NeighbourhoodSearchIntegrationTests {

    @Autowired
    NeighbourhoodSearch search;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long sameStreetOtherBlock;
    private long otherStreet;

    @BeforeEach
    void shareSomeThings() {
        sameStreetOtherBlock = residentAt(1, 30);
        otherStreet = residentAt(2, 10);
        jdbc.sql("delete from profile_item where label like '%zeventig%'").update();
        item(sameStreetOtherBlock, "OFFER", "boodschappen doen voor zeventig", "STREET");
        item(sameStreetOtherBlock, "LIKE", "wandelen met zeventig honden", "BLOCK");
        item(sameStreetOtherBlock, "TALENT", "geheim zeventig recept", "ONLY_ME");
        item(otherStreet, "OFFER", "de buren helpen met zeventig dingen", "NEIGHBOURHOOD");
        item(otherStreet, "OFFER", "laptop uitleg zeventig", "BUILDER");
        jdbc.sql("delete from service where name = 'Zeventig Repair Café'").update();
        long service = jdbc
            .sql(
                "insert into service (name, purpose) values ('Zeventig Repair Café', 'Kapotte spullen samen repareren') returning id"
            )
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into service_neighbourhood (service_id, neighbourhood_id) values (?, 1)")
            .param(service)
            .update();
    }

    @Test
    void aNeighbourFindsWhatTheStreetSharesInHerOwnWords() {
        CurrentUser ria = login(DemoData.RESIDENT);

        assertThat(titles(ria, "boodschap zeventig")).containsExactly("boodschappen doen voor zeventig");
        assertThat(titles(ria, "buurman zeventig")).containsExactly("de buren helpen met zeventig dingen");
        assertThat(titles(ria, "klus zeventig")).containsExactly("Zeventig Repair Café");
    }

    @Test
    void itemsAreShownOnlyToTheAudienceTheirOwnerChose() {
        CurrentUser ria = login(DemoData.RESIDENT);
        CurrentUser samira = login(DemoData.COMMUNITY_BUILDER);
        CurrentUser kees = login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);

        assertThat(titles(ria, "wandelen zeventig")).as("another block's item").isEmpty();
        assertThat(titles(ria, "geheim zeventig")).as("only me").isEmpty();
        assertThat(titles(ria, "computer zeventig")).as("for the builder only").isEmpty();
        assertThat(titles(samira, "computer zeventig")).containsExactly("laptop uitleg zeventig");
        assertThat(titles(samira, "boodschap zeventig")).as("street only, not the builder").isEmpty();
        assertThat(titles(kees, "zeventig")).as("another neighbourhood").isEmpty();
        assertThat(titles(login(ownerEmail(sameStreetOtherBlock)), "geheim zeventig")).containsExactly(
            "geheim zeventig recept"
        );
    }

    @Test
    void anyTypedTextIsSafeAndSearchedAsWords() {
        CurrentUser ria = login(DemoData.RESIDENT);

        assertThat(titles(ria, "'; drop table profile_item; -- zeventig")).isEmpty();
        assertThat(titles(ria, "zeventig:* | !( & <b>")).isNotEmpty();
        assertThat(titles(ria, "x".repeat(10_000))).isEmpty();
        assertThat(titles(ria, "   ")).isEmpty();
    }

    @Test
    void anotherNeighbourhoodCannotBeSearchedByChangingTheArea() {
        CurrentUser ria = login(DemoData.RESIDENT);

        assertThatThrownBy(() -> search.search(ria, "zeventig", 2L)).isInstanceOf(NotPermitted.class);
    }

    private List<String> titles(CurrentUser viewer, String typed) {
        return search.search(viewer, typed, null).hits().stream().map(Hit::title).toList();
    }

    private CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private String ownerEmail(long residentId) {
        return jdbc
            .sql("select email from account where resident_id = ?")
            .param(residentId)
            .query(String.class)
            .single();
    }

    private long residentAt(long streetId, int minimumHouseNumber) {
        return jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id join account ac on ac.resident_id = r.id
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
}
