package nl.buurtkracht.people;

import org.jspecify.annotations.Nullable;

/** A resident joined the platform, by letter code or registered by a representative. */
public record ResidentRegistered(long residentId, @Nullable Long addressId, boolean assisted) {}
