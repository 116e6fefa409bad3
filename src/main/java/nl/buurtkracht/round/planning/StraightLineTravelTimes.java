package nl.buurtkracht.round.planning;

/**
 * Travel time as straight-line (equirectangular) distance times a detour factor, divided by a speed
 * per mode. Good enough inside a village or a town district, where distances are a few kilometres.
 */
public final class StraightLineTravelTimes implements TravelTimes {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /** Streets are not straight: a common rule of thumb for town grids is about 1.3× the crow line. */
    public static final double DETOUR_FACTOR = 1.3;

    /** A calm walk with a cake box, km/h. */
    public static final double WALKING_KMH = 4.5;

    /** Cycling in town with crossings and getting on and off the bike, km/h. */
    public static final double CYCLING_KMH = 14;

    /** Effective car speed in town including parking and traffic lights, km/h. */
    public static final double CAR_KMH = 30;

    @Override
    public double minutes(LatLon from, LatLon to, TravelMode mode) {
        double metres = metres(from, to) * DETOUR_FACTOR;
        return (metres / 1000 / kmh(mode)) * 60;
    }

    /** Straight-line distance in metres (equirectangular; exact enough below ~50 km). */
    public static double metres(LatLon from, LatLon to) {
        double phi1 = Math.toRadians(from.latitude());
        double phi2 = Math.toRadians(to.latitude());
        double x = Math.toRadians(to.longitude() - from.longitude()) * Math.cos((phi1 + phi2) / 2);
        double y = phi2 - phi1;
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_METRES;
    }

    static double kmh(TravelMode mode) {
        return switch (mode) {
            case WALKING -> WALKING_KMH;
            case CYCLING -> CYCLING_KMH;
            case CAR -> CAR_KMH;
        };
    }
}
