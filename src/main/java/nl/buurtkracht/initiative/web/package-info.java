/** Pages and API of initiatives, and who may use them. */
@NullMarked
package nl.buurtkracht.initiative.web;

import org.jspecify.annotations.NullMarked;
