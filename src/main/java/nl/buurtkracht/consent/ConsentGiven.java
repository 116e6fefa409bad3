package nl.buurtkracht.consent;

/** A resident (or someone on their behalf) gave consent for a purpose. */
public record ConsentGiven(long residentId, ConsentPurpose purpose) {}
