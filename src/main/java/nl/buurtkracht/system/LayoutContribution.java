package nl.buurtkracht.system;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a module adds to every page for the signed-in person: links in the menu and notices above the
 * page (crisis mode shows the help-desk hours of the neighbourhood this way). Implemented by the
 * module that knows; the layout only shows what it is given, so it needs to know nothing of the
 * module. Texts arrive translated, in the reader's language.
 */
public interface LayoutContribution {
    /** A menu link: a path inside the application and its translated label. */
    record MenuLink(String path, String label) {}

    /**
     * A notice above every page: a heading, a sentence, a few lines (times, places), and a link to
     * act on it (all translated); {@code text} and the link may be absent.
     */
    record Notice(
        String heading,
        @Nullable String text,
        List<String> lines,
        @Nullable String linkPath,
        @Nullable String linkLabel
    ) {}

    default List<MenuLink> menuLinks(CurrentUser user, Locale locale) {
        return List.of();
    }

    default List<Notice> notices(CurrentUser user, Locale locale) {
        return List.of();
    }
}
