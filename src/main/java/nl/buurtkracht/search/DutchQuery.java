package nl.buurtkracht.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person typed, turned into a PostgreSQL {@code dutch} text-search query that finds what
 * they meant: every word may also match its synonyms ("buurman" finds "buren", "computer" finds
 * "laptop"), past participles search their verb ("gewandeld" finds "wandelen"), and every form is a
 * prefix so that "boodschap" finds "boodschappen". Anything that is not a letter or digit is
 * dropped, so SQL, regex or Lucene syntax is searched as plain words and can never break the query.
 * A misspelt word may also search the word that was probably meant ({@link #alsoSearching}).
 */
public final class DutchQuery {

    /** Longest input that is read; the rest of a pasted essay is ignored. */
    static final int MAX_CHARACTERS = 200;

    /** Most words used; a query of more words than this is a sentence, not a search. */
    static final int MAX_WORDS = 8;

    /**
     * Words that mean the same to a neighbour looking for help. Each group is symmetric: any word
     * finds all the others.
     */
    private static final List<Set<String>> SYNONYMS = List.of(
        Set.of("buurman", "buurvrouw", "buren", "buurtgenoot", "buurtgenoten"),
        Set.of("computer", "laptop", "tablet", "pc", "smartphone", "telefoon", "internet", "ipad", "computerhulp"),
        Set.of("boodschap", "boodschappen", "supermarkt", "winkelen"),
        Set.of("wandelen", "wandeling", "lopen", "ommetje"),
        Set.of("praatje", "gezelschap", "kletsen", "luisteren", "luisterend"),
        Set.of("koffie", "thee", "kopje"),
        Set.of("klus", "klussen", "klusjes", "repareren", "maken"),
        Set.of("tuin", "tuinieren", "moestuin", "planten"),
        Set.of("koken", "eten", "maaltijd", "soep"),
        Set.of("hond", "honden", "uitlaten"),
        Set.of("rijden", "ritje", "lift", "vervoer", "auto"),
        Set.of("taal", "taalles", "nederlands", "leren")
    );

    private static final Map<String, Set<String>> SYNONYMS_BY_WORD = SYNONYMS.stream()
        .flatMap(group -> group.stream().map(word -> Map.entry(word, group)))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** A typed word and the forms it may match. */
    private record Word(String typed, Set<String> forms) {}

    private final List<Word> words;
    private final List<String> alsoSearched;

    private DutchQuery(List<Word> words, List<String> alsoSearched) {
        this.words = words;
        this.alsoSearched = alsoSearched;
    }

    /** Reads what was typed. The result may be empty when nothing searchable was typed. */
    public static DutchQuery parse(String typed) {
        String text = typed.length() > MAX_CHARACTERS ? typed.substring(0, MAX_CHARACTERS) : typed;
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
        List<Word> words = new ArrayList<>();
        if (!plain.isEmpty()) {
            for (String word : plain.split(" ")) {
                if (word.length() >= 2 && words.size() < MAX_WORDS) {
                    words.add(new Word(word, forms(word)));
                }
            }
        }
        return new DutchQuery(List.copyOf(words), List.of());
    }

    /**
     * The same query where some typed words also search other words (and their synonyms), such as
     * the word a misspelt one probably meant: {@code boodschapen → [boodschappen]}.
     */
    DutchQuery alsoSearching(Map<String, List<String>> alternatives) {
        List<Word> widened = new ArrayList<>();
        Set<String> also = new LinkedHashSet<>(alsoSearched);
        for (Word word : words) {
            Set<String> forms = new LinkedHashSet<>(word.forms());
            for (String alternative : alternatives.getOrDefault(word.typed(), List.of())) {
                if (!alternative.matches("[a-z0-9]+")) {
                    throw new IllegalArgumentException("not a plain word: " + alternative);
                }
                if (!forms.contains(alternative)) {
                    also.add(alternative);
                    forms.addAll(forms(alternative));
                }
            }
            widened.add(new Word(word.typed(), forms));
        }
        return new DutchQuery(List.copyOf(widened), List.copyOf(also));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Each word typed with the forms it may match, in the order typed. */
    List<Set<String>> words() {
        return words.stream().map(Word::forms).toList();
    }

    /** The words as typed (accents dropped, lower case), in the order typed, as {@link #words()}. */
    List<String> typed() {
        return words.stream().map(Word::typed).toList();
    }

    /** Words searched besides those typed, to show the person: "Ook gezocht naar: boodschappen". */
    List<String> alsoSearched() {
        return alsoSearched;
    }

    /**
     * The query in {@code to_tsquery('dutch', …)} syntax: every typed word must match, each through
     * any of its forms, as a prefix. Safe to pass as a bind parameter: only [a-z0-9] reach it.
     */
    public String toTsQuery() {
        return words
            .stream()
            .map(word ->
                word
                    .forms()
                    .stream()
                    .map(form -> form + ":*")
                    .collect(Collectors.joining(" | ", "(", ")"))
            )
            .collect(Collectors.joining(" & "));
    }

    /**
     * The same words, but any one of them is enough: for matching a need described in a sentence
     * ("hulp met de boodschappen"), where ranking puts what fits most words first.
     */
    public String toAnyWordTsQuery() {
        return toTsQuery().replace(") & (", ") | (");
    }

    /** The word itself, its synonyms and, for a past participle, the verb it comes from. */
    private static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        participleStem(word).ifPresent(stem -> {
                forms.add(stem);
                forms.add(stem + "en");
            });
        for (String form : List.copyOf(forms)) {
            forms.addAll(SYNONYMS_BY_WORD.getOrDefault(form, Set.of()));
        }
        return forms;
    }

    /** "gewandeld" → "wandel" (and so "wandelen"), "gekookt" → "kook", "getuinierd" → "tuinier". */
    private static java.util.Optional<String> participleStem(String word) {
        if (word.length() > 5 && word.startsWith("ge") && (word.endsWith("d") || word.endsWith("t"))) {
            return java.util.Optional.of(word.substring(2, word.length() - 1));
        }
        return java.util.Optional.empty();
    }
}
