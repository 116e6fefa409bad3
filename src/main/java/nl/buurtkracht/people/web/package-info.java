/** Joining with a letter code, assisted registration and the me API. */
@NullMarked
package nl.buurtkracht.people.web;

import org.jspecify.annotations.NullMarked;
