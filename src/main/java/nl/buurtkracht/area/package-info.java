/** Municipality, districts, neighbourhoods, streets, addresses, blocks and their street hosts (R1). */
@ApplicationModule(displayName = "Area", allowedDependencies = { "shared", "system" })
@NullMarked
package nl.buurtkracht.area;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
