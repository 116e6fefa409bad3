/** Browser journeys: what a person does, in a real Chromium, with an accessibility check per page. */
@NullMarked
package nl.buurtkracht.journey;

import org.jspecify.annotations.NullMarked;
