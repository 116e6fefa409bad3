/** Tests of matching and the other internals of the help module, without Spring. */
@NullMarked
package nl.buurtkracht.help.internal;

import org.jspecify.annotations.NullMarked;
