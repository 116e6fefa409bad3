/** Street and neighbourhood pages, import pages and the area API. */
@NullMarked
package nl.buurtkracht.area.web;

import org.jspecify.annotations.NullMarked;
