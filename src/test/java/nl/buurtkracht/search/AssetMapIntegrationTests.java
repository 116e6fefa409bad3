package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.search.AssetMap.Assets;
import nl.buurtkracht.search.AssetMap.Person;
import nl.buurtkracht.search.AssetMap.Spot;
import nl.buurtkracht.search.AssetMap.Strength;
import nl.buurtkracht.shared.AgeBand;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assets of Rozenstraat (street 1: Ria and Henk in its first block): every shared strength is
 * counted, names show only to whom each person shares them with, "only me" is not even counted,
 * filters never reveal through a name what a person keeps to a smaller circle, and the analyst sees
 * large groups only.
 */
@SpringBootTest
class AssetMapIntegrationTests {

    private static final String VIOLIN = "vioolles geven";

    @Autowired
    AssetMap assets;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long otherBlock;
    private Integer otherBlockBirthYear;

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
        otherBlockBirthYear = jdbc
            .sql("select birth_year from resident where id = ?")
            .param(otherBlock)
            .query(Integer.class)
            .single();
        jdbc.sql("delete from profile_item where label like 'Vioolles%' or label = 'Esperanto'").update();
        item(otherBlock, "TALENT", "Vioolles geven", "BLOCK");
        item(otherBlock, "TALENT", "Vioolles stemmen", "ONLY_ME");
        item(2, "TALENT", "Vioolles geven", "STREET");
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from profile where resident_id = ?").param(otherBlock).update();
        jdbc.sql("update resident set birth_year = ? where id = ?").params(otherBlockBirthYear, otherBlock).update();
    }

    @Test
    void namesFollowEachPersonsChoiceWhileCountsShowWhatTheStreetHas() {
        Strength violin = strength(street(DemoData.RESIDENT, AssetFilter.NONE), "Vioolles geven");

        assertThat(violin.people()).isEqualTo(2);
        assertThat(violin.visible()).extracting(Person::name).containsExactly("Henk Jansen");
        assertThat(labels(street(DemoData.RESIDENT, AssetFilter.NONE))).doesNotContain("Vioolles stemmen");
    }

    @Test
    void theMapCountsPerBlockAndNeverPerAddress() {
        Assets violin = street(DemoData.RESIDENT, new AssetFilter(VIOLIN, null, null));

        assertThat(violin.spots()).extracting(Spot::level).containsOnly(AreaLevel.BLOCK);
        assertThat(violin.spots().stream().mapToInt(Spot::people).sum()).isEqualTo(2);
        assertThat(violin.spots())
            .filteredOn(s -> s.people() == 1)
            .hasSize(2);
        assertThat(violin.strengths()).extracting(Strength::key).containsOnly(VIOLIN);
    }

    @Test
    void anAgeBandKeptToTheBlockIsCountedButNeverNamedOutsideIt() {
        jdbc
            .sql("update profile_item set visibility = 'STREET' where resident_id = ? and label = 'Vioolles geven'")
            .param(otherBlock)
            .update();
        jdbc
            .sql("update resident set birth_year = extract(year from now())::int - 70 where id = ?")
            .param(otherBlock)
            .update();
        jdbc
            .sql("insert into profile (resident_id, age_band_visibility) values (?, 'BLOCK')")
            .param(otherBlock)
            .update();

        Assets seniors = street(DemoData.RESIDENT, new AssetFilter(VIOLIN, AgeBand.AGE_67_79, null));

        // Henk (born 1957) shares his age band with the street; the other neighbour only with her block.
        Strength violin = strength(seniors, "Vioolles geven");
        assertThat(violin.people()).isEqualTo(2);
        assertThat(violin.visible()).extracting(Person::residentId).containsExactly(2L);
        assertThat(strength(street(DemoData.RESIDENT, AssetFilter.NONE), "Vioolles geven").visible())
            .extracting(Person::residentId)
            .contains(otherBlock);
    }

    @Test
    void aLanguageKeptToOneselfIsNeitherCountedNorNamed() {
        jdbc
            .sql("update profile_item set visibility = 'STREET' where resident_id = ? and label = 'Vioolles geven'")
            .param(otherBlock)
            .update();
        item(otherBlock, "LANGUAGE", "Esperanto", "STREET");
        AssetFilter esperanto = new AssetFilter(VIOLIN, null, "esperanto");

        assertThat(strength(street(DemoData.RESIDENT, esperanto), "Vioolles geven").visible())
            .extracting(Person::residentId)
            .containsExactly(otherBlock);

        jdbc.sql("update profile_item set visibility = 'ONLY_ME' where label = 'Esperanto'").update();
        assertThat(street(DemoData.RESIDENT, esperanto).strengths()).isEmpty();
        assertThat(street(DemoData.RESIDENT, AssetFilter.NONE).languageChoices()).noneMatch(c ->
            c.key().equals("esperanto")
        );
    }

    @Test
    void theAnalystSeesOnlyLargeGroupsAndNoNames() {
        Assets street = street(DemoData.ANALYST, AssetFilter.NONE);

        assertThat(street.strengths()).allSatisfy(s -> {
                assertThat(s.people()).isGreaterThanOrEqualTo(AssetMap.SMALLEST_GROUP);
                assertThat(s.visible()).isEmpty();
            });
        assertThat(labels(street)).doesNotContain("Vioolles geven");
        assertThat(street.spots()).allSatisfy(s ->
            assertThat(s.people() == null || s.people() >= AssetMap.SMALLEST_GROUP).isTrue()
        );
        assertThat(street.strengthChoices()).noneMatch(c -> c.key().equals(VIOLIN));
    }

    @Test
    void aDistrictShowsItsNeighbourhoodsWithTheirOutlines() {
        Assets district = assets.of(login(DemoData.COMMUNITY_BUILDER), AreaLevel.DISTRICT, 1, AssetFilter.NONE);

        assertThat(district.spots())
            .hasSize(3)
            .allSatisfy(s -> {
                assertThat(s.level()).isEqualTo(AreaLevel.NEIGHBOURHOOD);
                assertThat(s.outline()).contains("Polygon");
            });
        assertThat(district.services()).isNotEmpty();
        assertThat(
            assets.of(login(DemoData.RESIDENT), AreaLevel.NEIGHBOURHOOD, 1, AssetFilter.NONE).outline()
        ).contains("Polygon");
    }

    @Test
    void anotherNeighbourhoodsStreetOrBlockIsRefused() {
        CurrentUser kees = login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);

        assertThatThrownBy(() -> assets.of(kees, AreaLevel.STREET, 1, AssetFilter.NONE)).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> assets.of(kees, AreaLevel.BLOCK, 1, AssetFilter.NONE)).isInstanceOf(
            NotPermitted.class
        );
        assertThat(
            assets.of(login(DemoData.COMMUNITY_BUILDER), AreaLevel.NEIGHBOURHOOD, 1, AssetFilter.NONE).services()
        ).isNotEmpty();
    }

    @Test
    void aFilterThatCannotBeReadNamesEachField() {
        assertThatThrownBy(() -> AssetFilter.parse("x".repeat(81), "OLD", "<script>")).isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("strength", "age")
        );
        assertThat(AssetFilter.parse(" Koken ", "", "' or 1=1 --").strength()).isEqualTo("koken");
        assertThat(street(DemoData.RESIDENT, AssetFilter.parse(null, null, "' or 1=1 --")).strengths()).isEmpty();
    }

    private Assets street(String login, AssetFilter filter) {
        return assets.of(login(login), AreaLevel.STREET, 1, filter);
    }

    private static Strength strength(Assets found, String label) {
        return found
            .strengths()
            .stream()
            .filter(s -> s.label().equals(label))
            .findFirst()
            .orElseThrow();
    }

    private static List<String> labels(Assets found) {
        return found.strengths().stream().map(Strength::label).toList();
    }

    private CurrentUser login(String email) {
        return accounts.findByLogin(email).orElseThrow();
    }

    private void item(long residentId, String kind, String label, String visibility) {
        jdbc
            .sql("insert into profile_item (resident_id, kind, label, visibility) values (?, ?, ?, ?)")
            .params(residentId, kind, label, visibility)
            .update();
    }
}
