/** Tests of the rounds module. */
@NullMarked
package nl.buurtkracht.round;

import org.jspecify.annotations.NullMarked;
