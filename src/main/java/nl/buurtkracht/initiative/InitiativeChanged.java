package nl.buurtkracht.initiative;

/** An initiative was started, changed, or removed; search and the asset map read it afresh. */
public record InitiativeChanged(long initiativeId) {}
