/** One Dutch search box over what the neighbourhood has: talents, offers, wishes, services (R3). */
@ApplicationModule(displayName = "Search", allowedDependencies = { "shared", "system", "people" })
@NullMarked
package nl.buurtkracht.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
