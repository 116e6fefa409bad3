package nl.buurtkracht.help;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.help.AskView.Relation;
import nl.buurtkracht.help.internal.ArrangementStore;
import nl.buurtkracht.help.internal.CandidateQuery;
import nl.buurtkracht.help.internal.CandidateScoring;
import nl.buurtkracht.help.internal.HelpAccess;
import nl.buurtkracht.help.internal.HelpStore;
import nl.buurtkracht.help.internal.HelpStore.AskRow;
import nl.buurtkracht.help.internal.HelpStore.Home;
import nl.buurtkracht.help.internal.HelpStore.Invitation;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading asks: one ask as its reader may see it, the asks of the reader, open asks nearby, and the
 * ranked neighbours who could help. What someone asked for is sensitive: when anyone but the asker
 * reads it in full, the read is logged where the asker can see it.
 */
@Service
public class Asks {

    static final String AUDIT_KIND = "help-ask";

    private final HelpStore store;
    private final ArrangementStore arrangements;
    private final CandidateQuery candidateQuery;
    private final HelpAccess access;
    private final Residents residents;
    private final AuditLog audit;

    Asks(
        HelpStore store,
        ArrangementStore arrangements,
        CandidateQuery candidateQuery,
        HelpAccess access,
        Residents residents,
        AuditLog audit
    ) {
        this.store = store;
        this.arrangements = arrangements;
        this.candidateQuery = candidateQuery;
        this.access = access;
        this.residents = residents;
        this.audit = audit;
    }

    @Transactional
    public AskView view(CurrentUser user, long id) {
        AskRow ask = store.ask(id).orElseThrow(() -> new NotFound("help.ask.not-found"));
        Relation relation = relation(user, ask).orElseThrow(() -> new NotPermitted("help.ask.not-for-you"));
        if (relation != Relation.NEIGHBOUR) {
            audit.sensitiveRead(user, ask.askerResidentId(), AUDIT_KIND, "ask " + id);
        }
        return view(ask, relation, user);
    }

    /** The asks of the reader (as the person helped, or placed by them for someone), newest first. */
    @Transactional(readOnly = true)
    public List<AskView> mine(CurrentUser user) {
        long me = user.residentId() == null ? -1 : user.residentId();
        return store
            .asksOf(me, user.accountId())
            .stream()
            .map(a -> view(a, a.askerResidentId() == me ? Relation.ASKER : Relation.ACTING_FOR, user))
            .toList();
    }

    /** The asks the reader helps with. */
    @Transactional(readOnly = true)
    public List<AskView> helping(CurrentUser user) {
        if (user.residentId() == null) {
            return List.of();
        }
        return store
            .asksHelpedBy(user.residentId())
            .stream()
            .map(a -> view(a, Relation.HELPER, user))
            .toList();
    }

    /** Open asks of neighbours the reader could answer, those they were invited to and urgent ones first. */
    @Transactional(readOnly = true)
    public List<AskView> openNear(CurrentUser user, int limit) {
        return near(user, false, limit);
    }

    /** Neighbours nearby who would like company: a chat, a walk, a cup of coffee. */
    @Transactional(readOnly = true)
    public List<AskView> companyWanted(CurrentUser user, int limit) {
        return near(user, true, limit);
    }

    /** Open asks nobody took yet in a neighbourhood, for those who support it. */
    @Transactional(readOnly = true)
    public List<AskView> unanswered(CurrentUser user, long neighbourhoodId, int limit) {
        return store
            .openAsksIn(neighbourhoodId, limit)
            .stream()
            .filter(a ->
                store
                    .home(a.askerResidentId())
                    .map(h -> access.supports(user, h))
                    .orElse(false)
            )
            .map(a -> view(a, Relation.ACTING_FOR, user))
            .toList();
    }

