package nl.buurtkracht.fabric.internal;

import nl.buurtkracht.fabric.FabricAnalytics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly analytics run, at 03:30 Amsterdam time on every instance: the first to take the
 * advisory lock runs it, the others find it running or done for the day and do nothing. A database
 * without any finished run (a fresh demo) gets one shortly after start, off the request threads.
 * Tests switch this off and run the analytics themselves.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.fabric.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FabricJobs {

    private static final Logger log = LoggerFactory.getLogger(FabricJobs.class);

    private final FabricAnalytics analytics;
    private final FabricReads reads;

    FabricJobs(FabricAnalytics analytics, FabricReads reads) {
        this.analytics = analytics;
        this.reads = reads;
    }

    @Scheduled(cron = "${buurtkracht.fabric.nightly-cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        analytics.runIfDue();
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstRun() {
        if (reads.latestRun().isPresent()) {
            return;
        }
        Thread.ofVirtual()
            .name("fabric-first-run")
            .start(() -> {
                try {
                    analytics.runIfDue();
                } catch (RuntimeException e) {
                    log.warn("first fabric analytics run failed", e);
                }
            });
    }
}
