package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.internal.WatchAccess;
import nl.buurtkracht.fabric.internal.WatchStore;
import nl.buurtkracht.fabric.internal.WatchStore.Home;
import nl.buurtkracht.fabric.internal.WatchStore.WatchRow;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers to a nudge, from the page the nudge links to. The circle may answer from the first
 * stage on, the street host from the second, the builder (with the resident's consent) at the third.
 * "Seen" records a contact in the ledger and starts the count again, once: of two neighbours who
 * answer at the same moment one wins the conditional update, the other hears that it was already
 * done. "Worried" tells the street host, and the builder when the resident agreed.
 */
@Service
public class WatchNudges {

    /** What the reader is for this watch, and from which stage on they are asked. */
    private record Reader(boolean member, boolean host, boolean builder) {
        int firstStage() {
            return member ? 1 : host ? 2 : 3;
        }
    }

    private final WatchStore store;
    private final WatchAccess access;
    private final ContactLedger ledger;
    private final ConsentLedger consent;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WatchNudges(
        WatchStore store,
        WatchAccess access,
        ContactLedger ledger,
        ConsentLedger consent,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.access = access;
        this.ledger = ledger;
        this.consent = consent;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The nudge page: whom it is about and whether there is something to answer now. */
    @Transactional
    public WatchNudgeView view(CurrentUser user, long watchId) {
        WatchRow watch = store.watch(watchId).orElseThrow(() -> new NotFound("watch.nudge.gone"));
        Home home = store.home(watch.residentId()).orElseThrow(() -> new NotFound("watch.nudge.gone"));
        Reader reader = reader(user, watch, home);
        audit.sensitiveRead(user, watch.residentId(), "watch", "nudge of watch " + watchId);
        boolean open = open(watch, reader);
        Long me = user.residentId();
        WatchAnswer earlier = open && me != null
            ? store.lastAnswer(watchId, me, watch.quietSince()).orElse(null)
            : null;
        return new WatchNudgeView(watchId, home.name(), open, earlier, reader.member());
    }

    /** Answers a nudge; safe to repeat, and two people answering at once end the quiet stretch once. */
    @Transactional
    public WatchOutcome answer(CurrentUser user, long watchId, WatchAnswer answer) {
        WatchRow watch = store.watch(watchId).orElseThrow(() -> new NotFound("watch.nudge.gone"));
        Home home = store.home(watch.residentId()).orElseThrow(() -> new NotFound("watch.nudge.gone"));
        Reader reader = reader(user, watch, home);
        Instant now = clock.instant();
        LocalDate last = ledger.lastContact(watch.residentId()).orElse(null);
        if (last != null && last.isAfter(watch.quietSince())) {
            // Someone had contact since: what was asked is over, as the daily check would find.
            if (store.restart(watchId, watch.stage(), watch.quietSince(), last, now)) {
                store.closeSignals(watchId, now);
            }
            return WatchOutcome.NOTHING_OPEN;
        }
        if (!open(watch, reader)) {
            return WatchOutcome.NOTHING_OPEN;
        }
        Long me = user.residentId();
        if (me != null) {
            store.insertAnswer(watchId, me, watch.quietSince(), answer, now);
        }
        return switch (answer) {
            case SEEN -> seen(watch, home, me, now);
            case GOING -> WatchOutcome.GOING;
            case WORRIED -> worried(user, watch, home, me, now);
        };
    }

    /** Leaves a circle: no more nudges about this person. */
    @Transactional
    public void leave(CurrentUser user, long watchId) {
        Long me = user.residentId();
        if (me == null || !store.leaveCircle(watchId, me)) {
            throw new NotPermitted("watch.nudge.not-yours");
        }
    }

    private WatchOutcome seen(WatchRow watch, Home home, @Nullable Long me, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
        if (!store.restart(watch.id(), watch.stage(), watch.quietSince(), today, now)) {
            return WatchOutcome.SEEN_ALREADY;
        }
        store.closeSignals(watch.id(), now);
        if (me != null) {
            ledger.record(
                new Contact(
                    watch.residentId(),
                    me,
                    today,
                    ContactSource.WATCH_SEEN,
                    "watch:" + watch.id() + ":" + watch.quietSince(),
                    ConsentPurpose.OUT_OF_SIGHT_WATCH,
                    home.neighbourhoodId()
                )
            );
        }
        return WatchOutcome.SEEN;
    }

    private WatchOutcome worried(CurrentUser user, WatchRow watch, Home home, @Nullable Long me, Instant now) {
        List<Long> hosts = store
            .hostsOf(home)
            .stream()
            .filter(h -> !h.equals(me))
            .toList();
        boolean toBuilder = consent.has(watch.residentId(), ConsentPurpose.WATCH_TOLD_TO_BUILDER);
        List<Long> builders = toBuilder
            ? store
                .builderAccounts(home.neighbourhoodId())
                .stream()
                .filter(a -> a != user.accountId())
                .toList()
            : List.of();
        store
            .insertSignal(watch, home, "WORRY", watch.stage(), true, toBuilder, me, now)
            .ifPresent(id ->
                events.publishEvent(new WatchWorryRaised(watch.id(), watch.residentId(), me, hosts, builders))
            );
        if (!hosts.isEmpty()) {
            return builders.isEmpty() ? WatchOutcome.WORRY_HOST : WatchOutcome.WORRY_HOST_AND_BUILDER;
        }
        return builders.isEmpty() ? WatchOutcome.WORRY_NOBODY : WatchOutcome.WORRY_BUILDER;
    }

    /** Whether the watch asks this reader something now. */
    private boolean open(WatchRow watch, Reader reader) {
        if (watch.stage() < reader.firstStage()) {
            return false;
        }
        LocalDate last = ledger.lastContact(watch.residentId()).orElse(null);
        return last == null || !last.isAfter(watch.quietSince());
    }

    /**
     * The people of the circle, the street hosts of the resident, and the builder of the
     * neighbourhood when the resident agreed to tell the builder; anyone else (the resident too, whose
     * own page is elsewhere) is refused.
     */
    private Reader reader(CurrentUser user, WatchRow watch, Home home) {
        Long me = user.residentId();
        boolean member = me != null && store.inCircle(watch.id(), me);
        boolean host =
            me != null &&
            me != watch.residentId() &&
            (user.scope().hostedStreetIds().contains(home.streetId()) || store.hostsOf(home).contains(me));
        boolean builder =
            access.builderOf(user, home.neighbourhoodId()) &&
            consent.has(watch.residentId(), ConsentPurpose.WATCH_TOLD_TO_BUILDER);
        if (!member && !host && !builder) {
            throw new NotPermitted("watch.nudge.not-yours");
        }
        return new Reader(member, host, builder);
    }
}
