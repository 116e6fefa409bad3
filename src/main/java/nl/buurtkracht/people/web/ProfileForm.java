package nl.buurtkracht.people.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.people.ProfileItemKind;
import nl.buurtkracht.people.ProfileUpdate;
import nl.buurtkracht.people.ProfileView;
import nl.buurtkracht.people.TagCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The profile page's form as typed, one section per kind. Inputs are named {@code <kind>.tag}
 * (ticked suggestions), {@code <kind>.own} (own words saved before, kept while ticked),
 * {@code <kind>.label} (new own words) and {@code <kind>.visibility}; those names are also the
 * fields that error messages are reported on.
 */
record ProfileForm(
    Map<ProfileItemKind, Section> sections,
    String about,
    String aboutVisibility,
    String ageBandVisibility
) {
    /** What was ticked and typed for one kind. */
    record Section(List<String> tags, List<String> own, String label, String visibility) {}

    /** One checkbox on the page: a tag code, or own words when {@code tag} is false. */
    record Choice(String value, boolean tag, boolean checked) {}

    static String prefix(ProfileItemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static ProfileForm of(ProfileView view) {
        Map<ProfileItemKind, Section> sections = new EnumMap<>(ProfileItemKind.class);
        for (ProfileItemKind kind : ProfileItemKind.values()) {
            List<ProfileView.Item> items = view.itemsOf(kind);
            sections.put(
                kind,
                new Section(
                    items
                        .stream()
                        .filter(i -> i.tag() != null)
                        .map(ProfileView.Item::tag)
                        .toList(),
                    items
                        .stream()
                        .filter(i -> i.tag() == null)
                        .map(ProfileView.Item::label)
                        .toList(),
                    "",
                    view.visibilityOf(kind).name()
                )
            );
        }
        return new ProfileForm(sections, view.about(), view.aboutVisibility().name(), view.ageBandVisibility().name());
    }

    static ProfileForm from(MultiValueMap<String, String> params) {
        Map<ProfileItemKind, Section> sections = new EnumMap<>(ProfileItemKind.class);
        for (ProfileItemKind kind : ProfileItemKind.values()) {
            String p = prefix(kind);
            sections.put(
                kind,
                new Section(
                    values(params, p + ".tag"),
                    values(params, p + ".own"),
                    text(params.getFirst(p + ".label")),
                    text(params.getFirst(p + ".visibility"))
                )
            );
        }
        return new ProfileForm(
            sections,
            text(params.getFirst("about")),
            text(params.getFirst("aboutVisibility")),
            text(params.getFirst("ageBandVisibility"))
        );
    }

    ProfileUpdate toUpdate() {
        List<ProfileUpdate.Item> items = new ArrayList<>();
        sections.forEach((kind, s) -> {
            String p = prefix(kind);
            s.tags().forEach(t -> items.add(new ProfileUpdate.Item(p, kind.name(), t, null, s.visibility())));
            s.own().forEach(o -> items.add(new ProfileUpdate.Item(p, kind.name(), null, o, s.visibility())));
            if (!s.label().isBlank()) {
                items.add(new ProfileUpdate.Item(p, kind.name(), null, s.label(), s.visibility()));
            }
        });
        return new ProfileUpdate(items, about, aboutVisibility, ageBandVisibility);
    }

    /** The name prefix of a kind's inputs, for the template. */
    public String key(ProfileItemKind kind) {
        return prefix(kind);
    }

    public Section section(ProfileItemKind kind) {
        return sections.get(kind);
    }

    /** The checkboxes of a kind: its suggestions, other known tags and own words already chosen. */
    public List<Choice> choices(ProfileItemKind kind) {
        Section s = sections.get(kind);
        var tags = new LinkedHashSet<>(TagCatalogue.suggestions(kind));
        s.tags().stream().filter(TagCatalogue::knows).forEach(tags::add);
        List<Choice> choices = new ArrayList<>();
        tags.forEach(t -> choices.add(new Choice(t, true, s.tags().contains(t))));
        new LinkedHashSet<>(s.own()).forEach(o -> choices.add(new Choice(o, false, true)));
        return choices;
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null
            ? List.of()
            : values
                .stream()
                .filter(v -> !v.isBlank())
                .distinct()
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
