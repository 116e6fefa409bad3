package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.internal.WatchRules;
import nl.buurtkracht.fabric.internal.WatchStore;
import nl.buurtkracht.fabric.internal.WatchStore.Home;
import nl.buurtkracht.fabric.internal.WatchStore.WatchRow;
import nl.buurtkracht.shared.Recurrence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check of every watch. A contact in the ledger since the quiet stretch began starts the
 * count again; otherwise, after the chosen quiet period the circle is asked (stage 1), a few days
 * later the street host (stage 2), and a few days after that the builder, only if the resident
 * agreed (stage 3). One step per watch per day, each in its own transaction and by a conditional
 * update, so that two instances running the check at once tell nobody twice.
 */
@Service
public class WatchChecks {

    private final WatchStore store;
    private final ContactLedger ledger;
    private final ConsentLedger consent;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WatchChecks(
        WatchStore store,
        ContactLedger ledger,
        ConsentLedger consent,
        ApplicationEventPublisher events,
        TransactionTemplate transactions,
        Clock clock
    ) {
        this.store = store;
        this.ledger = ledger;
        this.consent = consent;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Checks every watch; answers how many told someone something. */
    public int checkAll() {
        LocalDate today = LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
        int told = 0;
        for (long id : store.watchIds()) {
            if (Boolean.TRUE.equals(transactions.execute(status -> check(id, today)))) {
                told++;
            }
        }
        return told;
    }

    private boolean check(long id, LocalDate today) {
        WatchRow watch = store.watch(id).orElse(null);
        if (watch == null || !consent.has(watch.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)) {
            return false;
        }
        Home home = store.home(watch.residentId()).orElse(null);
        if (home == null) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate last = ledger.lastContact(watch.residentId()).orElse(null);
        if (last != null && last.isAfter(watch.quietSince())) {
            if (!store.restart(id, watch.stage(), watch.quietSince(), last, now)) {
                return false;
            }
            store.closeSignals(id, now);
            watch = store.watch(id).orElseThrow();
        }
        return next(watch, home, today, now);
    }

    /** At most one step on from where the watch stands. */
    private boolean next(WatchRow watch, Home home, LocalDate today, Instant now) {
        long id = watch.id();
        long quiet = ChronoUnit.DAYS.between(watch.quietSince(), today);
        int stage = watch.stage();
        if (stage == 0) {
            // A pause puts the start of the stretch at its end, so a paused watch is never quiet long enough.
            return (
                quiet >= watch.quietDays() &&
                step(watch, 1, today, now, () ->
                    new WatchNudged(id, watch.residentId(), 1, (int) quiet, store.circle(id), List.of())
                )
            );
        }
        if (watch.stageOn() == null || ChronoUnit.DAYS.between(watch.stageOn(), today) < WatchRules.FOLLOW_UP_DAYS) {
            return false;
        }
        if (stage == 1) {
            return step(watch, 2, today, now, () -> {
                store.insertSignal(watch, home, "QUIET", 2, true, false, null, now);
                return new WatchNudged(id, watch.residentId(), 2, (int) quiet, store.hostsOf(home), List.of());
            });
        }
        if (stage == 2 && consent.has(watch.residentId(), ConsentPurpose.WATCH_TOLD_TO_BUILDER)) {
            return step(watch, 3, today, now, () -> {
                store.insertSignal(watch, home, "QUIET", 3, false, true, null, now);
                return new WatchNudged(
                    id,
                    watch.residentId(),
                    3,
                    (int) quiet,
                    List.of(),
                    store.builderAccounts(home.neighbourhoodId())
                );
            });
        }
        return false;
    }

    /** Moves the watch one stage on if nobody else did, and only then tells whom that stage tells. */
    private boolean step(WatchRow watch, int to, LocalDate today, Instant now, Supplier<WatchNudged> tell) {
        if (!store.advance(watch.id(), watch.stage(), to, watch.quietSince(), today, now)) {
            return false;
        }
        events.publishEvent(tell.get());
        return true;
    }
}
