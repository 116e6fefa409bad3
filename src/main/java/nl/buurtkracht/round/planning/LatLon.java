package nl.buurtkracht.round.planning;

/**
 * A point: WGS84 latitude and longitude in degrees for real rounds. Planar benchmark instances
 * (Solomon) store y in {@code latitude} and x in {@code longitude}, read by {@link
 * PlanarTravelTimes}.
 */
public record LatLon(double latitude, double longitude) {
    public LatLon {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            throw new PlanningInputException("location", "a location needs finite coordinates");
        }
    }
}
