package nl.buurtkracht.help;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.internal.ArrangementStore;
import nl.buurtkracht.help.internal.HelpAccess;
import nl.buurtkracht.help.internal.HelpRules;
import nl.buurtkracht.help.internal.HelpStore;
import nl.buurtkracht.help.internal.HelpStore.AskRow;
import nl.buurtkracht.help.internal.HelpStore.Home;
import nl.buurtkracht.help.internal.HelpStore.NewAsk;
import nl.buurtkracht.help.internal.HelpStore.OfferRow;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking, offering, inviting and claiming. Every change checks all its fields first and writes
 * nothing while one breaks a rule; creates take an idempotency key so a retry never asks twice.
 */
@Service
public class HelpManagement {

    /** How many helpers "let Buurtkracht invite" asks at once. */
    public static final int BEST_FEW = 3;

    private final HelpStore store;
    private final ArrangementStore arrangements;
    private final HelpAccess access;
    private final Asks asks;
    private final Residents residents;
    private final ConsentLedger consent;
    private final IdempotencyKeys idempotency;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpManagement(
        HelpStore store,
        ArrangementStore arrangements,
        HelpAccess access,
        Asks asks,
        Residents residents,
        ConsentLedger consent,
        IdempotencyKeys idempotency,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.store = store;
        this.arrangements = arrangements;
        this.access = access;
        this.asks = asks;
        this.residents = residents;
        this.consent = consent;
        this.idempotency = idempotency;
        this.events = events;
        this.clock = clock;
    }

