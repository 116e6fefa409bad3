package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.WatchView.Member;
import nl.buurtkracht.fabric.internal.WatchAccess;
import nl.buurtkracht.fabric.internal.WatchRules;
import nl.buurtkracht.fabric.internal.WatchStore;
import nl.buurtkracht.fabric.internal.WatchStore.Home;
import nl.buurtkracht.fabric.internal.WatchStore.MemberRow;
import nl.buurtkracht.fabric.internal.WatchStore.WatchRow;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The out-of-sight watch a resident chooses (R12): on or off, after how many quiet days, whom to ask,
 * whether the builder may be told, pause and stop. A resident sets it up themselves (their consent
 * is recorded online), or their street host, builder or representative does it for them with the
 * consent they gave out loud or on paper. Nobody else reads or changes it, not even its circle; a
 * read by someone acting for the resident is written in the audit log. Every change checks all its
 * fields first and writes nothing while one breaks a rule.
 */
@Service
public class Watches {

    /** The period the form suggests before anything is chosen. */
    public static final int SUGGESTED_DAYS = 10;

    private final WatchStore store;
    private final WatchAccess access;
    private final ConsentLedger consent;
    private final ContactLedger ledger;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Watches(
        WatchStore store,
        WatchAccess access,
        ConsentLedger consent,
        ContactLedger ledger,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.access = access;
        this.consent = consent;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The watch of the signed-in resident, or of the neighbour {@code forResidentId} they act for. */
    @Transactional
    public WatchView view(CurrentUser user, @Nullable Long forResidentId) {
        Home home = subject(user, forResidentId);
        audit.sensitiveRead(user, home.residentId(), "watch", "watch settings");
        return view(home, !user.isResident(home.residentId()));
    }

    /**
     * Whom the resident can pick on the page: the street's hosts and the neighbours on the street who
     * share their name with it, and whoever is in the circle already.
     */
    @Transactional(readOnly = true)
    public List<Member> candidates(CurrentUser user, @Nullable Long forResidentId) {
        Home home = subject(user, forResidentId);
        Map<Long, Member> all = new LinkedHashMap<>();
        store.candidates(home.residentId(), home.streetId()).forEach(m -> all.put(m.residentId(), member(m)));
        store
            .watchOf(home.residentId())
            .ifPresent(w ->
                store.members(w.id(), home.streetId()).forEach(m -> all.putIfAbsent(m.residentId(), member(m)))
            );
        return List.copyOf(all.values());
    }

    /** Turns the watch on or changes it; answers the watch's id. */
    @Transactional
    public long save(CurrentUser user, @Nullable Long forResidentId, WatchForm form) {
        return write(user, subject(user, forResidentId), form, new ArrayList<>()).watchId();
    }

    /**
     * The signed-in resident's watch made exactly as given, pause included ({@code pausedUntil} empty
     * means running), in one go: the API's "PUT-like" POST. Answers whether the watch is new.
     */
    @Transactional
    public boolean replace(CurrentUser user, WatchForm form, @Nullable LocalDate pausedUntil, boolean pauseGiven) {
        Home home = subject(user, null);
        List<FieldProblem> problems = new ArrayList<>();
        WatchRow before = store.watchOf(home.residentId()).orElse(null);
        boolean pausedBefore = before != null && paused(before);
        boolean samePause = pausedBefore && before.pausedUntil().equals(pausedUntil);
        if (pauseGiven && !samePause) {
            WatchRules.pause(pausedUntil, today(), problems);
        }
        Written written = write(user, home, form, problems);
        Instant now = clock.instant();
        if (pauseGiven && !samePause) {
            store.pause(written.watchId(), pausedUntil, now);
            store.closeSignals(written.watchId(), now);
        } else if (!pauseGiven && pausedBefore) {
            store.resume(written.watchId(), today(), now);
        }
        return written.created();
    }

    /** Pauses the watch until a day (a stay away, in hospital): nobody is asked, the count starts that day. */
    @Transactional
    public void pause(CurrentUser user, @Nullable Long forResidentId, @Nullable LocalDate until) {
        Home home = subject(user, forResidentId);
        WatchRow watch = store.lockWatchOf(home.residentId()).orElseThrow(() -> new NotFound("watch.off"));
        List<FieldProblem> problems = new ArrayList<>();
        WatchRules.pause(until, today(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        store.pause(watch.id(), until, now);
        store.closeSignals(watch.id(), now);
    }

    /** Ends a pause now: the count starts today. */
    @Transactional
    public void resume(CurrentUser user, @Nullable Long forResidentId) {
        Home home = subject(user, forResidentId);
        WatchRow watch = store.lockWatchOf(home.residentId()).orElseThrow(() -> new NotFound("watch.off"));
        store.resume(watch.id(), today(), clock.instant());
    }

    /**
     * Stops the watch: its circle, answers and signals go, and the consents to it are withdrawn.
     * Answers whether there was one; stopping a watch that is off changes nothing.
     */
    @Transactional
    public boolean stop(CurrentUser user, @Nullable Long forResidentId) {
        Home home = subject(user, forResidentId);
        boolean self = user.isResident(home.residentId());
        boolean stopped = store.deleteWatchOf(home.residentId());
        ConsentMethod how = self ? ConsentMethod.ONLINE : ConsentMethod.VERBAL;
        for (ConsentPurpose purpose : List.of(
            ConsentPurpose.OUT_OF_SIGHT_WATCH,
            ConsentPurpose.WATCH_TOLD_TO_BUILDER
        )) {
            if (consent.has(home.residentId(), purpose)) {
                consent.record(home.residentId(), purpose, false, user.accountId(), !self, how);
            }
        }
        return stopped;
    }

    /** Today in Amsterdam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }

    private record Written(long watchId, boolean created) {}

    private Written write(CurrentUser user, Home home, WatchForm form, List<FieldProblem> problems) {
        long id = home.residentId();
        boolean self = user.isResident(id);
        problems.addAll(
            WatchRules.check(form, home, store.proposed(form.circle()), store.hostsOfStreet(home.streetId()))
        );
        ConsentMethod method = form.consentMethod();
        if (!self) {
            if (method == ConsentMethod.ONLINE) {
                problems.add(new FieldProblem("consentMethod", "watch.consent.not-online"));
            } else if (method == null && !consent.has(id, ConsentPurpose.OUT_OF_SIGHT_WATCH)) {
                problems.add(new FieldProblem("consentMethod", "watch.consent.needed", home.name()));
            } else if (method == null && form.tellBuilder() && !consent.has(id, ConsentPurpose.WATCH_TOLD_TO_BUILDER)) {
                problems.add(new FieldProblem("consentMethod", "watch.consent.builder-needed", home.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }

        // The resident's own yes is recorded online; a yes told or signed is recorded as such, on their behalf.
        ConsentMethod how = self ? ConsentMethod.ONLINE : method;
        if (how != null && (!self || !consent.has(id, ConsentPurpose.OUT_OF_SIGHT_WATCH))) {
            consent.record(id, ConsentPurpose.OUT_OF_SIGHT_WATCH, true, user.accountId(), !self, how);
        }
        if (form.tellBuilder() != consent.has(id, ConsentPurpose.WATCH_TOLD_TO_BUILDER)) {
            consent.record(
                id,
                ConsentPurpose.WATCH_TOLD_TO_BUILDER,
                form.tellBuilder(),
                user.accountId(),
                !self,
                how != null ? how : ConsentMethod.VERBAL
            );
        }

        Instant now = clock.instant();
        int days = form.quietDays();
        WatchRow existing = store.lockWatchOf(id).orElse(null);
        long watchId;
        boolean created = false;
        if (existing == null) {
            var inserted = store.insertWatch(id, days, today(), user.accountId(), !self, now);
            created = inserted.isPresent();
            // Started at the same moment by someone else: theirs is changed to this.
            watchId = inserted.orElseGet(() -> store.lockWatchOf(id).orElseThrow().id());
        } else {
            watchId = existing.id();
        }
        if (!created) {
            store.updateQuietDays(watchId, days, now);
        }
        List<Long> added = store.replaceCircle(watchId, new LinkedHashSet<>(form.circle()), now);
        if (!added.isEmpty()) {
            events.publishEvent(new WatchCircleJoined(watchId, id, added));
        }
        return new Written(watchId, created);
    }

    private WatchView view(Home home, boolean forSomeoneElse) {
        long id = home.residentId();
        LocalDate last = ledger.lastContact(id).orElse(null);
        boolean tellBuilder = consent.has(id, ConsentPurpose.WATCH_TOLD_TO_BUILDER);
        WatchRow w = store.watchOf(id).orElse(null);
        if (w == null) {
            return new WatchView(
                id,
                home.name(),
                false,
                SUGGESTED_DAYS,
                List.of(),
                tellBuilder,
                null,
                null,
                last,
                0,
                false,
                forSomeoneElse
            );
        }
        // A contact the daily check has not seen yet already ends what was asked.
        boolean contactSince = last != null && last.isAfter(w.quietSince());
        int stage = contactSince ? 0 : w.stage();
        return new WatchView(
            id,
            home.name(),
            true,
            w.quietDays(),
            store.members(w.id(), home.streetId()).stream().map(Watches::member).toList(),
            tellBuilder,
            w.startedOn(),
            paused(w) ? w.pausedUntil() : null,
            last,
            stage,
            stage > 0,
            forSomeoneElse
        );
    }

    private boolean paused(WatchRow w) {
        return w.pausedUntil() != null && !w.pausedUntil().isBefore(today());
    }

    private static Member member(MemberRow m) {
        return new Member(m.residentId(), m.sharesName() ? m.name() : null, m.host());
    }

    /**
     * Whose watch this is: the signed-in resident's own, or a neighbour's they may act for. Someone
     * else's, or a resident who does not exist, is refused alike.
     */
    private Home subject(CurrentUser user, @Nullable Long forResidentId) {
        Long id = forResidentId != null ? forResidentId : user.residentId();
        if (id == null) {
            throw new NotPermitted("watch.residents-only");
        }
        Home home = store.home(id).orElse(null);
        if (home == null) {
            throw new NotPermitted(user.isResident(id) ? "watch.no-address" : "watch.not-yours");
        }
        if (!access.mayActFor(user, home)) {
            throw new NotPermitted("watch.not-yours");
        }
        return home;
    }
}
