/** Buurtkracht: the social infrastructure of a neighbourhood, one module per top-level package. */
@NullMarked
package nl.buurtkracht;

import org.jspecify.annotations.NullMarked;
