/** Pages of crisis mode: the builder's switch and overview, the host's check-in list, the notice on every page. */
@NullMarked
package nl.buurtkracht.crisis.web;

import org.jspecify.annotations.NullMarked;
