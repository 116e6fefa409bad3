package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading what a person typed into the one search box. */
class DutchQueryTests {

    @Test
    void aWordAlsoSearchesItsSynonymsAsPrefixes() {
        assertThat(DutchQuery.parse("Buurman").toTsQuery()).startsWith("(buurman:* | ").contains("buren:*");
        assertThat(DutchQuery.parse("computer").words().getFirst()).contains("laptop", "tablet");
    }

    @Test
    void aPastParticipleAlsoSearchesItsVerb() {
        assertThat(DutchQuery.parse("gewandeld").words().getFirst()).contains("gewandeld", "wandel", "wandelen");
        assertThat(DutchQuery.parse("gekookt").words().getFirst()).contains("kook");
    }

    @Test
    void everyTypedWordMustMatch() {
        assertThat(DutchQuery.parse("hond wandelen").toTsQuery()).matches("\\(hond:\\*.*\\) & \\(wandelen:\\*.*\\)");
    }

    @Test
    void querySyntaxAndMarkupAreSearchedAsPlainWords() {
        assertThat(DutchQuery.parse("'; drop table resident; --").toTsQuery()).isEqualTo(
            "(drop:*) & (table:*) & (resident:*)"
        );
        assertThat(DutchQuery.parse("<script>alert(1)</script>").toTsQuery()).doesNotContain("<", ">", "(1)");
        assertThat(DutchQuery.parse("wand* AND (fiets OR ~boot)^2 .*[a-z]+").toTsQuery()).matches("[a-z0-9:*()|& ]+");
        assertThat(DutchQuery.parse("!!! ??? ***").isEmpty()).isTrue();
    }

    @Test
    void accentsAreIgnoredAndAVeryLongInputIsCut() {
        assertThat(DutchQuery.parse("Café").words().getFirst()).contains("cafe");
        DutchQuery essay = DutchQuery.parse("wandelen ".repeat(10_000));
        assertThat(essay.words()).hasSize(DutchQuery.MAX_WORDS);
    }

    @Test
    void aWordMeantAlsoBringsItsSynonymsAndIsListed() {
        DutchQuery typed = DutchQuery.parse("boodschapen hond");
        assertThat(typed.toTsQuery()).doesNotContain("supermarkt");

        DutchQuery meant = typed.alsoSearching(Map.of("boodschapen", List.of("boodschappen")));

        assertThat(meant.words().getFirst()).startsWith("boodschapen").contains("boodschappen", "supermarkt");
        assertThat(meant.words().get(1)).isEqualTo(typed.words().get(1));
        assertThat(meant.alsoSearched()).containsExactly("boodschappen");
    }

    @Test
    void aWordAlreadySearchedIsNotListedAgain() {
        DutchQuery meant = DutchQuery.parse("boodschap").alsoSearching(Map.of("boodschap", List.of("supermarkt")));

        assertThat(meant.alsoSearched()).isEmpty();
    }

    @Test
    void onlyPlainWordsCanBeAdded() {
        DutchQuery typed = DutchQuery.parse("boodschapen");

        assertThatThrownBy(() -> typed.alsoSearching(Map.of("boodschapen", List.of("x:* | y")))).isInstanceOf(
            IllegalArgumentException.class
        );
    }
}
