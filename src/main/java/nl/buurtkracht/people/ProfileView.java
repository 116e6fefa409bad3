package nl.buurtkracht.people;

import java.util.List;
import nl.buurtkracht.shared.AgeBand;
import org.jspecify.annotations.Nullable;

/** A resident's whole profile, as the resident (or whoever acts for them) sees and edits it. */
public record ProfileView(
    long residentId,
    String displayName,
    List<Item> items,
    String about,
    Visibility aboutVisibility,
    Visibility ageBandVisibility,
    @Nullable AgeBand ageBand
) {
    public ProfileView {
        items = List.copyOf(items);
    }

    /** One strength, wish or language; {@code tag} is null for the person's own words. */
    public record Item(ProfileItemKind kind, @Nullable String tag, String label, Visibility visibility) {}

    public List<Item> itemsOf(ProfileItemKind kind) {
        return items
            .stream()
            .filter(i -> i.kind() == kind)
            .toList();
    }

    /** The audience of a kind's items: they share one on the page; street when there are none yet. */
    public Visibility visibilityOf(ProfileItemKind kind) {
        return items
            .stream()
            .filter(i -> i.kind() == kind)
            .map(Item::visibility)
            .findFirst()
            .orElse(Visibility.STREET);
    }

    public boolean isEmpty() {
        return items.isEmpty() && about.isEmpty();
    }
}
