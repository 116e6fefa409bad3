package nl.buurtkracht.round;

/** Someone who bakes or prepares for a day, as the coordinators see them. */
public record BakerView(long residentId, String name, int pieces, String what) {}
