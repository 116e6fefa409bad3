/** Tests of rounds: recipients, volunteers and their planned routes. */
@NullMarked
package nl.buurtkracht.round;

import org.jspecify.annotations.NullMarked;
