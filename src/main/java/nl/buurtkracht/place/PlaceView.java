package nl.buurtkracht.place;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meeting place as pages and the API show it.
 *
 * @param addressId the address in the area register, or null when only a line was typed
 * @param capacity how many people fit in the whole place, or null when not known
 */
public record PlaceView(
    long id,
    String name,
    String operator,
    String description,
    @Nullable Long addressId,
    String addressLine,
    long neighbourhoodId,
    String neighbourhoodName,
    double lat,
    double lon,
    boolean stepFree,
    boolean accessibleToilet,
    boolean hearingLoop,
    @Nullable Integer capacity,
    List<RoomView> rooms
) {
    public PlaceView {
        rooms = List.copyOf(rooms);
    }
}
