/**
 * Crisis mode (R15): a community builder switches a neighbourhood on when a crisis hits; street hosts
 * then tick a check-in list of their block ("is iedereen OK?"), unanswered asks come first, and the
 * help-desk hours of meeting places show on every page of the neighbourhood's residents. Switching
 * off keeps the check-ins and counts what was learned.
 */
@ApplicationModule(
    displayName = "Crisis mode",
    allowedDependencies = { "shared", "system", "area", "consent", "help", "place" }
)
@NullMarked
package nl.buurtkracht.crisis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
