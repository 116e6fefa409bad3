/** Tests of the help module. */
@NullMarked
package nl.buurtkracht.help;

import org.jspecify.annotations.NullMarked;
