/** Activities (R10): one-off and recurring, sign-ups with a waiting list, calendar feeds and the printed programme. */
@ApplicationModule(
    displayName = "Activities",
    allowedDependencies = { "shared", "system", "area", "initiative", "place" }
)
@NullMarked
package nl.buurtkracht.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
