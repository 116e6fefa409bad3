package nl.buurtkracht.round;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A new round: its initiative, name and card text, the first day and an RFC 5545 rule that ends
 * ("FREQ=WEEKLY;INTERVAL=2;COUNT=26"), the hours of each time and where the routes begin: an
 * address (postcode and house number), or else a latitude and longitude.
 */
public record RoundForm(
    @Nullable Long initiativeId,
    String name,
    String cardText,
    @Nullable LocalDate firstDay,
    String rrule,
    @Nullable LocalTime startsAt,
    @Nullable LocalTime endsAt,
    @Nullable Double startLat,
    @Nullable Double startLon,
    String startLabel,
    String startPostcode,
    String startHouseNumber
) {
    /** Whether the start point is given as an address rather than as coordinates. */
    public boolean startsAtAddress() {
        return !startPostcode.isBlank() || !startHouseNumber.isBlank();
    }
}
