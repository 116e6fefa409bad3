/**
 * Aggregate reports for the municipality and funders (R16): per neighbourhood (and street) and period,
 * residents reached, contacts made, bridging and intergenerational ties, initiatives and their
 * continuity, hours of professionals and volunteers, and funding that ends. Never personal data:
 * every cell about fewer than ten people is suppressed, and so are the cells a total would give away.
 */
@ApplicationModule(
    displayName = "Reports",
    allowedDependencies = { "shared", "system", "area", "fabric", "initiative", "help", "round" }
)
@NullMarked
package nl.buurtkracht.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
