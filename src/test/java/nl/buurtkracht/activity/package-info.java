/** Tests of activities: the JSON API with its sign-ups and waiting list, and the calendar feeds. */
@NullMarked
package nl.buurtkracht.activity;

import org.jspecify.annotations.NullMarked;
