/** Tests of login throttling against the real database. */
@NullMarked
package nl.buurtkracht.system.internal;

import org.jspecify.annotations.NullMarked;
