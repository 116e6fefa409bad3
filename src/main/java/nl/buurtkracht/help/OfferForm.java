package nl.buurtkracht.help;

import java.util.List;

/** A standing offer as filled in: what, in the helper's own words, when usually free, and for whom. */
public record OfferForm(String kind, String description, List<String> availability, String reach) {}
