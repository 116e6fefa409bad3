package nl.buurtkracht.initiative;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.initiative.MoneyAndTimeForms.BudgetLineForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.initiative.internal.InitiativeRules;
import nl.buurtkracht.initiative.internal.InitiativeStore;
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
 * Everything that changes an initiative: starting it from a spark, taking part, shared ownership,
 * tasks, its life from spark to ended, and its money and time. Each rule says no with a reason a
 * resident can read; nothing is written when a rule says no.
 */
@Service
public class InitiativeManagement {

    private final InitiativeStore store;
    private final Initiatives initiatives;
    private final IdempotencyKeys idempotency;
    private final ApplicationEventPublisher events;

    InitiativeManagement(
        InitiativeStore store,
        Initiatives initiatives,
        IdempotencyKeys idempotency,
        ApplicationEventPublisher events
    ) {
        this.store = store;
        this.initiatives = initiatives;
        this.idempotency = idempotency;
        this.events = events;
    }

    /** A resident starts an initiative from a spark and becomes its first owner. */
    @Transactional
    public long start(CurrentUser user, InitiativeForm form, @Nullable String idempotencyKey) {
        long residentId = Initiatives.residentOf(user);
        check(form);
        return idempotency.once(user, "initiative", idempotencyKey, () -> {
            long id = store.insert(form, residentId);
            store.insertOwner(id, new OwnerForm(OwnerKind.RESIDENT, residentId, "", ""));
            store.takePart(id, residentId, Membership.MEMBER);
            store.changeState(id, null, InitiativeState.SPARK, "", user.accountId());
            events.publishEvent(new InitiativeChanged(id));
            return id;
        });
    }

    @Transactional
    public void update(CurrentUser user, long id, InitiativeForm form) {
        initiatives.requireManage(user, id);
        check(form);
        store.update(id, form);
        events.publishEvent(new InitiativeChanged(id));
    }

    /**
     * Removes an initiative nobody else joined yet (a spark typed by mistake). Anything with history
     * is ended instead, so that what it did is not lost.
     */
    @Transactional
    public void delete(CurrentUser user, long id) {
        initiatives.requireManage(user, id);
        int[] counts = store.memberCounts(id);
        if (counts[0] + counts[1] > 1 || store.activeOwnerCount(id) > 1) {
            throw new NotPermitted("initiatives.delete.has-people");
        }
        store.delete(id);
        events.publishEvent(new InitiativeChanged(id));
    }

    @Transactional
    public void changeState(CurrentUser user, long id, @Nullable InitiativeState to, String note) {
        initiatives.requireManage(user, id);
        InitiativeState from = store.lock(id).orElseThrow(() -> new NotFound("initiative " + id));
        if (to == null) {
            throw InvalidInput.of("state", "initiatives.state.required");
        }
        if (note.length() > 500) {
            throw InvalidInput.of("note", "initiatives.too-long", 500);
        }
        if (!from.next().contains(to)) {
            throw InvalidInput.of("state", "initiatives.state.not-from", from.name(), to.name());
        }
        store.changeState(id, from, to, note, user.accountId());
        events.publishEvent(new InitiativeChanged(id));
    }

    /** Joins (to do something) or follows (to hear about it); joining twice is said kindly. */
    @Transactional
    public void takePart(CurrentUser user, long id, Membership kind) {
        long residentId = Initiatives.residentOf(user);
        InitiativeSummary initiative = living(id);
        var current = store.membership(id, residentId);
        if (current.isPresent() && (current.get() == kind || current.get() == Membership.MEMBER)) {
            throw new NotPermitted(
                current.get() == Membership.MEMBER ? "initiatives.join.already" : "initiatives.follow.already"
            );
        }
        store.takePart(id, residentId, kind);
        store.touch(id);
        if (kind == Membership.MEMBER) {
            events.publishEvent(new InitiativeJoined(id, residentId, initiative.neighbourhoodId()));
        }
    }

    /** Leaves an initiative; an owner steps back first, so that ownership never silently disappears. */
    @Transactional
    public void leave(CurrentUser user, long id) {
        long residentId = Initiatives.residentOf(user);
        initiatives.summary(id).orElseThrow(() -> new NotFound("initiative " + id));
        if (store.isActiveResidentOwner(id, residentId)) {
            throw new NotPermitted("initiatives.leave.owner");
        }
        store.leave(id, residentId);
    }

    /** Adds an owner: a resident who joined, or an organisation or the municipality with its role. */
    @Transactional
    public long addOwner(CurrentUser user, long id, OwnerForm form) {
        initiatives.requireManage(user, id);
        requireValid(InitiativeRules.check(form));
        if (
            form.kind() == OwnerKind.RESIDENT &&
            (form.residentId() == null || store.membership(id, form.residentId()).isEmpty())
        ) {
            throw InvalidInput.of("residentId", "initiatives.owner.not-member");
        }
        long ownerId = store.insertOwner(id, form);
        store.touch(id);
        return ownerId;
    }

