package nl.buurtkracht.help.internal;

import nl.buurtkracht.help.Arrangements;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The hourly follow-up of help: noticing arrangements that stopped, and inviting a helper to asks
 * nobody answered. Both are safe on several app instances at once (a conditional update per lapse,
 * an advisory lock for the invitations). Tests switch them off and call the services themselves.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.help.jobs.enabled", havingValue = "true", matchIfMissing = true)
class HelpJobs {

    private final Arrangements arrangements;
    private final WaitingAsks waitingAsks;

    HelpJobs(Arrangements arrangements, WaitingAsks waitingAsks) {
        this.arrangements = arrangements;
        this.waitingAsks = waitingAsks;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void noticeLapses() {
        arrangements.noticeLapses();
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void inviteForWaitingAsks() {
        waitingAsks.inviteForWaitingAsks();
    }
}
