/** The service directory's pages, import page, API and route rules. */
@NullMarked
package nl.buurtkracht.directory.web;

import org.jspecify.annotations.NullMarked;
