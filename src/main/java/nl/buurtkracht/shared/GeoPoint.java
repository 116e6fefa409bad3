package nl.buurtkracht.shared;

/** A WGS84 point; distances on the scale of a neighbourhood use the equirectangular approximation. */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_METRES = 6_371_000;

    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a WGS84 coordinate: " + lat + "," + lon);
        }
    }

    public double metresTo(GeoPoint other) {
        double x = Math.toRadians(other.lon - lon) * Math.cos(Math.toRadians((lat + other.lat) / 2));
        double y = Math.toRadians(other.lat - lat);
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_METRES;
    }
}
