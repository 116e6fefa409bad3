/** Pages and API for personal settings such as API tokens, plus shared web advice. */
@NullMarked
package nl.buurtkracht.system.web;

import org.jspecify.annotations.NullMarked;
