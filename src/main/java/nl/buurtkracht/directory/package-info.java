/** The service directory (sociale kaart): organisations and services in the area, kept by community builders. */
@ApplicationModule(displayName = "Service directory", allowedDependencies = { "shared", "system", "area" })
@NullMarked
package nl.buurtkracht.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
