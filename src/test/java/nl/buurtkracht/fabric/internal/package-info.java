/** Tests of the fabric's storage and jobs. */
@NullMarked
package nl.buurtkracht.fabric.internal;

import org.jspecify.annotations.NullMarked;
