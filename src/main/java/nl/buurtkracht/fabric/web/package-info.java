/** Pages of the social fabric for community builders. */
@NullMarked
package nl.buurtkracht.fabric.web;

import org.jspecify.annotations.NullMarked;
