/**
 * Notifications (issue 4 item 7): in the app and by email, a daily digest by default and at once
 * only for what people wait for, every message with a one-click way to get fewer of its kind.
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = { "shared", "system", "people", "help", "activity", "round", "fabric" }
)
@NullMarked
package nl.buurtkracht.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
