package nl.buurtkracht.notification;

import java.util.Arrays;
import java.util.Optional;

/** What a notification is about; people choose per topic how much they want to hear. */
public enum NotificationTopic {
    /** A neighbour would like your help. */
    HELP_INVITATIONS,
    /** Someone will help you, or you are helping someone. */
    HELP_MATCHES,
    /** "How was it?" after a first meeting. */
    ARRANGEMENT_FOLLOW_UP,
    /** For street hosts: a regular arrangement in their street seems to have stopped. */
    STREET_HOST_SIGNALS,
    /** A seat came free at an activity. */
    ACTIVITY_SEATS,
    /** For street hosts and builders: a neighbour visited by a round could use some attention. */
    ROUND_SIGNALS,
    /** The out-of-sight watch: "have you seen her lately?", for the circle, street host and builder. */
    OUT_OF_SIGHT_WATCH;

    /** Message key of the topic's name, e.g. "Vragen om uw hulp". */
    public String labelKey() {
        return "notification.topic." + name();
    }

    public static Optional<NotificationTopic> parse(String name) {
        return Arrays.stream(values())
            .filter(t -> t.name().equals(name))
            .findFirst();
    }
}
