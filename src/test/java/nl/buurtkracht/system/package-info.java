/** Tests of personal API tokens. */
@NullMarked
package nl.buurtkracht.system;

import org.jspecify.annotations.NullMarked;
