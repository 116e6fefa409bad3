/** Tests of the settings pages for API tokens. */
@NullMarked
package nl.buurtkracht.system.web;

import org.jspecify.annotations.NullMarked;
