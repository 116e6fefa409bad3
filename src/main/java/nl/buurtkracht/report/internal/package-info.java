/** Small-cell suppression of report figures. */
@NullMarked
package nl.buurtkracht.report.internal;

import org.jspecify.annotations.NullMarked;
