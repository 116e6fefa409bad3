/** Tests of the application as a whole, such as its module structure. */
@NullMarked
package nl.buurtkracht;

import org.jspecify.annotations.NullMarked;
