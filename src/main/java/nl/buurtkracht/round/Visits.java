package nl.buurtkracht.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.round.internal.RoundAccess;
import nl.buurtkracht.round.internal.RoundRules;
import nl.buurtkracht.round.internal.RoundStore;
import nl.buurtkracht.round.internal.RoundStore.Home;
import nl.buurtkracht.round.internal.RoundStore.RecipientRow;
import nl.buurtkracht.round.internal.RoundStore.RoundRow;
import nl.buurtkracht.round.internal.RoundStore.StopRow;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After each stop: the volunteer ticks it visited or missed and writes how the person seemed. Notes
 * are sensitive: read in full by the round's coordinators, by the neighbourhood's builder only where
 * the recipient agreed, and every read by someone else is written in the audit log. A note that needs
 * attention becomes a signal for the builder (with consent) or else the street host, without its text.
 */
@Service
public class Visits {

    private final RoundStore store;
    private final RoundAccess access;
    private final ConsentLedger consent;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Visits(
        RoundStore store,
        RoundAccess access,
        ConsentLedger consent,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.access = access;
        this.consent = consent;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ticks a stop of a day by its volunteer (or a coordinator for them). Safe to repeat: the event is
     * published when the stop changes, the note is kept once per stop and day, its signal raised once.
     */
    @Transactional
    public void tick(CurrentUser user, long roundId, LocalDate day, VisitForm form) {
        RoundRow round = store.round(roundId).orElseThrow(() -> new NotFound("rounds.round.not-found"));
        List<FieldProblem> problems = RoundRules.check(form);
        List<LocalDate> days = RoundRules.days(round.firstDay(), round.startsAt(), round.rrule(), new ArrayList<>());
        if (!days.contains(day)) {
            problems.add(new FieldProblem("day", "rounds.day.not-in-round"));
        } else if (day.isAfter(LocalDate.now(clock.withZone(Recurrence.AMSTERDAM)))) {
            problems.add(new FieldProblem("day", "rounds.visit.not-yet"));
        }
        StopRow stop = null;
        if (form.recipientResidentId() != null) {
            RecipientRow recipient = store.recipient(roundId, form.recipientResidentId()).orElse(null);
            stop = recipient == null ? null : store.stop(roundId, day, recipient.id()).orElse(null);
            if (stop == null || stop.volunteerResidentId() == null) {
                problems.add(new FieldProblem("recipientResidentId", "rounds.visit.not-on-route"));
                stop = null;
            }
        }
        if (stop != null && !user.isResident(stop.volunteerResidentId()) && !access.coordinates(user, round)) {
            throw new NotPermitted("rounds.visit.not-yours");
        }
        if (!problems.isEmpty() || stop == null) {
            throw new InvalidInput(problems);
        }
        long volunteer = stop.volunteerResidentId();
        boolean visited = form.outcome().equals("VISITED");
        boolean changed = visited ? stop.visitedAt() == null : !stop.missed();
        store.tick(roundId, day, stop.recipientId(), visited, clock.instant());
        if (changed) {
            events.publishEvent(
                visited
                    ? new VisitMade(roundId, day, volunteer, stop.recipientResidentId(), stop.neighbourhoodId())
                    : new VisitMissed(roundId, day, volunteer, stop.recipientResidentId(), stop.neighbourhoodId())
            );
        }
        if (!visited) {
            return;
        }
        long noteId = store.upsertNote(
            roundId,
            day,
            stop.recipientId(),
            volunteer,
            Seemed.valueOf(form.seemed()),
            form.wish().strip(),
            form.needsAttention(),
            clock.instant()
        );
        if (form.needsAttention()) {
            signal(noteId, stop);
        }
    }

    /** The builder hears when the recipient agreed to share visit notes with them; otherwise the street host. */
    private void signal(long noteId, StopRow stop) {
        boolean toBuilder = consent.has(stop.recipientResidentId(), ConsentPurpose.VISIT_NOTES_SHARED_WITH_BUILDER);
        store
            .insertSignal(
                noteId,
                stop.recipientResidentId(),
                toBuilder,
                stop.neighbourhoodId(),
                stop.streetId(),
                clock.instant()
            )
            .ifPresent(id ->
                events.publishEvent(
                    new RoundSignalRaised(
                        id,
                        stop.recipientResidentId(),
                        toBuilder,
                        stop.neighbourhoodId(),
                        stop.streetId(),
                        toBuilder ? store.buildersOf(stop.neighbourhoodId()) : List.of(),
                        toBuilder ? List.of() : store.hostsOf(stop.streetId())
                    )
                )
            );
    }

    /**
     * The notes about one recipient of a round, newest first: for the coordinators, and for the
     * builder of the recipient's neighbourhood only with the recipient's consent. Each note read by
     * someone else than the recipient leaves a row in the audit log.
     */
    @Transactional
    public List<VisitNoteView> notes(CurrentUser user, long roundId, long recipientResidentId) {
        RoundRow round = store.round(roundId).orElseThrow(() -> new NotFound("rounds.round.not-found"));
        RecipientRow recipient = store
            .recipient(roundId, recipientResidentId)
            .orElseThrow(() -> new NotFound("rounds.recipient.not-found"));
        Home home = store.home(recipientResidentId).orElseThrow(() -> new NotFound("rounds.recipient.not-found"));
        boolean mayRead =
            user.isResident(recipientResidentId) ||
            access.readsNotesInFull(user, round) ||
            (access.builderOf(user, home) &&
                consent.has(recipientResidentId, ConsentPurpose.VISIT_NOTES_SHARED_WITH_BUILDER));
        if (!mayRead) {
            throw new NotPermitted("rounds.notes.not-yours");
        }
        List<VisitNoteView> notes = store.notes(roundId, recipient.id());
        for (VisitNoteView n : notes) {
            audit.sensitiveRead(user, recipientResidentId, "visit-note", "round " + roundId + " note " + n.id());
        }
        return notes;
    }
}
