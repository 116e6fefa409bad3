/** Tests of the route planner, its evaluator and the Solomon reader, without Spring. */
@NullMarked
package nl.buurtkracht.round.planning;

import org.jspecify.annotations.NullMarked;
