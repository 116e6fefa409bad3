/** The search page and the search API. */
@NullMarked
package nl.buurtkracht.search.web;

import org.jspecify.annotations.NullMarked;
