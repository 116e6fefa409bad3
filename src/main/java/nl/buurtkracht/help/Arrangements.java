package nl.buurtkracht.help;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.internal.ArrangementStore;
import nl.buurtkracht.help.internal.ArrangementStore.ArrangementRow;
import nl.buurtkracht.help.internal.ArrangementStore.Feedback;
import nl.buurtkracht.help.internal.ArrangementStore.Lapse;
import nl.buurtkracht.help.internal.ArrangementStore.TimeRow;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regular arrangements ("vaste prik"): each time either person taps "we met" or "not this time"; a
 * private "how was it?" after the first meeting; and noticing, without fuss, when one seems to stop.
 */
@Service
public class Arrangements {

    /** How long without a meeting before an arrangement counts as stopped. */
    public static final Duration QUIET = Duration.ofDays(21);
    /** A time counts as missed once a day has passed without anyone saying they met. */
    public static final Duration GRACE = Duration.ofDays(1);
    /** How many times the page shows: the recent past and what comes. */
    static final int SHOWN = 8;

    private static final Set<String> ANSWERS = Set.of("MET", "SKIPPED");
    private static final Set<String> FEELINGS = Set.of("GOOD", "OKAY", "NOT_FOR_ME");

    private final ArrangementStore store;
    private final ConsentLedger consent;
    private final Residents residents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Arrangements(
        ArrangementStore store,
        ConsentLedger consent,
        Residents residents,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.consent = consent;
        this.residents = residents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<ArrangementView> of(CurrentUser user) {
        List<ArrangementView> result = new java.util.ArrayList<>();
        if (user.residentId() != null) {
            store.of(user.residentId()).forEach(a -> result.add(view(a, user.residentId())));
        }
        // Those a host or builder acts for, as the person helped sees them; each reading is logged.
        for (ArrangementRow a : store.ofRepresented(user.accountId())) {
            audit.sensitiveRead(user, a.askerResidentId(), "help-arrangement", "arrangement " + a.id());
            result.add(view(a, a.askerResidentId()));
        }
        return result;
    }

    @Transactional
    public ArrangementView view(CurrentUser user, long id) {
        ArrangementRow a = store.arrangement(id).orElseThrow(() -> new NotFound("help.arrangement.not-found"));
        long me = party(user, a);
        return view(a, me);
    }

    /**
     * One tap: "we met" ({@code MET}) or "not this time" ({@code SKIPPED}), by either person; the
     * later tap counts. The first meeting of the two publishes a "how was it?".
     */
    @Transactional
    public ArrangementView answer(CurrentUser user, long id, LocalDate day, String answer) {
        ArrangementRow a = store.arrangement(id).orElseThrow(() -> new NotFound("help.arrangement.not-found"));
        long me = party(user, a);
        if (!ANSWERS.contains(answer)) {
            throw InvalidInput.of("answer", "help.arrangement.answer.unknown");
        }
        TimeRow time = store.lockTime(id, day).orElseThrow(() -> new NotFound("help.arrangement.time.not-found"));
        if ("MET".equals(answer) && time.startsAt().isAfter(clock.instant().plus(Duration.ofHours(12)))) {
            throw InvalidInput.of("day", "help.arrangement.met.not-yet");
        }
        store.answer(id, day, answer, me, clock.instant());
        if ("MET".equals(answer) && !"MET".equals(time.answer())) {
            boolean first = !store.metBefore(id, day);
            if ("LAPSED".equals(a.status())) {
                store.setStatus(id, "ACTIVE", null);
            }
            events.publishEvent(
                new ArrangementMet(id, day, a.askerResidentId(), a.helperResidentId(), a.kind(), first)
            );
        }
        return view(store.arrangement(id).orElseThrow(), me);
    }

    /** The private "how was it?": only its writer sees it again; matching uses it to weigh continuity. */
    @Transactional
    public void feedback(CurrentUser user, long id, String feeling, String note) {
        ArrangementRow a = store.arrangement(id).orElseThrow(() -> new NotFound("help.arrangement.not-found"));
        long me = party(user, a);
        if (!FEELINGS.contains(feeling)) {
            throw InvalidInput.of("feeling", "help.feedback.feeling.required");
        }
        if (note.length() > 500) {
            throw InvalidInput.of("note", "help.too-long", 500);
        }
        store.feedback(id, me, feeling, note.strip(), clock.instant());
    }

    /**
     * Notices arrangements that seem to have stopped and tells whom the asker allowed to be told.
     * Safe on several app instances at once: each lapse is marked by one conditional update.
     */
    @Transactional
    public int noticeLapses() {
        Instant now = clock.instant();
        int told = 0;
        for (Lapse lapse : store.lapses(now.minus(GRACE), now.minus(QUIET))) {
            if (!store.markLapsed(lapse.arrangementId(), now)) {
                continue;
            }
            ArrangementRow a = store.arrangement(lapse.arrangementId()).orElseThrow();
            List<Long> hosts = consent.has(a.askerResidentId(), ConsentPurpose.LAPSE_TOLD_TO_STREET_HOST)
                ? store.hostsOf(a.askerResidentId())
                : List.of();
            events.publishEvent(
                new ArrangementLapsed(
                    a.id(),
                    a.askerResidentId(),
                    a.helperResidentId(),
                    lapse.twoMissed()
                        ? ArrangementLapsed.Reason.TWO_MISSED_IN_A_ROW
                        : ArrangementLapsed.Reason.NO_CONFIRMATION_FOR_THREE_WEEKS,
                    hosts
                )
            );
            told++;
        }
        return told;
    }

    /**
     * The two people of an arrangement see it, and whoever is registered to act for the asker (the
     * street host of a neighbour without email), who answers for them and whose reading is logged;
     * anyone else is refused, so no arrangement is found by guessing its id. Answers which of the two
     * the reader acts as.
     */
    private long party(CurrentUser user, ArrangementRow a) {
        Long me = user.residentId();
        if (me != null && (me == a.askerResidentId() || me == a.helperResidentId())) {
            return me;
        }
        if (residents.represents(user.accountId(), a.askerResidentId())) {
            audit.sensitiveRead(user, a.askerResidentId(), "help-arrangement", "arrangement " + a.id());
            return a.askerResidentId();
        }
        throw new NotPermitted("help.arrangement.not-yours");
    }

    private ArrangementView view(ArrangementRow a, long me) {
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(a.zone());
        // The last two times and what comes, so a missed confirmation can still be given.
        List<TimeRow> recent = store.times(a.id(), now.minus(Duration.ofDays(15)), SHOWN);
        Feedback mine = store.feedbackOf(a.id(), me).orElse(null);
        boolean metOnce = store.metBefore(a.id(), LocalDate.MIN);
        return new ArrangementView(
            a.id(),
            a.askId(),
            a.askerResidentId(),
            a.askerName(),
            a.helperResidentId(),
            a.helperName(),
            a.kind(),
            a.rrule(),
            a.status(),
            recent
                .stream()
                .map(t ->
                    new ArrangementView.Time(
                        t.day(),
                        t.startsAt().atZone(zone),
                        t.answer(),
                        t.answeredBy(),
                        !t.startsAt().isAfter(now)
                    )
                )
                .toList(),
            metOnce,
            mine == null ? null : mine.feeling(),
            mine == null ? null : mine.note(),
            me == a.helperResidentId()
        );
    }
}
