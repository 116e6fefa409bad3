/** Value types shared by all modules, such as age bands. */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
@NullMarked
package nl.buurtkracht.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
