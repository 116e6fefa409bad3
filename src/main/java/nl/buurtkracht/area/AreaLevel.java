package nl.buurtkracht.area;

/** The levels at which a map or overview can look at the area, from small to large. */
public enum AreaLevel {
    BLOCK,
    STREET,
    NEIGHBOURHOOD,
    DISTRICT;

    /** The level one step smaller, whose parts an overview of this level shows; a block has none. */
    public AreaLevel parts() {
        return this == BLOCK ? BLOCK : values()[ordinal() - 1];
    }
}
