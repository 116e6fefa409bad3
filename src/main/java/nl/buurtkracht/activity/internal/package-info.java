/** The activity module's storage and rules. */
@NullMarked
package nl.buurtkracht.activity.internal;

import org.jspecify.annotations.NullMarked;
