/** Tests of the privacy page: consent changes take effect at once, reads of my data are shown. */
@NullMarked
package nl.buurtkracht.consent.web;

import org.jspecify.annotations.NullMarked;
