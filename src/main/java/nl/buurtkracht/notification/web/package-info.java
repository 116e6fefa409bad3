/** The notification pages, the "fewer mails" links, the dev outbox, the API and route rules. */
@NullMarked
package nl.buurtkracht.notification.web;

import org.jspecify.annotations.NullMarked;
