/** Pages, route cards and JSON API of rounds. */
@NullMarked
package nl.buurtkracht.round.web;

import org.jspecify.annotations.NullMarked;
