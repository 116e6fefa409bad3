/** Report pages, their CSV and PDF downloads, and the report API. */
@NullMarked
package nl.buurtkracht.report.web;

import org.jspecify.annotations.NullMarked;
