/** Tests of the report module. */
@NullMarked
package nl.buurtkracht.report;

import org.jspecify.annotations.NullMarked;
