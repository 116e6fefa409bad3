/** Storage of rounds, their field rules, who may do what, and the route planner interface. */
@NullMarked
package nl.buurtkracht.round.internal;

import org.jspecify.annotations.NullMarked;
