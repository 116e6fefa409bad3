package nl.buurtkracht.notification.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;
import nl.buurtkracht.notification.DailyDigest;
import nl.buurtkracht.notification.EmailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The two recurring jobs, on db-scheduler: its table in PostgreSQL makes sure that of several
 * instances exactly one runs each execution. The digest runs daily at 08:00 Amsterdam time, the
 * outbox sender every half minute. Tests switch the jobs off and call the services directly.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.notification.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs implements SmartLifecycle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NotificationJobs.class);
    private static final int MOST_BATCHES = 40;

    private final Scheduler scheduler;
    private volatile boolean running;

    NotificationJobs(
        DataSource dataSource,
        DailyDigest digest,
        EmailOutbox outbox,
        @Value("${buurtkracht.notification.outbox-interval:PT30S}") Duration outboxInterval
    ) {
        RecurringTask<Void> digestTask = Tasks.recurring(
            "notification-daily-digest",
            Schedules.daily(DailyDigest.ZONE, LocalTime.of(8, 0))
        ).execute((instance, context) -> digest.sendDigests());
        RecurringTask<Void> outboxTask = Tasks.recurring(
            "notification-outbox-sender",
            Schedules.fixedDelay(outboxInterval)
        ).execute((instance, context) -> {
                // Batch after batch, so that a burst does not wait for the next turn; bounded, so that
                // a turn ends even while mails keep coming.
                int batches = 0;
                while (batches++ < MOST_BATCHES && outbox.sendPending() > 0) {
                    LOG.debug("outbox batch {} sent", batches);
                }
            });
        this.scheduler = Scheduler.create(dataSource)
            .startTasks(List.of(digestTask, outboxTask))
            .pollingInterval(
                outboxInterval.compareTo(Duration.ofSeconds(10)) < 0 ? outboxInterval : Duration.ofSeconds(10)
            )
            .threads(2)
            .build();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
