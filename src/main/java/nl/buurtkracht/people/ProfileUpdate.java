package nl.buurtkracht.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole profile as submitted, replacing the one before. Kinds and visibilities are kept as typed,
 * so that {@link Profiles#save} can name every fault at once, whether it came from the page or the
 * API; {@code field} says how the sender calls each item, so that a message lands beside it.
 */
public record ProfileUpdate(
    List<Item> items,
    @Nullable String about,
    @Nullable String aboutVisibility,
    @Nullable String ageBandVisibility
) {
    public ProfileUpdate {
        items = List.copyOf(items);
    }

    /**
     * One item: a tag from the catalogue (its Dutch label is stored, whatever label is sent) or the
     * person's own words in {@code label}.
     */
    public record Item(
        String field,
        @Nullable String kind,
        @Nullable String tag,
        @Nullable String label,
        @Nullable String visibility
    ) {}
}
