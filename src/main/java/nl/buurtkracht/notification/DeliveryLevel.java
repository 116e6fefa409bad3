package nl.buurtkracht.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much a person wants to hear about a topic, from most to least. Without a choice it is the
 * daily digest; what people wait for (urgent) is mailed at once unless they chose the app only or
 * nothing at all.
 */
public enum DeliveryLevel {
    INSTANT,
    DAILY_DIGEST,
    IN_APP_ONLY,
    OFF;

    public static final DeliveryLevel DEFAULT = DAILY_DIGEST;

    /** One step less; OFF stays OFF. */
    public DeliveryLevel lower() {
        return this == OFF ? OFF : values()[ordinal() + 1];
    }

    public String labelKey() {
        return "notification.level." + name();
    }

    public static Optional<DeliveryLevel> parse(String name) {
        return Arrays.stream(values())
            .filter(l -> l.name().equals(name))
            .findFirst();
    }
}
