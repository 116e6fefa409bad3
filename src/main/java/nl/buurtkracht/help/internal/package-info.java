/** Storage of asks, offers and arrangements, and the rules and scoring that matching uses. */
@NullMarked
package nl.buurtkracht.help.internal;

import org.jspecify.annotations.NullMarked;
