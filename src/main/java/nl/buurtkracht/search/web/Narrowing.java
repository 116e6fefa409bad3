package nl.buurtkracht.search.web;

import nl.buurtkracht.search.AssetFilter;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters that narrow an asset map: {@code strength}, {@code age} (an age band such
 * as {@code AGE_67_79}) and {@code language}.
 */
record Narrowing(@Nullable String strength, @Nullable String age, @Nullable String language) {
    /** The filter, or an {@code InvalidInput} naming each field at fault. */
    AssetFilter filter() {
        return AssetFilter.parse(strength, age, language);
    }
}
