/** Consent ledger per purpose and the audit log of sensitive reads (R17). */
@ApplicationModule(displayName = "Consent", allowedDependencies = { "shared", "system" })
@NullMarked
package nl.buurtkracht.consent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
