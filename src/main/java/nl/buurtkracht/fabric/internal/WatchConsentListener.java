package nl.buurtkracht.fabric.internal;

import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.consent.ConsentWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A resident who withdraws their consent to the watch (on the privacy page, say) stops it: its
 * circle, answers and signals go with it. Withdrawing the builder's part needs nothing here, since
 * every builder's read checks that consent afresh.
 */
@Component
class WatchConsentListener {

    private final WatchStore store;
    private final ConsentLedger consent;

    WatchConsentListener(WatchStore store, ConsentLedger consent) {
        this.store = store;
        this.consent = consent;
    }

    /** Runs after the withdrawal is committed; a yes given again since then keeps the new watch. */
    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        if (
            event.purpose() == ConsentPurpose.OUT_OF_SIGHT_WATCH &&
            !consent.has(event.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)
        ) {
            store.deleteWatchOf(event.residentId());
        }
    }
}
