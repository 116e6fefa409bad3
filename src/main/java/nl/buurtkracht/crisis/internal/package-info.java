/** Storage of crisis periods and check-ins. */
@NullMarked
package nl.buurtkracht.crisis.internal;

import org.jspecify.annotations.NullMarked;
