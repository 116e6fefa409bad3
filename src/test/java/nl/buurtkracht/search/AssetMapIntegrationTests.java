package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.search.AssetMap.Person;
import nl.buurtkracht.search.AssetMap.Strength;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assets of Rozenstraat: every shared strength is counted, names show only to whom each
 * person shares them with, "only me" is not even counted, and the analyst sees large groups only.
 */
@SpringBootTest
class AssetMapIntegrationTests {

    @Autowired
    AssetMap assets;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long otherBlock;

    @BeforeEach
    void shareTalents() {
        otherBlock = jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id
                where a.street_id = 1 and a.house_number >= 30 order by r.id limit 1"""
            )
            .query(Long.class)
            .single();
        jdbc.sql("delete from profile_item where label like 'Vioolles%'").update();
        item(otherBlock, "Vioolles geven", "BLOCK");
        item(otherBlock, "Vioolles stemmen", "ONLY_ME");
        item(2, "Vioolles geven", "STREET");
    }

    @Test
    void namesFollowEachPersonsChoiceWhileCountsShowWhatTheStreetHas() {
        Strength violin = strength(login(DemoData.RESIDENT), "Vioolles geven");

        assertThat(violin.people()).isEqualTo(2);
        assertThat(violin.visible()).extracting(Person::name).containsExactly("Henk Jansen");
        assertThat(labels(login(DemoData.RESIDENT))).doesNotContain("Vioolles stemmen");
    }

    @Test
    void theAnalystSeesOnlyLargeGroupsAndNoNames() {
        CurrentUser analyst = login(DemoData.ANALYST);

        var street = assets.ofStreet(analyst, 1);

        assertThat(street.strengths()).allSatisfy(s -> {
                assertThat(s.people()).isGreaterThanOrEqualTo(AssetMap.SMALLEST_GROUP);
                assertThat(s.visible()).isEmpty();
            });
        assertThat(labels(analyst)).doesNotContain("Vioolles geven");
    }

    @Test
    void anotherNeighbourhoodsStreetIsRefused() {
        assertThatThrownBy(() -> assets.ofStreet(login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT), 1)).isInstanceOf(
            NotPermitted.class
        );
        assertThat(assets.ofNeighbourhood(login(DemoData.COMMUNITY_BUILDER), 1).services()).isNotEmpty();
    }

    private Strength strength(CurrentUser viewer, String label) {
        return assets
            .ofStreet(viewer, 1)
            .strengths()
            .stream()
            .filter(s -> s.label().equals(label))
            .findFirst()
            .orElseThrow();
    }

    private List<String> labels(CurrentUser viewer) {
        return assets.ofStreet(viewer, 1).strengths().stream().map(Strength::label).toList();
    }

    private CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private void item(long residentId, String label, String visibility) {
        jdbc
            .sql("insert into profile_item (resident_id, kind, label, visibility) values (?, 'TALENT', ?, ?)")
            .params(residentId, label, visibility)
            .update();
    }
}
