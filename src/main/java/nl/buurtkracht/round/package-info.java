/**
 * Rounds (R11) like the TaartExpress: recurring visits owned by an initiative, recipients who agreed
 * to be visited, volunteers who sign up per time, routes planned with time windows and continuity,
 * route cards, and a short note after each visit.
 */
@ApplicationModule(
    displayName = "Rounds",
    allowedDependencies = { "shared", "system", "people", "consent", "initiative" }
)
@NullMarked
package nl.buurtkracht.round;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
