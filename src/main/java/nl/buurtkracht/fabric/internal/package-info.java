/** Storage of the contact ledger. */
@NullMarked
package nl.buurtkracht.fabric.internal;

import org.jspecify.annotations.NullMarked;
