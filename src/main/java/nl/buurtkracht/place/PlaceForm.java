package nl.buurtkracht.place;

import org.jspecify.annotations.Nullable;

/**
 * What a builder enters for a place, from a page or the API. With an {@code addressId} the address
 * line, neighbourhood and point on the map come from the area register (a typed line still wins);
 * without one they must all be given.
 */
public record PlaceForm(
    String name,
    String operator,
    String description,
    @Nullable Long addressId,
    String addressLine,
    @Nullable Long neighbourhoodId,
    @Nullable Double lat,
    @Nullable Double lon,
    boolean stepFree,
    boolean accessibleToilet,
    boolean hearingLoop,
    @Nullable Integer capacity
) {
    public PlaceForm {
        name = name.strip();
        operator = operator.strip();
        description = description.strip();
        addressLine = addressLine.strip();
    }
}
