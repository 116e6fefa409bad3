/** The notification module's storage, texts, signed links, listeners and jobs. */
@NullMarked
package nl.buurtkracht.notification.internal;

import org.jspecify.annotations.NullMarked;
