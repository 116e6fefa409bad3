package nl.buurtkracht.initiative;

import org.jspecify.annotations.Nullable;

/** A spark as a resident writes it down: a title, what it is, for whom and where. */
public record InitiativeForm(String title, String what, String forWhom, String where, @Nullable Long neighbourhoodId) {}
