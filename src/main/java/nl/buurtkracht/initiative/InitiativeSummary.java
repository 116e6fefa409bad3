package nl.buurtkracht.initiative;

/** What another module shows of an initiative: its title, neighbourhood and state. */
public record InitiativeSummary(long id, String title, long neighbourhoodId, InitiativeState state) {}
