/** Security wiring, embedded database and login throttling behind the system API. */
@NullMarked
package nl.buurtkracht.system.internal;

import org.jspecify.annotations.NullMarked;
