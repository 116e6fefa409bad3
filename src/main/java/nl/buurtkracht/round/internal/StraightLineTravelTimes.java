package nl.buurtkracht.round.internal;

import nl.buurtkracht.round.TravelMode;
import org.springframework.stereotype.Component;

/** Travel time as straight-line distance times a detour factor times the pace of the mode. */
@Component
public class StraightLineTravelTimes implements TravelTimes {

    @Override
    public int minutes(double fromLat, double fromLon, double toLat, double toLon, TravelMode mode) {
        double km = TravelTimes.kilometres(fromLat, fromLon, toLat, toLon) * DETOUR;
        return (int) Math.ceil(km * mode.minutesPerKm());
    }
}
