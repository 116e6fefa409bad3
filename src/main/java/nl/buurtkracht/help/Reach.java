package nl.buurtkracht.help;

/** Who sees an ask or an offer: the people of the same block, the same street, or the neighbourhood. */
public enum Reach {
    BLOCK,
    STREET,
    NEIGHBOURHOOD,
}
