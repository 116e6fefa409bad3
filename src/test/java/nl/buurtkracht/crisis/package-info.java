/** Tests of crisis mode. */
@NullMarked
package nl.buurtkracht.crisis;

import org.jspecify.annotations.NullMarked;
