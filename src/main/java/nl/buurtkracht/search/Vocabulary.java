package nl.buurtkracht.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.directory.ServiceChanged;
import nl.buurtkracht.initiative.InitiativeChanged;
import nl.buurtkracht.people.ProfileUpdated;
import nl.buurtkracht.people.TagCatalogue;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words that the tag catalogue, the service directory and people's profiles use, so that a
 * misspelt search word ("boodschapen") can also search the word that was probably meant
 * ("boodschappen"). Kept in PostgreSQL with a trigram index, so every app instance corrects alike,
 * and learnt as profiles and services change. A word of people's own is learnt only once
 * {@value #PEOPLE} neighbours share it with someone: a suggestion must never tell what one person
 * wrote, nor anything kept to "only me". Words are never forgotten: a word no longer used only
 * widens a search, and one that five neighbours shared is nobody's secret.
 */
@Service
class Vocabulary {

    /**
     * Trigram similarity a known word needs to be offered for a typed one. Measured: boodschapen →
     * boodschappen 0.79, kofie → koffie 0.63, computr → computer 0.55, fietsn → fietsen 0.50, hondn →
     * hond 0.57; but roken → koken 0.33 and lezen → lenen 0.33 stay apart. pg_trgm's {@code %}
     * (similarity_threshold 0.3 by default) picks the candidates from the index first.
     */
    static final double SIMILARITY = 0.4;

    /** Shorter words have too few trigrams to tell a typo from another word. */
    static final int SHORTEST_CORRECTED = 4;

    /** Most words searched in place of one typed word. */
    static final int MOST_CORRECTIONS = 2;

    /** How many neighbours must share a word of their own before it is suggested to anyone. */
    static final int PEOPLE = 5;

    /**
     * The most similar known words for each typed word of which no form (the word itself, its
     * synonyms, its verb) is the start of a known word. The C collation of {@code search_word} makes
     * "starts with" a btree range ('{' sorts right after 'z').
     */
    private static final String CORRECTIONS = """
        select t.word, c.word as correction
        from unnest(cast(:words as text[]), cast(:forms as text[])) as t(word, forms)
        cross join lateral (
          select v.word, similarity(v.word, t.word) as similarity from search_word v
          where v.word % t.word order by similarity desc, v.word limit 3
        ) c
        where c.similarity >= :similarity
          and not exists (select 1 from unnest(string_to_array(t.forms, ' ')) as f(form)
                          where exists (select 1 from search_word k where k.word >= f.form and k.word < f.form || '{'))
        order by t.word, c.similarity desc, c.word
        """;

    /**
     * A resident's shared words that are new to the vocabulary and now shared by enough people. The
     * index of stemmed words narrows down whose labels are read, and reading stops after 1,000
     * matching items: nobody has more than 150 (5 kinds of 30), so if four people or fewer own the
     * first 1,000, nobody else has the word. Known words are left out first: counting an everyday
     * word took 0.6 s on 1M residents.
     */
    private static final String LEARN_FROM_PROFILE = """
        insert into search_word (word)
        select new.word from (
          select distinct w.word from profile_item pi cross join lateral search_words(pi.label) as w(word)
          where pi.resident_id = :resident and pi.visibility <> 'ONLY_ME'
            and not exists (select 1 from search_word v where v.word = w.word)
        ) new
        where (select count(distinct shared.resident_id) from (
                 select pi.resident_id from profile_item pi
                 where pi.search @@ plainto_tsquery('dutch', new.word) and pi.visibility <> 'ONLY_ME'
                   and new.word in (select search_words(pi.label))
                 limit 1000) shared) >= :people
        on conflict do nothing
        """;

    private static final String LEARN_FROM_SERVICE = """
        insert into search_word (word) select search_words(name || ' ' || purpose) from service where id = :service
        on conflict do nothing
        """;

    /** An initiative is public by nature: its words are known as soon as it is there. */
    private static final String LEARN_FROM_INITIATIVE = """
        insert into search_word (word) select search_words(title || ' ' || what) from initiative where id = :initiative
        on conflict do nothing
        """;

    private static final String LEARN_EVERYTHING = """
        insert into search_word (word)
        select w.word from profile_item pi cross join lateral search_words(pi.label) as w(word)
        where pi.visibility <> 'ONLY_ME' group by w.word having count(distinct pi.resident_id) >= :people
        union select search_words(name || ' ' || purpose) from service
        union select search_words(title || ' ' || what) from initiative where state <> 'ENDED'
        on conflict do nothing
        """;

    private static final String LEARN_LABELS = """
        insert into search_word (word) select search_words(label) from unnest(cast(:labels as text[])) as l(label)
        on conflict do nothing
        """;

    private final JdbcClient jdbc;

    Vocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Known words to search besides each typed word that is not known itself, best first. */
    Map<String, List<String>> corrections(DutchQuery query) {
        List<String> words = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> typed = query.typed();
        List<Set<String>> formsOfTyped = query.words();
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).length() >= SHORTEST_CORRECTED) {
                words.add(typed.get(i));
                forms.add(String.join(" ", formsOfTyped.get(i)));
            }
        }
        Map<String, List<String>> corrections = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return corrections;
        }
        jdbc
            .sql(CORRECTIONS)
            .param("words", words.toArray(String[]::new))
            .param("forms", forms.toArray(String[]::new))
            .param("similarity", SIMILARITY)
            .query(rs -> {
                List<String> chosen = corrections.computeIfAbsent(rs.getString("word"), w -> new ArrayList<>());
                String candidate = rs.getString("correction");
                // "boodschappendienst" adds nothing once "boodschappen" is searched as a prefix.
                if (chosen.size() < MOST_CORRECTIONS && chosen.stream().noneMatch(candidate::startsWith)) {
                    chosen.add(candidate);
                }
            });
        return corrections;
    }

    /**
     * Learns what is already there on the first start (after the demo data, which is written
     * directly into the tables), and the tag catalogue on every start, as it comes with the code.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void learnOnStart() {
        if (!jdbc.sql("select exists (select 1 from search_word)").query(Boolean.class).single()) {
            jdbc.sql(LEARN_EVERYTHING).param("people", PEOPLE).update();
        }
        List<String> labels = TagCatalogue.codes().stream().map(TagCatalogue::dutchLabel).toList();
        jdbc.sql(LEARN_LABELS).param("labels", labels.toArray(String[]::new)).update();
    }

    @ApplicationModuleListener
    public void on(ProfileUpdated event) {
        jdbc.sql(LEARN_FROM_PROFILE).param("resident", event.residentId()).param("people", PEOPLE).update();
    }

    @ApplicationModuleListener
    public void on(ServiceChanged event) {
        jdbc.sql(LEARN_FROM_SERVICE).param("service", event.serviceId()).update();
    }

    @ApplicationModuleListener
    public void on(InitiativeChanged event) {
        jdbc.sql(LEARN_FROM_INITIATIVE).param("initiative", event.initiativeId()).update();
    }
}
