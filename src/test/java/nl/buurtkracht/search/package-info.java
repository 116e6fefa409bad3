/** Tests of the Dutch search: query reading and matching in PostgreSQL. */
@NullMarked
package nl.buurtkracht.search;

import org.jspecify.annotations.NullMarked;
