package nl.buurtkracht.round;

/** How a volunteer goes round: on foot, by bike or by car; each has its own pace. */
public enum TravelMode {
    WALKING(12.0),
    CYCLING(4.0),
    CAR(2.0);

    private final double minutesPerKm;

    TravelMode(double minutesPerKm) {
        this.minutesPerKm = minutesPerKm;
    }

    /** Minutes per kilometre of road, including the time to park, lock the bike or cross a street. */
    public double minutesPerKm() {
        return minutesPerKm;
    }
}
