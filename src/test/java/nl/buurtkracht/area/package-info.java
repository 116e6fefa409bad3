/** Tests of address and outline imports: validation, all-or-nothing writes, the page and the API. */
@NullMarked
package nl.buurtkracht.area;

import org.jspecify.annotations.NullMarked;
