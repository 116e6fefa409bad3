/** Pages where residents see and change their consents and who read their data. */
@NullMarked
package nl.buurtkracht.consent.web;

import org.jspecify.annotations.NullMarked;
