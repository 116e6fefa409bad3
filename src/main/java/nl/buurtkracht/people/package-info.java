/** Residents, accounts, household letter codes and assisted neighbours. */
@ApplicationModule(displayName = "People", allowedDependencies = { "shared", "system", "area", "consent" })
@NullMarked
package nl.buurtkracht.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
