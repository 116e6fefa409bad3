package nl.buurtkracht.round;

import java.time.LocalTime;

/** A recipient as the coordinators see them: who, where, their window and practical notes. */
public record RecipientView(
    long residentId,
    String name,
    String address,
    double lat,
    double lon,
    LocalTime windowFrom,
    LocalTime windowUntil,
    String notes,
    boolean active
) {}
