/** Tests of the fabric's pages and API. */
@NullMarked
package nl.buurtkracht.fabric.web;

import org.jspecify.annotations.NullMarked;
