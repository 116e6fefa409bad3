/** Persistence for the consent ledger and audit log. */
@NullMarked
package nl.buurtkracht.consent.internal;

import org.jspecify.annotations.NullMarked;
