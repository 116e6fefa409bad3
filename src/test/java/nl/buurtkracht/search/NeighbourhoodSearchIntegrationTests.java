package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.search.NeighbourhoodSearch.Hit;
import nl.buurtkracht.search.NeighbourhoodSearch.Results;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dutch search finds what people meant, misspelt or not, and shows each item only to whom its
 * owner shares it with, wherever the owner lives now.
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
        service("Zeventig Repair Café", "Kapotte spullen samen repareren");
        service("Winkelbus De Linde", "Rijdt op vrijdag naar de supermarkt");
    }

    private void service(String name, String purpose) {
        jdbc.sql("delete from service where name = ?").param(name).update();
        long service = jdbc
            .sql("insert into service (name, purpose) values (?, ?) returning id")
            .params(name, purpose)
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
    void aMisspeltWordAlsoSearchesTheWordMeantAndSaysSo() {
        CurrentUser ria = login(DemoData.RESIDENT);
        CurrentUser samira = login(DemoData.COMMUNITY_BUILDER);

        Results swapped = search.search(ria, "boodscahppen zeventig", null);
        assertThat(swapped.alsoSearched()).containsExactly("boodschappen");
        assertThat(titles(swapped)).containsExactly("boodschappen doen voor zeventig");

        Results missing = search.search(ria, "wandlen", null);
        assertThat(missing.alsoSearched()).containsExactly("wandelen");
        assertThat(titles(missing)).contains("Wandelen");

        // "boodschapen" shares a stem with "boodschappen" already; read as "boodschappen" it also
        // searches that word's synonyms, so the bus to the supermarket is found too.
        Results stem = search.search(samira, "boodschapen", null);
        assertThat(stem.alsoSearched()).containsExactly("boodschappen");
        assertThat(titles(stem)).contains("Boodschappen doen", "Winkelbus De Linde");
    }

    @Test
    void aWordThatIsKnownStartsAKnownWordOrIsShortIsSearchedAsTyped() {
        CurrentUser samira = login(DemoData.COMMUNITY_BUILDER);

        for (String typed : List.of(
            "boodschappen",
            "Boodschap",
            "wandelen koffie",
            "gewandeld",
            "fietsen",
            "Café",
            "hnd"
        )) {
            assertThat(search.search(samira, typed, null).alsoSearched()).as(typed).isEmpty();
        }
        assertThat(search.search(samira, "xylofoon", null).alsoSearched()).as("like no known word").isEmpty();
    }

    @Test
    void junkAndVeryLongInputGiveNoErrorAndOnlyPlainWordsAreSuggested() {
        CurrentUser samira = login(DemoData.COMMUNITY_BUILDER);

        for (String typed : List.of(
            "'; drop table search_word; -- boodscahppen",
            "%_\\ .*[a-z]+( ) | & ! :* <-> boodscahppen",
            "\0boodscahppen ß漢字☃",
            "boodscahppen ".repeat(1000),
            "x".repeat(10_000)
        )) {
            Results results = search.search(samira, typed, null);
            assertThat(results.alsoSearched())
                .as(typed)
                .allMatch(word -> word.matches("[a-z0-9]+"));
        }
        assertThat(search.search(samira, "boodscahppen ".repeat(1000), null).alsoSearched()).containsExactly(
            "boodschappen"
        );
    }

    @Test
    void anItemFollowsItsOwnerWhenSheMoves() {
        CurrentUser ria = login(DemoData.RESIDENT);
        CurrentUser kees = login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        item(otherStreet, "OFFER", "verhuisdozen zeventig", "STREET");
        long home = addressOf(otherStreet);
        assertThat(titles(ria, "verhuisdozen")).as("another street").isEmpty();
        try {
            moveTo(otherStreet, addressOf(ria.residentId()));
            assertThat(titles(ria, "verhuisdozen")).containsExactly("verhuisdozen zeventig");

            moveTo(otherStreet, addressOf(kees.residentId()));
            assertThat(titles(ria, "verhuisdozen")).isEmpty();
            assertThat(titles(kees, "verhuisdozen")).containsExactly("verhuisdozen zeventig");
        } finally {
            moveTo(otherStreet, home);
        }
        assertThat(titles(ria, "verhuisdozen")).isEmpty();
    }

    @Test
    void anItemFollowsItsOwnersAddressIntoAnotherNeighbourhood() {
        CurrentUser ria = login(DemoData.RESIDENT);
        CurrentUser kees = login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        CurrentUser samira = login(DemoData.COMMUNITY_BUILDER);
        long address = addressOf(otherStreet);
        long keesNeighbourhood = kees.scope().homeNeighbourhoodId();
        assertThat(titles(ria, "buren zeventig")).containsExactly("de buren helpen met zeventig dingen");
        try {
            jdbc
                .sql("update address set neighbourhood_id = ? where id = ?")
                .params(keesNeighbourhood, address)
                .update();

            assertThat(titles(ria, "buren zeventig")).isEmpty();
            assertThat(titles(kees, "buren zeventig")).containsExactly("de buren helpen met zeventig dingen");
            assertThat(titles(samira, "laptop zeventig"))
                .as("still one of her neighbourhoods")
                .containsExactly("laptop uitleg zeventig");
        } finally {
            jdbc.sql("update address set neighbourhood_id = 1 where id = ?").param(address).update();
        }
        assertThat(titles(kees, "buren zeventig")).isEmpty();
    }

    @Test
    void everyItemCarriesItsOwnersAddressStreetAndNeighbourhood() {
        assertThat(
            jdbc
                .sql(
                    """
                    select count(*) from profile_item pi join resident r on r.id = pi.resident_id
                    left join address a on a.id = r.address_id
                    where pi.address_id is distinct from a.id or pi.street_id is distinct from a.street_id
                      or pi.neighbourhood_id is distinct from a.neighbourhood_id"""
                )
                .query(Long.class)
                .single()
        ).isZero();
    }

    @Test
    void anotherNeighbourhoodCannotBeSearchedByChangingTheArea() {
        CurrentUser ria = login(DemoData.RESIDENT);

        assertThatThrownBy(() -> search.search(ria, "zeventig", 2L)).isInstanceOf(NotPermitted.class);
    }

    private List<String> titles(CurrentUser viewer, String typed) {
        return titles(search.search(viewer, typed, null));
    }

    private static List<String> titles(Results results) {
        return results.hits().stream().map(Hit::title).toList();
    }

    private long addressOf(@Nullable Long residentId) {
        return jdbc.sql("select address_id from resident where id = ?").param(residentId).query(Long.class).single();
    }

    private void moveTo(long residentId, long addressId) {
        jdbc.sql("update resident set address_id = ? where id = ?").params(addressId, residentId).update();
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
