package nl.buurtkracht.people;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The suggestions a profile offers per kind, so that a resident can fill it in with a few clicks.
 * A tag is a code; its Dutch and English labels are in the bundles under {@code tag.<code>}, and the
 * Dutch one is also stored with each item so that a search in Dutch finds it.
 */
public final class TagCatalogue {

    /** How a tag code is written; the database checks the same. */
    public static final Pattern CODE = Pattern.compile("^[a-z0-9-]{1,40}$");

    private static final Map<ProfileItemKind, List<String>> SUGGESTIONS = new EnumMap<>(ProfileItemKind.class);

    static {
        SUGGESTIONS.put(
            ProfileItemKind.TALENT,
            List.of(
                "koken",
                "bakken",
                "tuinieren",
                "klussen",
                "computer-hulp",
                "fietsen-repareren",
                "naaien",
                "luisteren"
            )
        );
        SUGGESTIONS.put(
            ProfileItemKind.LIKE,
            List.of("wandelen", "koffie-drinken", "spelletjes", "lezen", "handwerken", "fietsen", "zingen", "muziek")
        );
        SUGGESTIONS.put(
            ProfileItemKind.OFFER,
            List.of(
                "boodschappen",
                "boodschappen-rijden",
                "hond-uitlaten",
                "gezelschap",
                "computer-hulp",
                "klusjes",
                "tuin-helpen",
                "administratie"
            )
        );
        SUGGESTIONS.put(
            ProfileItemKind.WISH,
            List.of("samen-wandelen", "koffie-bezoek", "computer-leren", "taal-leren", "moestuin", "samen-eten")
        );
        SUGGESTIONS.put(
            ProfileItemKind.LANGUAGE,
            List.of("nederlands", "engels", "turks", "arabisch", "pools", "papiaments", "berber", "duits", "frans")
        );
    }

    private static final Set<String> CODES = new LinkedHashSet<>();
    private static final Properties DUTCH = new Properties();

    static {
        SUGGESTIONS.values().forEach(CODES::addAll);
        try (
            var in = new InputStreamReader(
                Objects.requireNonNull(TagCatalogue.class.getResourceAsStream("/i18n/profiles.properties")),
                StandardCharsets.UTF_8
            )
        ) {
            DUTCH.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TagCatalogue() {}

    /** The tags a profile page offers for one kind, in the order shown. */
    public static List<String> suggestions(ProfileItemKind kind) {
        return SUGGESTIONS.get(kind);
    }

    public static boolean knows(String code) {
        return CODES.contains(code);
    }

    /** Every tag, each once. */
    public static Set<String> codes() {
        return Set.copyOf(CODES);
    }

    /** The Dutch label, as stored with an item: "Koken". */
    public static String dutchLabel(String code) {
        String label = DUTCH.getProperty("tag." + code);
        if (label == null) {
            throw new IllegalArgumentException("no label for tag " + code);
        }
        return label;
    }
}