    /**
     * The neighbours who could help, best first, with their reasons; for the asker and those acting
     * for them. Helpers who declined this asker before are never put forward again.
     */
    @Transactional
    public List<CandidateView> candidates(CurrentUser user, long askId, int limit) {
        AskRow ask = store.ask(askId).orElseThrow(() -> new NotFound("help.ask.not-found"));
        Home home = store.home(ask.askerResidentId()).orElseThrow(() -> new NotFound("help.ask.not-found"));
        if (!access.actsFor(user, ask, home)) {
            throw new NotPermitted("help.ask.not-yours");
        }
        audit.sensitiveRead(user, ask.askerResidentId(), AUDIT_KIND, "candidates of ask " + askId);
        Integer birthYear = residents
            .find(ask.askerResidentId())
            .map(r -> r.birthYear())
            .orElse(null);
        Map<Long, String> invitations = new HashMap<>();
        for (Invitation i : store.invitations(askId)) {
            invitations.put(i.helperResidentId(), i.answer() == null ? "INVITED" : i.answer());
        }
        Set<Long> excluded = store.notToPutForward(ask.askerResidentId());
        return candidateQuery
            .candidates(ask, birthYear, excluded)
            .stream()
            .map(c -> {
                CandidateScoring.Scored s = CandidateScoring.score(c.facts());
                return new CandidateView(
                    c.helper().helperResidentId(),
                    c.helper().helperName(),
                    c.helper().offerId(),
                    c.helper().kind(),
                    s.score(),
                    s.walkingMinutes(),
                    s.reasons(),
                    invitations.get(c.helper().helperResidentId())
                );
            })
            .sorted(
                Comparator.comparingInt(CandidateView::score).reversed().thenComparingLong(CandidateView::residentId)
            )
            .limit(limit)
            .toList();
    }

    /** A helper may answer an ask meant for their home, or one they were invited to and did not decline. */
    boolean mayClaim(long residentId, AskRow ask) {
        if (ask.askerResidentId() == residentId) {
            return false;
        }
        if (
            store
                .invitations(ask.id())
                .stream()
                .anyMatch(i -> i.helperResidentId() == residentId)
        ) {
            return true;
        }
        return store
            .home(residentId)
            .map(h -> h.within(ask.reach(), ask.neighbourhoodId(), ask.streetId(), ask.blockId()))
            .orElse(false);
    }

    private List<AskView> near(CurrentUser user, boolean contactOnly, int limit) {
        if (user.residentId() == null) {
            return List.of();
        }
        return store
            .home(user.residentId())
            .map(h ->
                store
                    .openAsksFor(h, contactOnly, limit)
                    .stream()
                    .map(a -> view(a, relation(user, a).orElse(Relation.NEIGHBOUR), user))
                    .toList()
            )
            .orElse(List.of());
    }

    private java.util.Optional<Relation> relation(CurrentUser user, AskRow ask) {
        if (user.isResident(ask.askerResidentId())) {
            return java.util.Optional.of(Relation.ASKER);
        }
        Long me = user.residentId();
        if (me != null && me.equals(ask.helperResidentId())) {
            return java.util.Optional.of(Relation.HELPER);
        }
        Home home = store.home(ask.askerResidentId()).orElse(null);
        if (home != null && access.actsFor(user, ask, home)) {
            return java.util.Optional.of(Relation.ACTING_FOR);
        }
        if (me != null && ask.status() == AskStatus.OPEN) {
            boolean invited = store
                .invitations(ask.id())
                .stream()
                .anyMatch(i -> i.helperResidentId() == me && !"DECLINED".equals(i.answer()));
            if (invited) {
                return java.util.Optional.of(Relation.INVITED);
            }
            if (mayClaim(me, ask)) {
                return java.util.Optional.of(Relation.NEIGHBOUR);
            }
        }
        return java.util.Optional.empty();
    }

    private AskView view(AskRow a, Relation relation, CurrentUser user) {
        boolean involved = relation != Relation.NEIGHBOUR;
        boolean mayClaim =
            a.status() == AskStatus.OPEN && (relation == Relation.NEIGHBOUR || relation == Relation.INVITED);
        return new AskView(
            a.id(),
            a.kind(),
            involved ? a.description() : null,
            a.day(),
            a.start(),
            a.minutes(),
            a.rrule(),
            involved ? a.location() : "",
            a.urgency(),
            a.reach(),
            a.ageBridging(),
            a.neighbourhoodId(),
            a.streetName(),
            a.askerResidentId(),
            involved ? a.askerName() : null,
            a.onBehalf(),
            involved && a.onBehalf() ? a.placedByName() : null,
            a.channel(),
            a.status(),
            a.helperResidentId(),
            involved ? a.helperName() : null,
            a.status() == AskStatus.MATCHED && involved ? arrangements.ofAsk(a.id()).orElse(null) : null,
            a.createdAt(),
            relation,
            mayClaim
        );
    }
}