    /**
     * An owner steps back (they move away, they are tired); the last owner of a living initiative
     * cannot, so that it never ends up without anyone. Ending it is the way out.
     */
    @Transactional
    public void stepBack(CurrentUser user, long id, long ownerId) {
        var owners = store.owners(id);
        var owner = owners
            .stream()
            .filter(o -> o.id() == ownerId && o.active())
            .findFirst()
            .orElseThrow(() -> new NotFound("owner " + ownerId));
        boolean self = owner.residentId() != null && user.isResident(owner.residentId());
        if (!self) {
            initiatives.requireManage(user, id);
        }
        InitiativeState state = store.lock(id).orElseThrow(() -> new NotFound("initiative " + id));
        if (state != InitiativeState.ENDED && store.activeOwnerCount(id) <= 1) {
            throw new NotPermitted("initiatives.owner.last");
        }
        store.stepBack(id, ownerId);
        store.touch(id);
    }

    @Transactional
    public long addTask(CurrentUser user, long id, TaskForm form) {
        initiatives.requireManage(user, id);
        requireValid(InitiativeRules.check(form));
        long taskId = store.insertTask(id, form);
        store.touch(id);
        return taskId;
    }

    /**
     * A resident takes a task (and so joins the initiative). The task is locked while counting, so
     * that two neighbours cannot both take the last place.
     */
    @Transactional
    public void takeTask(CurrentUser user, long id, long taskId) {
        long residentId = Initiatives.residentOf(user);
        InitiativeSummary initiative = living(id);
        var task = store.lockTask(id, taskId).orElseThrow(() -> new NotFound("task " + taskId));
        if (!task.open()) {
            throw new NotPermitted("initiatives.task.closed");
        }
        if (task.taken() >= task.needed()) {
            throw new NotPermitted("initiatives.task.full");
        }
        if (!store.takeTask(taskId, residentId)) {
            throw new NotPermitted("initiatives.task.already");
        }
        boolean joined = store.takePart(id, residentId, Membership.MEMBER);
        store.touch(id);
        if (joined) {
            events.publishEvent(new InitiativeJoined(id, residentId, initiative.neighbourhoodId()));
        }
    }

    @Transactional
    public void releaseTask(CurrentUser user, long id, long taskId) {
        long residentId = Initiatives.residentOf(user);
        if (!store.releaseTask(id, taskId, residentId)) {
            throw new NotFound("task " + taskId + " taken by resident");
        }
    }

    @Transactional
    public void closeTask(CurrentUser user, long id, long taskId) {
        initiatives.requireManage(user, id);
        if (!store.closeTask(id, taskId)) {
            throw new NotFound("task " + taskId);
        }
    }

    @Transactional
    public long addFunding(CurrentUser user, long id, FundingForm form) {
        initiatives.requireManage(user, id);
        requireValid(InitiativeRules.check(form));
        long fundingId = store.insertFunding(id, form);
        store.touch(id);
        return fundingId;
    }

    @Transactional
    public void markReportSent(CurrentUser user, long id, long fundingId) {
        initiatives.requireManage(user, id);
        if (!store.markReportSent(id, fundingId)) {
            throw new NotFound("funding " + fundingId);
        }
    }

    @Transactional
    public long addBudgetLine(CurrentUser user, long id, BudgetLineForm form) {
        initiatives.requireManage(user, id);
        requireValid(InitiativeRules.check(form));
        return store.insertBudgetLine(id, form);
    }

    @Transactional
    public long recordHours(CurrentUser user, long id, HoursForm form) {
        initiatives.requireManage(user, id);
        requireValid(InitiativeRules.check(form));
        long hoursId = store.insertHours(id, form);
        store.touch(id);
        return hoursId;
    }

    /** Removes a budget line, funding source or hours entry of this initiative. */
    @Transactional
    public void removeLine(CurrentUser user, long id, MoneyAndTime line, long lineId) {
        initiatives.requireManage(user, id);
        if (!store.deleteLine(line, id, lineId)) {
            throw new NotFound(line + " " + lineId);
        }
    }

    private InitiativeSummary living(long id) {
        InitiativeSummary initiative = initiatives.summary(id).orElseThrow(() -> new NotFound("initiative " + id));
        if (initiative.state() == InitiativeState.ENDED) {
            throw new NotPermitted("initiatives.ended");
        }
        return initiative;
    }

    private void check(InitiativeForm form) {
        List<FieldProblem> problems = new ArrayList<>(InitiativeRules.check(form));
        if (form.neighbourhoodId() != null && !store.neighbourhoodExists(form.neighbourhoodId())) {
            problems.add(new FieldProblem("neighbourhoodId", "initiatives.neighbourhoodId.unknown"));
        }
        requireValid(problems);
    }

    /** Nothing is written while any field breaks a rule; every such field is named at once. */
    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
