/** Tests that hold the whole code base to the house rules: modules, routes, translations. */
@NullMarked
package nl.buurtkracht.architecture;

import org.jspecify.annotations.NullMarked;
