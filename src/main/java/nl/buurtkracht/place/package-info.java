/** Meeting places (R9): opening hours and closures, help-desk hours, rooms and their bookings. */
@ApplicationModule(
    displayName = "Meeting places",
    allowedDependencies = { "shared", "system", "area", "people", "initiative" }
)
@NullMarked
package nl.buurtkracht.place;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
