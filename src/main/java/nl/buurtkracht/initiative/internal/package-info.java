/** Storage and rules of initiatives; callers in the module root hold the transaction. */
@NullMarked
package nl.buurtkracht.initiative.internal;

import org.jspecify.annotations.NullMarked;
