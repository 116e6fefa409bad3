/** Tests of the social fabric. */
@NullMarked
package nl.buurtkracht.fabric;

import org.jspecify.annotations.NullMarked;
