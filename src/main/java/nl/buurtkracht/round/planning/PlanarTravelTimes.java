package nl.buurtkracht.round.planning;

/**
 * Euclidean distance on a plane, one distance unit per minute, for benchmark instances such as
 * Solomon's (x in longitude, y in latitude). With {@code truncateToOneDecimal} every leg is
 * truncated to 0.1, the convention of part of the literature for distance-only best-known results.
 */
public record PlanarTravelTimes(boolean truncateToOneDecimal) implements TravelTimes {
    @Override
    public double minutes(LatLon from, LatLon to, TravelMode mode) {
        double dx = to.longitude() - from.longitude();
        double dy = to.latitude() - from.latitude();
        double d = Math.sqrt(dx * dx + dy * dy);
        return truncateToOneDecimal ? Math.floor(d * 10 + 1e-9) / 10 : d;
    }
}
