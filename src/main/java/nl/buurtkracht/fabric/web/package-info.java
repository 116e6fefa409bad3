/** The social fabric's JSON API and who may use it. */
@NullMarked
package nl.buurtkracht.fabric.web;

import org.jspecify.annotations.NullMarked;
