package nl.buurtkracht.initiative;

/** Who can own an initiative together: residents, organisations and the municipality. */
public enum OwnerKind {
    RESIDENT,
    ORGANISATION,
    MUNICIPALITY,
}
