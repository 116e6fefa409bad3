/** Tests of the service directory: rules, CSV import, pages and API. */
@NullMarked
package nl.buurtkracht.directory;

import org.jspecify.annotations.NullMarked;
