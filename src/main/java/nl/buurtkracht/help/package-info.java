/**
 * Help and contact (R4–R6): asks and standing offers, practical and personal; matching that favours
 * neighbours nearby and people who met before; claims that give an ask to exactly one helper; and
 * recurring arrangements ("vaste prik") that are followed up.
 */
@ApplicationModule(
    displayName = "Help",
    allowedDependencies = { "shared", "system", "people", "consent", "initiative" }
)
@NullMarked
package nl.buurtkracht.help;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
