/** Tests of the round pages and printed route cards. */
@NullMarked
package nl.buurtkracht.round.web;

import org.jspecify.annotations.NullMarked;
