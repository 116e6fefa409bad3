package nl.buurtkracht.round.planning;

/**
 * Minutes between two points for a travel mode. Straight lines today ({@link
 * StraightLineTravelTimes}); a road router (e.g. GraphHopper on an OSM extract) can implement this
 * later without touching the planner.
 */
public interface TravelTimes {
    double minutes(LatLon from, LatLon to, TravelMode mode);
}
