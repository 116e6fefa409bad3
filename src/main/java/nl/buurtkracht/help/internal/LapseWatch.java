package nl.buurtkracht.help.internal;

import nl.buurtkracht.help.Arrangements;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for stopped arrangements every hour. Each lapse is claimed by a conditional update, so
 * several instances of the app may run this at once without telling anyone twice.
 */
@Component
class LapseWatch {

    private final Arrangements arrangements;

    LapseWatch(Arrangements arrangements) {
        this.arrangements = arrangements;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void look() {
        arrangements.noticeLapses();
    }
}
