/** Pages and JSON API for asking, offering, matching and arrangements. */
@NullMarked
package nl.buurtkracht.help.web;

import org.jspecify.annotations.NullMarked;
