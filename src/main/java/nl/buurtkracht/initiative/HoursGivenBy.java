package nl.buurtkracht.initiative;

/** Whose hours: paid professionals (a community builder, a welfare worker) or volunteers. */
public enum HoursGivenBy {
    PROFESSIONAL,
    VOLUNTEER,
}
