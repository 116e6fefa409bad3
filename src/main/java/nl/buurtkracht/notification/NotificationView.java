package nl.buurtkracht.notification;

import java.time.Instant;

/** A notification as the reader sees it: its text in their language, where it leads, whether read. */
public record NotificationView(
    long id,
    NotificationTopic topic,
    String text,
    String link,
    boolean urgent,
    Instant createdAt,
    boolean read
) {}
