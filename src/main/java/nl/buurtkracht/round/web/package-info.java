/** Pages, printed route cards and JSON API for rounds, their days, routes and visits. */
@NullMarked
package nl.buurtkracht.round.web;

import org.jspecify.annotations.NullMarked;
