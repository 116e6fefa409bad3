package nl.buurtkracht.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a builder enters for a service, from a page, the API or a CSV row. Texts are stripped of
 * surrounding spaces; HTML in them is kept as text and always shown escaped.
 *
 * @param lat latitude; null together with {@code lon} when the service has no point on the map
 * @param lon longitude; null together with {@code lat}
 */
public record ServiceForm(
    String name,
    String purpose,
    String contact,
    String openingHours,
    String address,
    @Nullable Double lat,
    @Nullable Double lon,
    Set<Long> neighbourhoodIds
) {
    public ServiceForm {
        name = name.strip();
        purpose = purpose.strip();
        contact = contact.strip();
        openingHours = openingHours.strip();
        address = address.strip();
        neighbourhoodIds = Set.copyOf(neighbourhoodIds);
    }
}
