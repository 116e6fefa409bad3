/**
 * Planning a round's routes: a vehicle-routing problem with time windows solved by a library, with
 * travel times behind an interface so that a road router can replace straight lines.
 */
@NullMarked
package nl.buurtkracht.round.planning;

import org.jspecify.annotations.NullMarked;
