/** What the neighbourhood already has (R3): one Dutch search box and the asset map of an area. */
@ApplicationModule(
    displayName = "Search",
    allowedDependencies = { "shared", "system", "area", "people", "directory", "initiative", "place", "activity" }
)
@NullMarked
package nl.buurtkracht.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
