/** Activities as pages, API and calendar feeds. */
@NullMarked
package nl.buurtkracht.activity.web;

import org.jspecify.annotations.NullMarked;
