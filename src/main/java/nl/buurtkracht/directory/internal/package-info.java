/** Storage, validation rules and the CSV reader of the service directory. */
@NullMarked
package nl.buurtkracht.directory.internal;

import org.jspecify.annotations.NullMarked;
