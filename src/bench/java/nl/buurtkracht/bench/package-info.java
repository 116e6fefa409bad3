/** Benchmarks that print their figures beside a reference measured in the same run; never part of the build. */
@NullMarked
package nl.buurtkracht.bench;

import org.jspecify.annotations.NullMarked;
