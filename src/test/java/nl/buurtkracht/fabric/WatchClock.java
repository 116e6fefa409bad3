package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.buurtkracht.shared.Recurrence;

/**
 * The application's clock in the watch tests: midday in Amsterdam today, moved on by whole days as a
 * test needs ("ten quiet days later"). Every service of the context reads it, so that the watch, the
 * ledger and the notifications agree on the day.
 */
public final class WatchClock extends Clock {

    private volatile Instant now;

    public WatchClock() {
        reset();
    }

    /** Back to midday of the real today. */
    public void reset() {
        now = LocalDate.now(Clock.system(Recurrence.AMSTERDAM))
            .atTime(LocalTime.NOON)
            .atZone(Recurrence.AMSTERDAM)
            .toInstant();
    }

    public void later(int days) {
        now = now.plus(Duration.ofDays(days));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, Recurrence.AMSTERDAM);
    }

    @Override
    public ZoneId getZone() {
        return Recurrence.AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        WatchClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
