/** Tests of the printed household letters. */
@NullMarked
package nl.buurtkracht.people.internal;

import org.jspecify.annotations.NullMarked;
