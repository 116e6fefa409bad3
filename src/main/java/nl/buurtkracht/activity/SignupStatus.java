package nl.buurtkracht.activity;

/** A seat, or a place on the waiting list that becomes a seat when someone cancels. */
public enum SignupStatus {
    SEAT,
    WAITING,
}
