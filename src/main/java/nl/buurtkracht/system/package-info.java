/** Security, errors, translations, page layout and API tokens; knows no domain. */
@ApplicationModule(displayName = "System", allowedDependencies = { "shared" })
@NullMarked
package nl.buurtkracht.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
