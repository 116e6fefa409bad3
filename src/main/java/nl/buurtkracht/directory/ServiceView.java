package nl.buurtkracht.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service as pages and the API show it, with the neighbourhoods it serves.
 *
 * @param lat latitude, or null when the service has no point on the map
 * @param lon longitude, or null when the service has no point on the map
 */
public record ServiceView(
    long id,
    String name,
    String purpose,
    String contact,
    String openingHours,
    String address,
    @Nullable Double lat,
    @Nullable Double lon,
    List<Neighbourhood> neighbourhoods
) {
    public ServiceView {
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** A neighbourhood the service is for. */
    public record Neighbourhood(long id, String code, String name) {}
}
