/** Tests of the activity module. */
@NullMarked
package nl.buurtkracht.activity;

import org.jspecify.annotations.NullMarked;
