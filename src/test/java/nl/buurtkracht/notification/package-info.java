/** Tests of the notification module: delivery, digest, mail, signed links and who sees what. */
@NullMarked
package nl.buurtkracht.notification;

import org.jspecify.annotations.NullMarked;
