package nl.buurtkracht.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Dutch-sounding names for fictional streets and people. */
final class DemoNames {

    private DemoNames() {}

    static final List<String> NEIGHBOURHOODS = List.of(
        "Bloemenbuurt",
        "Vogelwijk",
        "Molenkwartier",
        "Bomenbuurt",
        "Havenkwartier",
        "Kerkebuurt",
        "Schildersbuurt",
        "Rivierenbuurt",
        "Sterrenwijk",
        "Componistenbuurt"
    );

    private static final List<String> STREET_STEMS = List.of(
        "Rozen",
        "Tulpen",
        "Narcissen",
        "Lelie",
        "Krokus",
        "Klaver",
        "Zonnebloem",
        "Madelief",
        "Viooltjes",
        "Hyacinten",
        "Merel",
        "Lijster",
        "Zwaluw",
        "Koolmees",
        "Specht",
        "Reiger",
        "Kievit",
        "Winterkoning",
        "Mussen",
        "Vinken",
        "Molen",
        "Korenmolen",
        "Watermolen",
        "Sluis",
        "Kade",
        "Brink",
        "Dorps",
        "Kerk",
        "School",
        "Vijver",
        "Linden",
        "Eiken",
        "Berken",
        "Kastanje",
        "Wilgen",
        "Meidoorn",
        "Vlier",
        "Hazelaar",
        "Beuken",
        "Esdoorn",
        "Populier",
        "Iepen",
        "Kersen",
        "Appel",
        "Peren",
        "Pruimen",
        "Hoeve",
        "Akker",
        "Weide",
        "Beek"
    );
    private static final List<String> STREET_KINDS = List.of(
        "straat",
        "laan",
        "weg",
        "hof",
        "plein",
        "pad",
        "singel",
        "dreef",
        "erf",
        "gaarde"
    );
    private static final List<String> ORDINALS = List.of("", "Nieuwe ", "Oude ", "Korte ", "Lange ", "Hoge ");

    private static final List<String> FIRST_NAMES = List.of(
        "Ria",
        "Henk",
        "Annie",
        "Kees",
        "Truus",
        "Jan",
        "Joke",
        "Piet",
        "Gerda",
        "Wim",
        "Els",
        "Cor",
        "Tineke",
        "Hans",
        "Marja",
        "Johan",
        "Ineke",
        "Bert",
        "Sandra",
        "Mohamed",
        "Fatima",
        "Ahmet",
        "Ayse",
        "Youssef",
        "Samira",
        "Daan",
        "Emma",
        "Sem",
        "Julia",
        "Lucas",
        "Tess",
        "Noah",
        "Sophie",
        "Finn",
        "Zoë",
        "Levi",
        "Mila",
        "Bram",
        "Lotte",
        "Ravi",
        "Priya",
        "Wei",
        "Mei",
        "Kofi",
        "Ama",
        "Olga",
        "Piotr",
        "Anna",
        "Dewi",
        "Rik"
    );
    private static final List<String> SURNAMES = List.of(
        "de Vries",
        "Jansen",
        "de Jong",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "van Dijk",
        "Yilmaz",
        "El Amrani",
        "Bouzid",
        "Kaya",
        "Sardjoe",
        "Mensah",
        "Nowak",
        "Tan",
        "Wong",
        "van den Berg",
        "Kok",
        "Jacobs",
        "Vermeulen",
        "Willems",
        "Hoekstra",
        "Koster",
        "Prins",
        "Post",
        "Kuipers"
    );

    /** A street name unique within one place for every index below 3,000. */
    static String street(int index) {
        int stems = STREET_STEMS.size();
        int kinds = STREET_KINDS.size();
        String ordinal = ORDINALS.get((index / (stems * kinds)) % ORDINALS.size());
        // (index / stems + 3 * stem) % kinds gives every stem each kind once per 500 indexes, mixed up.
        int stem = index % stems;
        return ordinal + STREET_STEMS.get(stem) + STREET_KINDS.get((index / stems + 3 * stem) % kinds);
    }

    static String person(RandomGenerator random) {
        return (
            FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()))
        );
    }

    static String neighbourhood(int index) {
        String base = NEIGHBOURHOODS.get(index % NEIGHBOURHOODS.size());
        int round = index / NEIGHBOURHOODS.size();
        return round == 0 ? base : base + " " + (round + 1);
    }
}
