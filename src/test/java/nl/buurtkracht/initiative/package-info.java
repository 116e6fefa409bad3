/** Tests of initiatives: sparks, taking part, shared ownership, money, time and continuity. */
@NullMarked
package nl.buurtkracht.initiative;

import org.jspecify.annotations.NullMarked;
