package nl.buurtkracht.round.planning;

/** How a volunteer gets around during a round. */
public enum TravelMode {
    WALKING,
    CYCLING,
    CAR,
}
