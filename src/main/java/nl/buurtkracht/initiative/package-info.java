/** Resident initiatives (R7, R8): sparks, shared ownership, tasks, money, time and continuity. */
@ApplicationModule(displayName = "Initiatives", allowedDependencies = { "shared", "system", "area", "people" })
@NullMarked
package nl.buurtkracht.initiative;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
