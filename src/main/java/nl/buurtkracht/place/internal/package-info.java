/** Storage and field rules of meeting places, rooms, hours and bookings. */
@NullMarked
package nl.buurtkracht.place.internal;

import org.jspecify.annotations.NullMarked;
