/** Tests of the fabric's analytics without a database. */
@NullMarked
package nl.buurtkracht.fabric.internal;

import org.jspecify.annotations.NullMarked;
