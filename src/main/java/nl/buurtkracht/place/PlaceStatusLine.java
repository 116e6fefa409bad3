package nl.buurtkracht.place;

/**
 * The one line every page shows beside a place, already in the reader's language: "Nu open, tot
 * 17:00", "Nu gesloten, opent dinsdag om 9:00", "Gesloten tot 1 juli: verbouwing". Render it with
 * the fragment {@code places/status :: status(${line})}.
 */
public record PlaceStatusLine(OpeningStatus.Kind kind, String text) {
    public boolean open() {
        return kind == OpeningStatus.Kind.OPEN;
    }

    /** Closed for a while (a closure): pages show it as a banner, not just a line. */
    public boolean closedForAWhile() {
        return kind == OpeningStatus.Kind.CLOSED_FOR_A_WHILE;
    }
}
