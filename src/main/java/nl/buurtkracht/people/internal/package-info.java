/** Persistence and code generation for residents and accounts. */
@NullMarked
package nl.buurtkracht.people.internal;

import org.jspecify.annotations.NullMarked;
