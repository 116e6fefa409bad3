/** Tests of the demo municipality generator. */
@NullMarked
package nl.buurtkracht.demo;

import org.jspecify.annotations.NullMarked;
