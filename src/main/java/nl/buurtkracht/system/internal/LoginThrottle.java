package nl.buurtkracht.system.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per login name. After {@value #FREE_ATTEMPTS} failures every further
 * failure locks the login for a period that doubles, up to 15 minutes. Kept in PostgreSQL so that
 * every app instance sees the same count.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String login) {
        return jdbc
            .sql("select locked_until from login_failure where login = ?")
            .param(key(login))
            .query(Instant.class)
            .optional()
            .filter(until -> until.isAfter(clock.instant()))
            .isPresent();
    }

    void failed(String login) {
        Instant now = clock.instant();
        int failures = jdbc
            .sql(
                """
                insert into login_failure (login, failures, last_failure_at) values (?, 1, ?)
                on conflict (login) do update set failures = login_failure.failures + 1, last_failure_at = excluded.last_failure_at
                returning failures"""
            )
            .params(key(login), java.sql.Timestamp.from(now))
            .query(Integer.class)
            .single();
        if (failures >= FREE_ATTEMPTS) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_ATTEMPTS, 5));
            if (lock.compareTo(LONGEST_LOCK) > 0) {
                lock = LONGEST_LOCK;
            }
            jdbc
                .sql("update login_failure set locked_until = ? where login = ?")
                .params(java.sql.Timestamp.from(now.plus(lock)), key(login))
                .update();
        }
    }

    void succeeded(String login) {
        jdbc.sql("delete from login_failure where login = ?").param(key(login)).update();
    }

    private static String key(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }
}
