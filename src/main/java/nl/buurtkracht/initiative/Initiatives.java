package nl.buurtkracht.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.initiative.InitiativeView.Person;
import nl.buurtkracht.initiative.InitiativeView.Task;
import nl.buurtkracht.initiative.InitiativeView.Viewer;
import nl.buurtkracht.initiative.internal.InitiativeStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading initiatives, and what other modules may ask of one: what it is, who may act for it, and
 * that it is alive. Every signed-in resident, host, builder and administrator may read an initiative;
 * who joined is shown by name only to those who manage it.
 */
@Service
public class Initiatives {

    private final JdbcClient jdbc;
    private final InitiativeStore store;

    Initiatives(JdbcClient jdbc, InitiativeStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public Optional<InitiativeSummary> summary(long id) {
        return jdbc
            .sql("select id, title, neighbourhood_id, state from initiative where id = ?")
            .param(id)
            .query(InitiativeSummary.class)
            .optional();
    }

    /** The initiatives of these neighbourhoods (of all when empty), living ones first. */
    public List<InitiativeCard> list(Collection<Long> neighbourhoodIds, boolean withEnded) {
        return store.list(neighbourhoodIds.isEmpty() ? null : neighbourhoodIds, withEnded);
    }

    /**
     * Open tasks of living initiatives in these neighbourhoods that still need people, those needing
     * most first: other ways to matter for a helper nobody has asked yet.
     */
    public List<OpenTask> tasksNeedingHands(Collection<Long> neighbourhoodIds, int limit) {
        if (neighbourhoodIds.isEmpty()) {
            return List.of();
        }
        return jdbc
            .sql(
                """
                select * from (
                  select i.id as initiative_id, i.title as initiative_title, k.id as task_id, k.title,
                    k.needed - (select count(*) from initiative_task_taker t where t.task_id = k.id)::int as still_needed
                  from initiative_task k join initiative i on i.id = k.initiative_id
                  where k.open and i.state in ('SPARK', 'ACTIVE') and i.neighbourhood_id = any(?)) x
                where x.still_needed > 0 order by x.still_needed desc, x.task_id limit ?"""
            )
            .params(neighbourhoodIds.toArray(Long[]::new), limit)
            .query(OpenTask.class)
            .list();
    }

    /** The living initiatives this resident owns, joined or follows. */
    public List<InitiativeSummary> of(long residentId) {
        return jdbc
            .sql(
                """
                select i.id, i.title, i.neighbourhood_id, i.state from initiative i
                where i.state <> 'ENDED' and (
                  exists (select 1 from initiative_member m where m.initiative_id = i.id and m.resident_id = ?)
                  or exists (select 1 from initiative_owner o where o.initiative_id = i.id and o.resident_id = ? and o.active))
                order by i.title"""
            )
            .params(residentId, residentId)
            .query(InitiativeSummary.class)
            .list();
    }

    /**
     * The living initiatives this person may act for, to offer on a form (booking a room, organising
     * an activity): those she owns, those of the neighbourhoods she works in as a builder, and for an
     * administrator those of the given neighbourhood.
     */
    public List<InitiativeSummary> actableBy(CurrentUser user, long neighbourhoodId) {
        List<Long> neighbourhoods = new ArrayList<>();
        if (user.has(Role.COMMUNITY_BUILDER)) {
            neighbourhoods.addAll(user.scope().builderNeighbourhoodIds());
        }
        if (user.has(Role.ADMINISTRATOR)) {
            neighbourhoods.add(neighbourhoodId);
        }
        return jdbc
            .sql(
                """
                select i.id, i.title, i.neighbourhood_id, i.state from initiative i
                where i.state <> 'ENDED' and (i.neighbourhood_id = any(?)
                  or exists (select 1 from initiative_owner o
                             where o.initiative_id = i.id and o.resident_id = ? and o.active))
                order by i.title, i.id limit 100"""
            )
            .params(new SqlArrayValue("bigint", neighbourhoods.toArray()), user.residentId())
            .query(InitiativeSummary.class)
            .list();
    }

    /**
     * The residents who work on a living initiative, as ids for other modules' bookkeeping (the
     * contact ledger): its active resident owners first, then those who joined to do something,
     * newest first, at most {@code most}. Followers only listen, so they are not among them.
     */
    public List<Long> peopleWorkingOn(long initiativeId, int most) {
        return jdbc
            .sql(
                """
                select p.resident_id from (
                  select o.resident_id, 0 as rank, o.since from initiative_owner o
                  where o.initiative_id = :id and o.active and o.resident_id is not null
                  union all
                  select m.resident_id, 1, m.since from initiative_member m
                  where m.initiative_id = :id and m.kind = 'MEMBER'
                    and not exists (select 1 from initiative_owner o where o.initiative_id = :id
                                    and o.resident_id = m.resident_id and o.active)) p
                join initiative i on i.id = :id and i.state <> 'ENDED'
                order by p.rank, p.since desc, p.resident_id limit :most"""
            )
            .param("id", initiativeId)
            .param("most", most)
            .query(Long.class)
            .list();
    }

    /**
     * Whether this person may act in the initiative's name (change it, organise its activities, book
     * a room for it): an active resident owner, the builder of its neighbourhood, or an administrator.
     */
    public boolean mayActFor(CurrentUser user, long initiativeId) {
        return summary(initiativeId)
            .map(i -> mayManage(user, i))
            .orElse(false);
    }

    boolean mayManage(CurrentUser user, InitiativeSummary initiative) {
        if (user.has(Role.ADMINISTRATOR)) {
            return true;
        }
        if (
            user.has(Role.COMMUNITY_BUILDER) &&
            user.scope().builderNeighbourhoodIds().contains(initiative.neighbourhoodId())
        ) {
            return true;
        }
        return user.residentId() != null && store.isActiveResidentOwner(initiative.id(), user.residentId());
    }

    /** A sign of life from elsewhere (an activity held, a room booked) keeps the "no activity" warning away. */
    @Transactional
    public void recordLife(long initiativeId) {
        store.touch(initiativeId);
    }

    /** The initiative as this person sees it. */
    @Transactional(readOnly = true)
    public InitiativeView view(CurrentUser user, long id) {
        var row = store.find(id).orElseThrow(() -> new NotFound("initiative " + id));
        var summary = new InitiativeSummary(row.id(), row.title(), row.neighbourhoodId(), row.state());
        boolean mayManage = mayManage(user, summary);
        Long me = user.residentId();
        Membership membership = me == null ? null : store.membership(id, me).orElse(null);
        boolean owner = me != null && store.isActiveResidentOwner(id, me);
        int[] counts = store.memberCounts(id);
        List<Task> tasks = store
            .tasks(id)
            .stream()
            .map(t ->
                new Task(
                    t.id(),
                    t.title(),
                    t.details(),
                    t.needed(),
                    t.takerIds().length,
                    t.open(),
                    me != null && Arrays.asList(t.takerIds()).contains(me),
                    mayManage ? List.of(t.takerNames()) : List.of()
                )
            )
            .toList();
        return new InitiativeView(
            row.id(),
            row.title(),
            row.what(),
            row.forWhom(),
            row.whereText(),
            row.neighbourhoodId(),
            row.neighbourhoodName(),
            row.state(),
            row.createdAt(),
            row.lastActiveAt(),
            counts[0],
            counts[1],
            store.owners(id),
            tasks,
            store.history(id),
            new Viewer(membership, owner, mayManage, me != null && row.state() != InitiativeState.ENDED)
        );
    }

    /** Who joined and who follows, by name: for those who manage the initiative only. */
    @Transactional(readOnly = true)
    public List<Person> people(CurrentUser user, long id) {
        requireManage(user, id);
        return store.people(id);
    }

    /** Money and time: for those who manage the initiative only. */
    @Transactional(readOnly = true)
    public Finances finances(CurrentUser user, long id) {
        requireManage(user, id);
        return store.finances(id);
    }

    InitiativeSummary requireManage(CurrentUser user, long id) {
        var initiative = summary(id).orElseThrow(() -> new NotFound("initiative " + id));
        if (!mayManage(user, initiative)) {
            throw new NotPermitted("initiatives.not-yours");
        }
        return initiative;
    }

    /** The resident id of someone taking part; professionals without a home take part as owners only. */
    static long residentOf(CurrentUser user) {
        @Nullable
        Long id = user.residentId();
        if (id == null) {
            throw new NotPermitted("initiatives.residents-only");
        }
        return id;
    }
}
