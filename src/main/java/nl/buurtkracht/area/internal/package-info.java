/** Persistence and import logic for areas. */
@NullMarked
package nl.buurtkracht.area.internal;

import org.jspecify.annotations.NullMarked;
