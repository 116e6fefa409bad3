package nl.buurtkracht.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.shared.AgeBand;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an asset map is narrowed to: one strength (a tag code or a person's own words, lower case),
 * an age band, a language. Each is optional; an empty filter shows everything.
 */
public record AssetFilter(@Nullable String strength, @Nullable AgeBand ageBand, @Nullable String language) {
    /** As long as a profile item's label may be. */
    static final int MAX_LENGTH = 80;

    public static final AssetFilter NONE = new AssetFilter(null, null, null);

    /** Reads the filter as typed in a form or query string; every fault is reported with its field. */
    public static AssetFilter parse(@Nullable String strength, @Nullable String ageBand, @Nullable String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String s = key(strength, "strength", problems);
        String l = key(language, "language", problems);
        AgeBand band = null;
        if (ageBand != null && !ageBand.isBlank()) {
            try {
                band = AgeBand.valueOf(ageBand.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("age", "assets.filter.age.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AssetFilter(s, band, l);
    }

    private static @Nullable String key(@Nullable String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "assets.filter.too-long", MAX_LENGTH));
            return null;
        }
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return strength == null && ageBand == null && language == null;
    }
}
