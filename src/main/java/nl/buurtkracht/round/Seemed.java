package nl.buurtkracht.round;

/** How someone seemed during a visit, on a plain scale without medical words. */
public enum Seemed {
    WELL,
    OKAY,
    NOT_SO_WELL,
    WORRIED,
}
