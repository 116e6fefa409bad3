package nl.buurtkracht.initiative.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.buurtkracht.initiative.Finances;
import nl.buurtkracht.initiative.HoursGivenBy;
import nl.buurtkracht.initiative.InitiativeCard;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.InitiativeState;
import nl.buurtkracht.initiative.InitiativeView.Owner;
import nl.buurtkracht.initiative.InitiativeView.Person;
import nl.buurtkracht.initiative.InitiativeView.StateChange;
import nl.buurtkracht.initiative.Membership;
import nl.buurtkracht.initiative.MoneyAndTime;
import nl.buurtkracht.initiative.MoneyAndTimeForms.BudgetLineForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.initiative.OwnerKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads and writes initiatives and everything they hold; callers hold the transaction. */
@Repository
public class InitiativeStore {

    /** An initiative's own row with its neighbourhood's name. */
    public record Row(
        long id,
        String title,
        String what,
        String forWhom,
        String whereText,
        long neighbourhoodId,
        String neighbourhoodName,
        InitiativeState state,
        Instant createdAt,
        Instant lastActiveAt
    ) {}

    /** A task with its takers, before it is shown to a particular viewer. */
    public record TaskRow(
        long id,
        String title,
        String details,
        int needed,
        boolean open,
        Long[] takerIds,
        String[] takerNames
    ) {}

    /** A task as it is about to be taken, read under a lock. */
    public record LockedTask(long id, int needed, boolean open, int taken) {}

    private static final String ROW = """
        select i.id, i.title, i.what, i.for_whom, i.where_text, i.neighbourhood_id, n.name as neighbourhood_name,
          i.state, i.created_at, i.last_active_at
        from initiative i join neighbourhood n on n.id = i.neighbourhood_id""";

    private final JdbcClient jdbc;

    InitiativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(ROW + " where i.id = ?").param(id).query(Row.class).optional();
    }

    /** Locks the initiative's row, so that two owners stepping back at once cannot leave it without one. */
    public Optional<InitiativeState> lock(long id) {
        return jdbc
            .sql("select state from initiative where id = ? for update")
            .param(id)
            .query(InitiativeState.class)
            .optional();
    }

    public boolean neighbourhoodExists(long id) {
        return jdbc
            .sql("select exists (select 1 from neighbourhood where id = ?)")
            .param(id)
            .query(Boolean.class)
            .single();
    }

    /** Initiatives in these neighbourhoods (all when null), living ones first, newest first. */
    public List<InitiativeCard> list(@Nullable Collection<Long> neighbourhoodIds, boolean withEnded) {
        return jdbc
            .sql(
                """
                select i.id, i.title, i.what, i.state, i.neighbourhood_id, n.name as neighbourhood_name,
                  (select count(*) from initiative_member m where m.initiative_id = i.id and m.kind = 'MEMBER') as members
                from initiative i join neighbourhood n on n.id = i.neighbourhood_id
                where (cast(? as bigint[]) is null or i.neighbourhood_id = any(?))
                  and (? or i.state <> 'ENDED')
                order by i.state = 'ENDED', i.last_active_at desc, i.id desc
                limit 500"""
            )
            .params(array(neighbourhoodIds), array(neighbourhoodIds), withEnded)
            .query(InitiativeCard.class)
            .list();
    }

    public long insert(InitiativeForm form, long residentId) {
        return jdbc
            .sql(
                """
                insert into initiative (title, what, for_whom, where_text, neighbourhood_id, started_by)
                values (?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(form.title(), form.what(), form.forWhom(), form.where(), form.neighbourhoodId(), residentId)
            .query(Long.class)
            .single();
    }

    public void update(long id, InitiativeForm form) {
        jdbc
            .sql(
                """
                update initiative set title = ?, what = ?, for_whom = ?, where_text = ?, neighbourhood_id = ?,
                  last_active_at = now() where id = ?"""
            )
            .params(form.title(), form.what(), form.forWhom(), form.where(), form.neighbourhoodId(), id)
            .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from initiative where id = ?").param(id).update();
    }

    public void changeState(long id, @Nullable InitiativeState from, InitiativeState to, String note, long accountId) {
        jdbc.sql("update initiative set state = ?, last_active_at = now() where id = ?").params(to.name(), id).update();
        jdbc
            .sql(
                """
                insert into initiative_state_change (initiative_id, from_state, to_state, note, changed_by_account)
                values (?, ?, ?, ?, ?)"""
            )
            .params(id, from == null ? null : from.name(), to.name(), note, accountId)
            .update();
    }

    public void touch(long id) {
        jdbc.sql("update initiative set last_active_at = now() where id = ?").param(id).update();
    }

    public List<StateChange> history(long id) {
        return jdbc
            .sql(
                """
                select from_state, to_state, note, changed_at from initiative_state_change
                where initiative_id = ? order by changed_at, id"""
            )
            .param(id)
            .query((rs, n) ->
                new StateChange(
                    rs.getString("from_state") == null ? null : InitiativeState.valueOf(rs.getString("from_state")),
                    InitiativeState.valueOf(rs.getString("to_state")),
                    rs.getString("note"),
                    rs.getTimestamp("changed_at").toInstant()
                )
            )
            .list();
    }

    public List<Owner> owners(long initiativeId) {
        return jdbc
            .sql(
                """
                select o.id, o.kind, o.resident_id, coalesce(r.display_name, o.organisation) as name, o.role, o.active
                from initiative_owner o left join resident r on r.id = o.resident_id
                where o.initiative_id = ? order by o.active desc, o.since, o.id"""
            )
            .param(initiativeId)
            .query(Owner.class)
            .list();
    }

    public long insertOwner(long initiativeId, OwnerForm form) {
        return jdbc
            .sql(
                """
                insert into initiative_owner (initiative_id, kind, resident_id, organisation, role)
                values (?, ?, ?, ?, ?)
                on conflict (initiative_id, resident_id) where resident_id is not null
                do update set active = true, role = excluded.role
                returning id"""
            )
            .params(
                initiativeId,
                form.kind() == null ? OwnerKind.RESIDENT.name() : form.kind().name(),
                form.kind() == OwnerKind.RESIDENT ? form.residentId() : null,
                form.kind() == OwnerKind.RESIDENT ? "" : form.organisation(),
                form.role()
            )
            .query(Long.class)
            .single();
    }

    public boolean isActiveResidentOwner(long initiativeId, long residentId) {
        return jdbc
            .sql(
                "select exists (select 1 from initiative_owner where initiative_id = ? and resident_id = ? and active)"
            )
            .params(initiativeId, residentId)
            .query(Boolean.class)
            .single();
    }

    public int activeOwnerCount(long initiativeId) {
        return jdbc
            .sql("select count(*) from initiative_owner where initiative_id = ? and active")
            .param(initiativeId)
            .query(Integer.class)
            .single();
    }

    /** Marks an owner as stepped back; false when no such owner of this initiative is active. */
    public boolean stepBack(long initiativeId, long ownerId) {
        return (
            jdbc
                .sql("update initiative_owner set active = false where id = ? and initiative_id = ? and active")
                .params(ownerId, initiativeId)
                .update() ==
            1
        );
    }

    public Optional<Membership> membership(long initiativeId, long residentId) {
        return jdbc
            .sql("select kind from initiative_member where initiative_id = ? and resident_id = ?")
            .params(initiativeId, residentId)
            .query(Membership.class)
            .optional();
    }

    /** Follows or joins; joining upgrades a follower. False when nothing changed (already so). */
    public boolean takePart(long initiativeId, long residentId, Membership kind) {
        return (
            jdbc
                .sql(
                    """
                    insert into initiative_member (initiative_id, resident_id, kind) values (?, ?, ?)
                    on conflict (initiative_id, resident_id) do update set kind = excluded.kind
                      where initiative_member.kind = 'FOLLOWER' and excluded.kind = 'MEMBER'"""
                )
                .params(initiativeId, residentId, kind.name())
                .update() ==
            1
        );
    }

    public void leave(long initiativeId, long residentId) {
        jdbc
            .sql(
                """
                delete from initiative_task_taker t using initiative_task k
                where t.task_id = k.id and k.initiative_id = ? and t.resident_id = ?"""
            )
            .params(initiativeId, residentId)
            .update();
        jdbc
            .sql("delete from initiative_member where initiative_id = ? and resident_id = ?")
            .params(initiativeId, residentId)
            .update();
    }

    /** How many members and followers. */
    public int[] memberCounts(long initiativeId) {
        return jdbc
            .sql(
                """
                select count(*) filter (where kind = 'MEMBER'), count(*) filter (where kind = 'FOLLOWER')
                from initiative_member where initiative_id = ?"""
            )
            .param(initiativeId)
            .query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
            .single();
    }

    /** The members and followers by name, for those who manage the initiative. */
    public List<Person> people(long initiativeId) {
        return jdbc
            .sql(
                """
                select r.id, r.display_name as name, m.kind from initiative_member m join resident r on r.id = m.resident_id
                where m.initiative_id = ? order by m.kind desc, r.display_name"""
            )
            .param(initiativeId)
            .query(Person.class)
            .list();
    }

    public List<TaskRow> tasks(long initiativeId) {
        return jdbc
            .sql(
                """
                select k.id, k.title, k.details, k.needed, k.open,
                  array(select t.resident_id from initiative_task_taker t where t.task_id = k.id order by t.taken_at) as taker_ids,
                  array(select r.display_name from initiative_task_taker t join resident r on r.id = t.resident_id
                        where t.task_id = k.id order by t.taken_at) as taker_names
                from initiative_task k where k.initiative_id = ? order by k.open desc, k.created_at, k.id"""
            )
            .param(initiativeId)
            .query((rs, n) ->
                new TaskRow(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getString("details"),
                    rs.getInt("needed"),
                    rs.getBoolean("open"),
                    (Long[]) rs.getArray("taker_ids").getArray(),
                    (String[]) rs.getArray("taker_names").getArray()
                )
            )
            .list();
    }

    public long insertTask(long initiativeId, TaskForm form) {
        return jdbc
            .sql("insert into initiative_task (initiative_id, title, details, needed) values (?, ?, ?, ?) returning id")
            .params(initiativeId, form.title(), form.details(), form.needed())
            .query(Long.class)
            .single();
    }

    /**
     * The task with how many took it, locked so that two neighbours cannot take the last place both.
     * The count is a statement of its own: one in the same statement as the lock would count with
     * the snapshot from before the wait, missing whoever took a place meanwhile.
     */
    public Optional<LockedTask> lockTask(long initiativeId, long taskId) {
        record Locked(int needed, boolean open) {}
        return jdbc
            .sql("select needed, open from initiative_task where id = ? and initiative_id = ? for update")
            .params(taskId, initiativeId)
            .query(Locked.class)
            .optional()
            .map(task ->
                new LockedTask(
                    taskId,
                    task.needed(),
                    task.open(),
                    jdbc
                        .sql("select count(*) from initiative_task_taker where task_id = ?")
                        .param(taskId)
                        .query(Integer.class)
                        .single()
                )
            );
    }

    public boolean takeTask(long taskId, long residentId) {
        return (
            jdbc
                .sql("insert into initiative_task_taker (task_id, resident_id) values (?, ?) on conflict do nothing")
                .params(taskId, residentId)
                .update() ==
            1
        );
    }

    public boolean releaseTask(long initiativeId, long taskId, long residentId) {
        return (
            jdbc
                .sql(
                    """
                    delete from initiative_task_taker t using initiative_task k
                    where t.task_id = k.id and k.id = ? and k.initiative_id = ? and t.resident_id = ?"""
                )
                .params(taskId, initiativeId, residentId)
                .update() ==
            1
        );
    }

    public boolean closeTask(long initiativeId, long taskId) {
        return (
            jdbc
                .sql("update initiative_task set open = false where id = ? and initiative_id = ?")
                .params(taskId, initiativeId)
                .update() ==
            1
        );
    }

    public Finances finances(long initiativeId) {
        var budget = jdbc
            .sql("select id, description, amount_cents from initiative_budget_line where initiative_id = ? order by id")
            .param(initiativeId)
            .query((rs, n) ->
                new Finances.BudgetLine(
                    rs.getLong("id"),
                    rs.getString("description"),
                    InitiativeRules.euros(rs.getLong("amount_cents"))
                )
            )
            .list();
        var hours = jdbc
            .sql(
                """
                select id, given_by, who, given_on, hours, note from initiative_hours
                where initiative_id = ? order by given_on desc, id desc"""
            )
            .param(initiativeId)
            .query(Finances.Hours.class)
            .list();
        return new Finances(budget, funding(initiativeId), hours);
    }

    public List<Finances.Funding> funding(long initiativeId) {
        return jdbc
            .sql(
                """
                select id, fund, amount_cents, starts_on, ends_on, conditions, report_due_on, report_sent
                from initiative_funding where initiative_id = ? order by ends_on, id"""
            )
            .param(initiativeId)
            .query((rs, n) ->
                new Finances.Funding(
                    rs.getLong("id"),
                    rs.getString("fund"),
                    InitiativeRules.euros(rs.getLong("amount_cents")),
                    rs.getObject("starts_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class),
                    rs.getString("conditions"),
                    rs.getObject("report_due_on", LocalDate.class),
                    rs.getBoolean("report_sent")
                )
            )
            .list();
    }

    public long insertFunding(long initiativeId, FundingForm form) {
        return jdbc
            .sql(
                """
                insert into initiative_funding (initiative_id, fund, amount_cents, starts_on, ends_on, conditions, report_due_on)
                values (?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                initiativeId,
                form.fund(),
                InitiativeRules.cents(required(form.amount())),
                form.startsOn(),
                form.endsOn(),
                form.conditions(),
                form.reportDueOn()
            )
            .query(Long.class)
            .single();
    }

    public boolean markReportSent(long initiativeId, long fundingId) {
        return (
            jdbc
                .sql("update initiative_funding set report_sent = true where id = ? and initiative_id = ?")
                .params(fundingId, initiativeId)
                .update() ==
            1
        );
    }

    public long insertBudgetLine(long initiativeId, BudgetLineForm form) {
        return jdbc
            .sql(
                "insert into initiative_budget_line (initiative_id, description, amount_cents) values (?, ?, ?) returning id"
            )
            .params(initiativeId, form.description(), InitiativeRules.cents(required(form.amount())))
            .query(Long.class)
            .single();
    }

    public long insertHours(long initiativeId, HoursForm form) {
        return jdbc
            .sql(
                """
                insert into initiative_hours (initiative_id, given_by, who, given_on, hours, note)
                values (?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                initiativeId,
                required(form.givenBy()).name(),
                form.who(),
                form.givenOn(),
                form.hours(),
                form.note()
            )
            .query(Long.class)
            .single();
    }

    /** Removes one line of money or time of this initiative; the table follows from the kind, never from input. */
    public boolean deleteLine(MoneyAndTime line, long initiativeId, long id) {
        String table = switch (line) {
            case BUDGET -> "initiative_budget_line";
            case FUNDING -> "initiative_funding";
            case HOURS -> "initiative_hours";
        };
        return (
            jdbc
                .sql("delete from " + table + " where id = ? and initiative_id = ?")
                .params(id, initiativeId)
                .update() ==
            1
        );
    }

    /** What the continuity warnings of one neighbourhood's living initiatives are computed from. */
    public record ContinuityFacts(
        long id,
        String title,
        long neighbourhoodId,
        InitiativeState state,
        Instant lastActiveAt,
        int activeOwners,
        int members,
        BigDecimal hoursThisYear
    ) {}

    public List<ContinuityFacts> continuityFacts(Collection<Long> initiativeIds, LocalDate yearStart) {
        return jdbc
            .sql(
                """
                select i.id, i.title, i.neighbourhood_id, i.state, i.last_active_at,
                  (select count(*) from initiative_owner o where o.initiative_id = i.id and o.active) as active_owners,
                  (select count(*) from initiative_member m where m.initiative_id = i.id and m.kind = 'MEMBER') as members,
                  (select coalesce(sum(h.hours), 0) from initiative_hours h
                   where h.initiative_id = i.id and h.given_on >= ?) as hours_this_year
                from initiative i where i.id = any(?) order by i.title, i.id"""
            )
            .params(yearStart, array(initiativeIds))
            .query(ContinuityFacts.class)
            .list();
    }

    public List<Long> livingIn(long neighbourhoodId) {
        return jdbc
            .sql("select id from initiative where neighbourhood_id = ? and state <> 'ENDED'")
            .param(neighbourhoodId)
            .query(Long.class)
            .list();
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("checked by InitiativeRules before storing");
        }
        return value;
    }

    private static @Nullable SqlArrayValue array(@Nullable Collection<Long> ids) {
        return ids == null ? null : new SqlArrayValue("bigint", ids.toArray());
    }
}
