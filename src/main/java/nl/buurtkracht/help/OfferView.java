package nl.buurtkracht.help;

import java.util.List;

/** A standing offer as a reader sees it; {@code mine} when the reader made it. */
public record OfferView(
    long id,
    long helperResidentId,
    String helperName,
    HelpKind kind,
    String description,
    List<Availability.Slot> availability,
    Reach reach,
    boolean active,
    String streetName,
    boolean mine
) {}
