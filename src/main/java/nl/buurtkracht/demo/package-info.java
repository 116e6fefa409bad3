/** The fictional municipality Lindeveld: demo data on first start, and the same generator at benchmark scale. */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {})
@NullMarked
package nl.buurtkracht.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
