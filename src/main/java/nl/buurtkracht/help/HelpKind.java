package nl.buurtkracht.help;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an ask or offer is about. Contact is as much a kind of help as a practical task: a chat, a
 * listening ear, a walk or a cup of coffee is what most people miss. Labels live in the bundles
 * under {@code help.kind.<NAME>}.
 */
public enum HelpKind {
    SHOPPING(Category.PRACTICAL),
    LIFT(Category.PRACTICAL),
    SMALL_REPAIR(Category.PRACTICAL),
    COMPUTER_HELP(Category.PRACTICAL),
    GARDEN(Category.PRACTICAL),
    DOG_WALKING(Category.PRACTICAL),
    PAPERWORK(Category.PRACTICAL),
    CHAT(Category.CONTACT),
    LISTENING_EAR(Category.CONTACT),
    WALK(Category.CONTACT),
    COFFEE(Category.CONTACT),
    OTHER(Category.OTHER);

    /** Practical help, personal contact, or something else. */
    public enum Category {
        PRACTICAL,
        CONTACT,
        OTHER,
    }

    private final Category category;

    HelpKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** The kind with this name, if there is one (input from forms and the API). */
    public static Optional<HelpKind> parse(String name) {
        return Arrays.stream(values())
            .filter(k -> k.name().equals(name))
            .findFirst();
    }

    public static List<HelpKind> of(Category category) {
        return Arrays.stream(values())
            .filter(k -> k.category == category)
            .toList();
    }
}
