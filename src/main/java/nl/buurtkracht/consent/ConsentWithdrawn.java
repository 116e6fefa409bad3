package nl.buurtkracht.consent;

/** A resident (or someone on their behalf) withdrew consent; modules must stop using the data at once. */
public record ConsentWithdrawn(long residentId, ConsentPurpose purpose) {}
