/** Tests of the round module. */
@NullMarked
package nl.buurtkracht.round;

import org.jspecify.annotations.NullMarked;
