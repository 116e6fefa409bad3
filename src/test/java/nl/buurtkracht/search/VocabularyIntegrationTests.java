package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.directory.ServiceDirectory;
import nl.buurtkracht.directory.ServiceForm;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.InitiativeManagement;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.people.ProfileUpdate;
import nl.buurtkracht.people.Profiles;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vocabulary that misspelt words are corrected to learns from the service directory and from
 * profiles as they change, but a word of people's own only once five neighbours share it.
 */
@SpringBootTest
class VocabularyIntegrationTests {

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Profiles profiles;

    @Autowired
    Accounts accounts;

    @Autowired
    NeighbourhoodSearch search;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    JdbcClient jdbc;

    /** A made-up word of letters only, new to the vocabulary. */
    private String word;

    @BeforeEach
    void aNewWord() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("ukel");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        word = letters.toString();
        // Two equal letters in the middle would make the "misspelt" word the word itself.
        if (misspelt(word).equals(word)) {
            aNewWord();
        }
    }

    @Test
    void whatIsThereAtTheFirstStartIsKnown() {
        assertThat(known("boodschappendienst")).as("a demo service").isTrue();
        assertThat(known("papieren")).as("a tag nobody in the demo has chosen: Helpen met post en papieren").isTrue();
        assertThat(known("koffie")).as("a tag").isTrue();
    }

    @Test
    void aServiceTeachesItsWordsAtOnce() {
        CurrentUser samira = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        directory.create(
            samira,
            new ServiceForm("Dansclub " + word, "Samen dansen in de buurt", "", "", "", null, null, Set.of(1L))
        );

        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> known(word));
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        var results = search.search(ria, misspelt(word), null);
        assertThat(results.alsoSearched()).containsExactly(word);
        assertThat(results.hits()).extracting(NeighbourhoodSearch.Hit::title).containsExactly("Dansclub " + word);
    }

    @Test
    void anInitiativeTeachesItsWordsAtOnce() {
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        long id = initiatives.start(
            ria,
            new InitiativeForm("Buurtclub " + word, "Samen iets doen", "", "", ria.scope().homeNeighbourhoodId()),
            null
        );

        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> known(word));
        var results = search.search(ria, misspelt(word), null);
        assertThat(results.alsoSearched()).containsExactly(word);
        assertThat(results.hits()).extracting(NeighbourhoodSearch.Hit::id).containsExactly(id);
    }

    @Test
    void aWordOfPeoplesOwnIsLearntOnceFiveNeighboursShareIt() {
        List<CurrentUser> neighbours = List.of(resident(), resident(), resident(), resident(), resident());
        for (CurrentUser neighbour : neighbours.subList(0, 4)) {
            save(neighbour, word + " spelen", "STREET");
        }
        save(neighbours.get(4), word + " spelen", "ONLY_ME");
        assertThat(known(word)).as("four who share it, one who keeps it to herself").isFalse();

        save(neighbours.get(4), "Graag " + word, "BLOCK");

        assertThat(known(word)).isTrue();
    }

    /** Saves a profile of one item and waits until the search module has read it. */
    private void save(CurrentUser resident, String label, String visibility) {
        profiles.save(
            resident,
            resident.residentId(),
            new ProfileUpdate(
                List.of(new ProfileUpdate.Item("items[0]", "LIKE", null, label, visibility)),
                "",
                "STREET",
                "STREET"
            )
        );
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() ->
                jdbc
                    .sql(
                        "select not exists (select 1 from event_publication where event_type like '%ProfileUpdated' and completion_date is null)"
                    )
                    .query(Boolean.class)
                    .single()
            );
    }

    private boolean known(String candidate) {
        return jdbc
            .sql("select exists (select 1 from search_word where word = ?)")
            .param(candidate)
            .query(Boolean.class)
            .single();
    }

    /** The word with two letters in the middle swapped. */
    private static String misspelt(String word) {
        int i = word.length() / 2;
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private CurrentUser resident() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long address = jdbc
            .sql("select id from address where street_id = 1 order by id limit 1")
            .query(Long.class)
            .single();
        long resident = jdbc
            .sql("insert into resident (address_id, display_name, birth_year) values (?, ?, 1960) returning id")
            .params(address, "Buur " + unique)
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into account (resident_id, display_name, email, password_hash) values (?, ?, ?, ?)")
            .params(resident, "Buur " + unique, "buur-" + unique + "@example.org", "{noop}not used")
            .update();
        return accounts.findByLogin("buur-" + unique + "@example.org").orElseThrow();
    }
}
