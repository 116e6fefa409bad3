/** Value types shared by all modules: ids, geo points, periods. */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
@NullMarked
package nl.buurtkracht.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
