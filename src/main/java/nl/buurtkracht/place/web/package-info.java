/** The meeting places' pages, API and route rules. */
@NullMarked
package nl.buurtkracht.place.web;

import org.jspecify.annotations.NullMarked;
