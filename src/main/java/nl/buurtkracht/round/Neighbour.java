package nl.buurtkracht.round;

/** A resident a coordinator can choose on a form: name and address. */
public record Neighbour(long residentId, String name, String address) {}
