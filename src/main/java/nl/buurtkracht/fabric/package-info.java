/**
 * The social fabric (R12–R14, R16): a contact ledger learned from other modules' events, network
 * analytics over it, and the out-of-sight watch residents choose for themselves.
 */
@ApplicationModule(
    displayName = "Fabric",
    allowedDependencies = { "shared", "system", "area", "people", "consent", "help", "round", "activity", "initiative" }
)
@NullMarked
package nl.buurtkracht.fabric;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
