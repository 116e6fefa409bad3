package nl.buurtkracht.crisis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.crisis.internal.CrisisStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switching a neighbourhood into crisis mode and back. Only a community builder of that neighbourhood
 * (or an administrator) may; two builders switching at once get one crisis. Ending keeps every
 * check-in and counts what was learned.
 */
@Service
public class CrisisMode {

    static final int LONGEST_REASON = 300;

    /** The state of one neighbourhood for its builder: the crisis that is on (if any), the blocks' progress and the past. */
    public record Overview(
        long neighbourhoodId,
        String neighbourhoodName,
        @Nullable CrisisView current,
        List<BlockProgress> blocks,
        List<CrisisView> history
    ) {}

    private final CrisisStore store;
    private final Areas areas;
    private final Clock clock;

    CrisisMode(CrisisStore store, Areas areas, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.clock = clock;
    }

    /** A community builder of the neighbourhood, or an administrator. */
    public boolean mayManage(CurrentUser user, long neighbourhoodId) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId))
        );
    }

    /**
     * Switches the neighbourhood on with a reason. When it already is on (another builder was first),
     * that crisis stays and its id comes back.
     */
    @Transactional
    public long switchOn(CurrentUser user, long neighbourhoodId, @Nullable String reason) {
        requireManage(user, neighbourhoodId);
        String why = TypedInput.text(reason);
        List<FieldProblem> problems = new ArrayList<>();
        if (why.isEmpty()) {
            problems.add(new FieldProblem("reason", "crisis.reason.required"));
        } else if (why.length() > LONGEST_REASON) {
            problems.add(new FieldProblem("reason", "crisis.reason.too-long", LONGEST_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return store
            .start(neighbourhoodId, why, user.accountId(), clock.instant())
            .orElseGet(() -> store.current(neighbourhoodId).orElseThrow().id());
    }

    /** Switches off; already off is fine. The check-ins stay, with a summary of what was learned. */
    @Transactional
    public Optional<CrisisView> switchOff(CurrentUser user, long neighbourhoodId) {
        requireManage(user, neighbourhoodId);
        Optional<CrisisView> current = store.current(neighbourhoodId);
        current.ifPresent(c -> store.end(c.id(), user.accountId(), clock.instant()));
        return current.flatMap(c -> store.find(c.id()));
    }

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, long neighbourhoodId) {
        requireManage(user, neighbourhoodId);
        CrisisView current = store.current(neighbourhoodId).orElse(null);
        List<CrisisView> history = store
            .history(neighbourhoodId)
            .stream()
            .filter(c -> !c.on())
            .toList();
        return new Overview(
            neighbourhoodId,
            areas.neighbourhood(neighbourhoodId).orElseThrow().name(),
            current,
            current == null ? List.of() : store.progress(current.id(), neighbourhoodId),
            history
        );
    }

    /** The crises on where this person lives, hosts or works as a builder: for the notice on every page. */
    @Transactional(readOnly = true)
    public List<CrisisView> onFor(Collection<Long> neighbourhoodIds, Collection<Long> streetIds) {
        return store.onFor(neighbourhoodIds, streetIds);
    }

    private void requireManage(CurrentUser user, long neighbourhoodId) {
        if (areas.neighbourhood(neighbourhoodId).isEmpty()) {
            throw new NotFound("neighbourhood " + neighbourhoodId);
        }
        if (!mayManage(user, neighbourhoodId)) {
            throw new NotPermitted("crisis.not-yours");
        }
    }
}
