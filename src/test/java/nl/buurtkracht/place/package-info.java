/** Tests of meeting places: opening hours and closures, bookings and the race for a room, pages and API. */
@NullMarked
package nl.buurtkracht.place;

import org.jspecify.annotations.NullMarked;
