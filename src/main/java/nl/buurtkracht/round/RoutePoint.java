package nl.buurtkracht.round;

/**
 * Where a volunteer starts or ends their route: at home, at the round's start point, or at another
 * address given by postcode and house number ("1234 AB", "12a"); the address fields count only for
 * {@link Kind#ADDRESS}.
 */
public record RoutePoint(String point, String postcode, String houseNumber) {
    /** The kinds of point a volunteer can choose. */
    public enum Kind {
        HOME,
        ROUND_START,
        ADDRESS,
    }

    /** Their own home, the default. */
    public static final RoutePoint HOME = new RoutePoint(Kind.HOME.name(), "", "");
}
