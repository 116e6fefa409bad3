/** The fabric's pages and API: the out-of-sight watch, its nudges and the open signals. */
@NullMarked
package nl.buurtkracht.fabric.web;

import org.jspecify.annotations.NullMarked;