    /** Places an ask, for oneself or for a neighbour who agreed to it. */
    @Transactional
    public long ask(CurrentUser user, AskForm form, @Nullable String idempotencyKey) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(Recurrence.AMSTERDAM);
        List<FieldProblem> problems = HelpRules.check(form, now.toLocalDate(), now.toLocalTime());
        Person person = person(user, form.forResidentId(), form.consentMethod(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return idempotency.once(user, "help-ask", idempotencyKey, () -> {
            recordConsent(user, person, form.consentMethod());
            NewAsk ask = new NewAsk(
                person.resident().id(),
                user.accountId(),
                person.onBehalf(),
                Channel.valueOf(form.channel()),
                HelpKind.valueOf(form.kind()),
                form.description().strip(),
                form.day(),
                form.start(),
                form.minutes(),
                rule(form.rrule()),
                form.location().strip(),
                Urgency.valueOf(form.urgency()),
                Reach.valueOf(form.reach()),
                form.ageBridging()
            );
            long id = store.insertAsk(ask, person.home(), clock.instant());
            events.publishEvent(
                new AskPosted(
                    id,
                    ask.askerResidentId(),
                    person.home().neighbourhoodId(),
                    person.home().streetId(),
                    ask.kind(),
                    ask.urgency() == Urgency.URGENT,
                    ask.onBehalf()
                )
            );
            return id;
        });
    }

    /** Puts up a standing offer ("I walk dogs on weekday mornings"). Only residents offer, for their own home. */
    @Transactional
    public long offer(CurrentUser user, OfferForm form, @Nullable String idempotencyKey) {
        Long me = user.residentId();
        if (me == null) {
            throw new NotPermitted("help.offer.residents-only");
        }
        List<FieldProblem> problems = HelpRules.check(form);
        Home home = store.home(me).orElse(null);
        if (home == null) {
            problems.add(new FieldProblem("kind", "help.no-address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Availability availability = Availability.of(form.availability().stream().map(Availability::slot).toList());
        return idempotency.once(user, "help-offer", idempotencyKey, () ->
            store.insertOffer(
                me,
                HelpKind.valueOf(form.kind()),
                form.description().strip(),
                availability,
                Reach.valueOf(form.reach()),
                home,
                clock.instant()
            )
        );
    }

    /** Pauses or resumes one's own offer. */
    @Transactional
    public void setOfferActive(CurrentUser user, long offerId, boolean active) {
        OfferRow offer = store.offer(offerId).orElseThrow(() -> new NotFound("help.offer.not-found"));
        if (!user.isResident(offer.helperResidentId())) {
            throw new NotPermitted("help.offer.not-yours");
        }
        store.setOfferActive(offerId, active);
    }

    /**
     * "Ik wil graag…": takes up a neighbour's standing offer instead of asking. The offer was made in
     * advance, so this is a match at once; a rhythm makes it a regular arrangement.
     */
    @Transactional
    public ClaimOutcome acceptOffer(CurrentUser user, long offerId, AcceptForm form, @Nullable String idempotencyKey) {
        OfferRow offer = store.offer(offerId).orElseThrow(() -> new NotFound("help.offer.not-found"));
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(Recurrence.AMSTERDAM);
        List<FieldProblem> problems = HelpRules.check(form, now.toLocalDate(), now.toLocalTime());
        Person person = person(user, form.forResidentId(), form.consentMethod(), problems);
        if (person != null && person.resident().id() == offer.helperResidentId()) {
            throw InvalidInput.of("offer", "help.offer.own");
        }
        if (!offer.active()) {
            problems.add(new FieldProblem("offer", "help.offer.paused"));
        }
        if (
            person != null &&
            !person.home().within(offer.reach(), offer.neighbourhoodId(), offer.streetId(), offer.blockId())
        ) {
            throw new NotPermitted("help.offer.not-for-you");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long askId = idempotency.once(user, "help-accept", idempotencyKey, () -> {
            recordConsent(user, person, form.consentMethod());
            NewAsk ask = new NewAsk(
                person.resident().id(),
                user.accountId(),
                person.onBehalf(),
                Channel.ONLINE,
                offer.kind(),
                form.message().strip(),
                form.day(),
                form.start(),
                null,
                rule(form.rrule()),
                "",
                Urgency.WHENEVER,
                Reach.STREET,
                false
            );
            long id = store.insertAsk(ask, person.home(), clock.instant());
            events.publishEvent(
                new AskPosted(
                    id,
                    ask.askerResidentId(),
                    person.home().neighbourhoodId(),
                    person.home().streetId(),
                    ask.kind(),
                    false,
                    ask.onBehalf()
                )
            );
            store.match(id, offer.helperResidentId(), offer.id(), clock.instant());
            matched(store.ask(id).orElseThrow());
            return id;
        });
        return new ClaimOutcome(true, askId, arrangements.ofAsk(askId).orElse(null), List.of());
    }

    /**
     * "I will help": gives the ask to this helper unless another neighbour was just ahead of them;
     * then they hear so kindly and see where else they are welcome. Asking again after winning
     * answers the same, so a retry is harmless.
     */
    @Transactional
    public ClaimOutcome claim(CurrentUser user, long askId) {
        Long me = user.residentId();
        if (me == null) {
            throw new NotPermitted("help.claim.residents-only");
        }
        AskRow ask = store.ask(askId).orElseThrow(() -> new NotFound("help.ask.not-found"));
        if (ask.askerResidentId() == me) {
            throw InvalidInput.of("ask", "help.claim.own-ask");
        }
        if (!asks.mayClaim(me, ask)) {
            throw new NotPermitted("help.claim.not-for-you");
        }
        if (me.equals(ask.helperResidentId())) {
            return new ClaimOutcome(true, askId, arrangements.ofAsk(askId).orElse(null), List.of());
        }
        if (ask.status() == AskStatus.OPEN && store.match(askId, me, null, clock.instant())) {
            store.answer(askId, me, ask.askerResidentId(), "ACCEPTED", clock.instant());
            Long arrangement = matched(store.ask(askId).orElseThrow());
            return new ClaimOutcome(true, askId, arrangement, List.of());
        }
        return new ClaimOutcome(false, askId, null, asks.openNear(user, 5));
    }

    /** "Not this time": the helper is not put forward to this asker again. */
    @Transactional
    public void decline(CurrentUser user, long askId) {
        Long me = user.residentId();
        AskRow ask = store.ask(askId).orElseThrow(() -> new NotFound("help.ask.not-found"));
        if (me == null || ask.askerResidentId() == me || !asks.mayClaim(me, ask)) {
            throw new NotPermitted("help.claim.not-for-you");
        }
        store.answer(askId, me, ask.askerResidentId(), "DECLINED", clock.instant());
    }

    /** Invites chosen helpers from the ranked list; each hears of it and may accept or decline. */
    @Transactional
    public List<Long> invite(CurrentUser user, long askId, List<Long> helperIds) {
        AskRow ask = managedOpenAsk(user, askId);
        List<Long> candidates = asks.candidates(user, askId, 50).stream().map(CandidateView::residentId).toList();
        if (helperIds.isEmpty()) {
            throw InvalidInput.of("helpers", "help.invite.none-chosen");
        }
        if (!candidates.containsAll(helperIds)) {
            throw InvalidInput.of("helpers", "help.invite.not-a-candidate");
        }
        return invited(ask, helperIds);
    }

    /** Lets Buurtkracht invite the best few candidates who were not invited yet. */
    @Transactional
    public List<Long> inviteBest(CurrentUser user, long askId) {
        AskRow ask = managedOpenAsk(user, askId);
        List<Long> best = asks
            .candidates(user, askId, 50)
            .stream()
            .filter(c -> c.invitation() == null)
            .limit(BEST_FEW)
            .map(CandidateView::residentId)
            .toList();
        if (best.isEmpty()) {
            throw InvalidInput.of("helpers", "help.invite.nobody-left");
        }
        return invited(ask, best);
    }

    /** Takes an open ask back. */
    @Transactional
    public void withdraw(CurrentUser user, long askId) {
        managedOpenAsk(user, askId);
        store.withdraw(askId);
    }

    private List<Long> invited(AskRow ask, List<Long> helperIds) {
        List<Long> done = new ArrayList<>();
        for (long helper : helperIds) {
            if (store.invite(ask.id(), helper, ask.askerResidentId(), clock.instant())) {
                done.add(helper);
                events.publishEvent(
                    new HelperInvited(
                        ask.id(),
                        ask.askerResidentId(),
                        helper,
                        ask.kind(),
                        ask.urgency() == Urgency.URGENT
                    )
                );
            }
        }
        return done;
    }

    private AskRow managedOpenAsk(CurrentUser user, long askId) {
        AskRow ask = store.ask(askId).orElseThrow(() -> new NotFound("help.ask.not-found"));
        Home home = store.home(ask.askerResidentId()).orElseThrow(() -> new NotFound("help.ask.not-found"));
        if (!access.actsFor(user, ask, home)) {
            throw new NotPermitted("help.ask.not-yours");
        }
        if (ask.status() != AskStatus.OPEN) {
            throw InvalidInput.of("ask", "help.ask.not-open");
        }
        return ask;
    }

    /** After a match: a recurring ask becomes an arrangement with its times written out; others hear of it. */
    private @Nullable Long matched(AskRow ask) {
        Long arrangementId = null;
        if (ask.rrule() != null && ask.start() != null) {
            Recurrence rhythm = Recurrence.of(ask.rrule());
            arrangementId = arrangements.insert(
                ask.id(),
                ask.askerResidentId(),
                ask.helperResidentId(),
                ask.kind(),
                rhythm.rule(),
                rhythm.zone().getId(),
                clock.instant()
            );
            List<FieldProblem> none = new ArrayList<>();
            List<LocalDateTime> starts = HelpRules.starts(ask.day(), ask.start(), ask.rrule(), none);
            arrangements.writeTimes(arrangementId, starts.stream().map(rhythm::at).toList());
        }
        events.publishEvent(
            new AskMatched(
                ask.id(),
                ask.askerResidentId(),
                ask.helperResidentId(),
                ask.neighbourhoodId(),
                ask.kind(),
                ask.urgency() == Urgency.URGENT,
                arrangementId
            )
        );
        return arrangementId;
    }

    /** The person helped, their home, and whether someone else asks for them. */
    private record Person(Resident resident, Home home, boolean onBehalf) {}

    private @Nullable Person person(
        CurrentUser user,
        @Nullable Long forResidentId,
        @Nullable ConsentMethod method,
        List<FieldProblem> problems
    ) {
        Long id = forResidentId != null ? forResidentId : user.residentId();
        if (id == null) {
            problems.add(new FieldProblem("forResidentId", "help.for.required"));
            return null;
        }
        Resident resident = residents.find(id).orElse(null);
        Home home = resident == null ? null : store.home(id).orElse(null);
        if (resident == null || home == null) {
            problems.add(new FieldProblem("forResidentId", "help.for.unknown"));
            return null;
        }
        boolean onBehalf = !user.isResident(id);
        if (onBehalf) {
            if (!access.mayAskFor(user, id, home, resident.assisted())) {
                throw new NotPermitted("help.for.not-yours");
            }
            if (method == ConsentMethod.ONLINE) {
                problems.add(new FieldProblem("consentMethod", "help.consent.not-online"));
            } else if (method == null && !consent.has(id, ConsentPurpose.HELP_ASKED_FOR_ME)) {
                problems.add(new FieldProblem("consentMethod", "help.consent.needed", resident.displayName()));
            }
        }
        return new Person(resident, home, onBehalf);
    }

    private void recordConsent(CurrentUser user, Person person, @Nullable ConsentMethod method) {
        if (person.onBehalf() && method != null) {
            consent.record(
                person.resident().id(),
                ConsentPurpose.HELP_ASKED_FOR_ME,
                true,
                user.accountId(),
                true,
                method
            );
        }
    }

    private static @Nullable String rule(String rrule) {
        return rrule.isBlank() ? null : Recurrence.of(rrule).rule();
    }

    /** Today in Amsterdam, for forms that suggest a first day. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }
}
