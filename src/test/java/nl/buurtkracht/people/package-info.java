/** Tests of residents, household letters and assisted neighbours. */
@NullMarked
package nl.buurtkracht.people;

import org.jspecify.annotations.NullMarked;
