/** Tests of small-cell suppression. */
@NullMarked
package nl.buurtkracht.report.internal;

import org.jspecify.annotations.NullMarked;
