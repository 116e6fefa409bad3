package nl.buurtkracht.initiative;

/** An initiative on a list: enough to choose one to look at. */
public record InitiativeCard(
    long id,
    String title,
    String what,
    InitiativeState state,
    long neighbourhoodId,
    String neighbourhoodName,
    int members
) {}
