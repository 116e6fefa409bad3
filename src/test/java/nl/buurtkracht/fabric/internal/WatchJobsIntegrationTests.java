package nl.buurtkracht.fabric.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import javax.sql.DataSource;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.fabric.WatchChecks;
import nl.buurtkracht.fabric.WatchClock;
import nl.buurtkracht.fabric.WatchClockConfiguration;
import nl.buurtkracht.fabric.WatchFixtures;
import nl.buurtkracht.fabric.WatchFixtures.Street;
import nl.buurtkracht.fabric.WatchForm;
import nl.buurtkracht.fabric.Watches;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily check on db-scheduler: starting the job puts one execution at the next 07:00 in
 * Amsterdam in the scheduler's table, and when that execution is due the scheduler runs the check,
 * which asks the circle of a watch that has been quiet long enough.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WatchClockConfiguration.class)
class WatchJobsIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    Watches watches;

    @Autowired
    WatchChecks checks;

    @Autowired
    WatchClock clock;

    private Instant due() {
        return jdbc
            .sql("select execution_time from scheduled_tasks where task_name = 'watch-daily-check'")
            .query(Instant.class)
            .single();
    }

    /** The next 07:00 in Amsterdam: db-scheduler plans with the real time, not the application's clock. */
    private static Instant nextSeven() {
        ZonedDateTime now = ZonedDateTime.now(Clock.system(Recurrence.AMSTERDAM));
        ZonedDateTime seven = now.toLocalDate().atTime(WatchJobs.CHECK_AT).atZone(Recurrence.AMSTERDAM);
        return (seven.isAfter(now) ? seven : seven.plusDays(1)).toInstant();
    }

    @Test
    void theJobIsDueEachMorningAtSevenAndRunsTheCheckWhenDue() {
        clock.reset();
        WatchFixtures fixtures = new WatchFixtures(jdbc, accounts, consent);
        Street street = fixtures.aStreet();
        CurrentUser bakker = fixtures.neighbour("Mevrouw Bakker", street, 1);
        CurrentUser ahmed = fixtures.neighbour("Ahmed", street, 2);
        long watchId = watches.save(bakker, null, new WatchForm(7, List.of(ahmed.residentId()), false, null));
        clock.later(7);

        WatchJobs jobs = new WatchJobs(dataSource, checks);
        jobs.start();
        jobs.stop();
        assertThat(due()).isEqualTo(nextSeven());

        jdbc
            .sql(
                "update scheduled_tasks set execution_time = now() - interval '1 minute' where task_name = 'watch-daily-check'"
            )
            .update();
        WatchJobs again = new WatchJobs(dataSource, checks);
        again.start();
        try {
            await()
                .atMost(Duration.ofSeconds(30))
                .until(
                    () ->
                        jdbc.sql("select stage from watch where id = ?").param(watchId).query(Integer.class).single() ==
                        1
                );
            await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> due().isAfter(Instant.now()));
        } finally {
            again.stop();
        }
        assertThat(due()).as("planned again for the next morning").isEqualTo(nextSeven());
    }
}
