package nl.buurtkracht.round.internal;

import nl.buurtkracht.round.TravelMode;

/**
 * Minutes from one point to another. Without a road network this is straight-line distance times a
 * detour factor times the pace of the mode; a road router (GraphHopper on an OSM extract) can replace it.
 */
public interface TravelTimes {
    int minutes(double fromLat, double fromLon, double toLat, double toLon, TravelMode mode);

    /** Streets are rarely straight: the usual ratio of road to straight-line distance in a town. */
    double DETOUR = 1.3;

    /** Great-circle distance (haversine). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a =
            Math.sin(dLat / 2) * Math.sin(dLat / 2) +
            Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
