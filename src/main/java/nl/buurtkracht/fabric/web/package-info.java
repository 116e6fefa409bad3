/** Pages and API of the social fabric. */
@NullMarked
package nl.buurtkracht.fabric.web;

import org.jspecify.annotations.NullMarked;
