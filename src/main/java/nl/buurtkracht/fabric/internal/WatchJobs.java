package nl.buurtkracht.fabric.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;
import nl.buurtkracht.fabric.WatchChecks;
import nl.buurtkracht.shared.Recurrence;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The watch's daily check on db-scheduler, at 07:00 Amsterdam time so that what it tells reaches the
 * 08:00 digest: the scheduler's table makes exactly one instance run each day's check, and each step
 * of a watch is a conditional update besides. Tests switch the job off and call the check themselves.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.watch.jobs.enabled", havingValue = "true", matchIfMissing = true)
class WatchJobs implements SmartLifecycle {

    static final LocalTime CHECK_AT = LocalTime.of(7, 0);

    private final Scheduler scheduler;
    private volatile boolean running;

    WatchJobs(DataSource dataSource, WatchChecks checks) {
        RecurringTask<Void> daily = Tasks.recurring(
            "watch-daily-check",
            Schedules.daily(Recurrence.AMSTERDAM, CHECK_AT)
        ).execute((instance, context) -> checks.checkAll());
        this.scheduler = Scheduler.create(dataSource)
            .startTasks(List.of(daily))
            .pollingInterval(Duration.ofMinutes(1))
            .threads(1)
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
