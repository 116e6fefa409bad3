package nl.buurtkracht.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Organising activities, their times in local time, and signing up with a waiting list, on PostgreSQL. */
@SpringBootTest
@RecordApplicationEvents
class ActivityIntegrationTests {

    @Autowired
    ActivityManagement management;

    @Autowired
    ActivitySignups signups;

    @Autowired
    Activities activities;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ActivityFixtures fixtures;
    CurrentUser samira;
    LocalDate nextWeek;

    @BeforeEach
    void fixtures() {
        fixtures = new ActivityFixtures(accounts, management, jdbc);
        samira = fixtures.samira();
        nextWeek = activities.today().plusDays(7);
    }

    @Test
    void aWeeklyActivityKeepsItsLocalTimeWhenTheClocksChange() {
        // The Thursday before the last Sunday of March of next year, and ten weeks from then.
        LocalDate march = activities
            .today()
            .plusYears(1)
            .withMonth(3)
            .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate first = march.minusDays(3);
        String title = ActivityFixtures.named("Bingo");
        long id = management.organise(samira, fixtures.form(title, first, "FREQ=WEEKLY;COUNT=4", 20), null);

        var times = activities.coming(samira, id, 10, Locale.forLanguageTag("nl"));
        assertThat(times).hasSize(4);
        assertThat(times)
            .extracting(t -> t.startsAt().toLocalTime())
            .containsOnly(LocalTime.of(14, 0));
        assertThat(times.get(0).startsAt().withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(13);
        assertThat(times.get(1).startsAt().withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(12);
        assertThat(times)
            .extracting(OccurrenceView::day)
            .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        int before = fixtures.rows("activity", "true");
        var form = new ActivityForm(
            "",
            "",
            1L,
            null,
            "",
            "javascript:alert(1)",
            null,
            "",
            activities.today().minusDays(1),
            LocalTime.of(16, 0),
            LocalTime.of(14, 0),
            "",
            0,
            false
        );
        assertThatThrownBy(() -> management.organise(samira, form, null)).isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple("title", "activities.title.required"),
                        org.assertj.core.groups.Tuple.tuple("onlineUrl", "activities.onlineUrl.invalid"),
                        org.assertj.core.groups.Tuple.tuple("day", "activities.day.past"),
                        org.assertj.core.groups.Tuple.tuple("end", "activities.end.before-start"),
                        org.assertj.core.groups.Tuple.tuple("capacity", "activities.capacity.range")
                    )
        );
        assertThat(problem(fixtures.form("Bingo", nextWeek, "", -1))).isEqualTo("activities.capacity.range");
        assertThat(problem(fixtures.form("Bingo", nextWeek, "FREQ=WEEKLY", 10))).isEqualTo(
            "activities.rrule.unbounded"
        );
        assertThat(problem(fixtures.form("Bingo", nextWeek, "FREQ=WEEKLY;COUNT=banaan", 10))).isEqualTo(
            "activities.rrule.malformed"
        );
        assertThat(problem(fixtures.form("Bingo", nextWeek, "FREQ=HOURLY;COUNT=3", 10))).isEqualTo(
            "activities.rrule.too-often"
        );
        assertThat(problem(fixtures.form("Bingo", nextWeek, "FREQ=YEARLY;COUNT=10", 10))).isEqualTo(
            "activities.rrule.too-far"
        );
        String otherWeekday = nextWeek.getDayOfWeek() == DayOfWeek.MONDAY ? "TU" : "MO";
        assertThat(
            problem(fixtures.form("Bingo", nextWeek, "FREQ=WEEKLY;BYDAY=" + otherWeekday + ";COUNT=3", 10))
        ).isEqualTo("activities.rrule.start-not-in-rule");
        assertThat(fixtures.rows("activity", "true")).isEqualTo(before);
    }

    private String problem(ActivityForm form) {
        try {
            management.organise(samira, form, null);
        } catch (InvalidInput e) {
            return e.problems().getFirst().messageKey();
        }
        throw new AssertionError("accepted: " + form);
    }

    @Test
    void theFirstOnTheWaitingListGetsTheSeatWhenSomeoneCancels() {
        long id = fixtures.once(ActivityFixtures.named("Bingo"), nextWeek, 2);
        List<CurrentUser> people = fixtures.neighbours(4);

        assertThat(status(signups.signUp(people.get(0), id, nextWeek, null))).isEqualTo("SEAT");
        assertThat(status(signups.signUp(people.get(1), id, nextWeek, null))).isEqualTo("SEAT");
        assertThat(status(signups.signUp(people.get(2), id, nextWeek, null))).isEqualTo("WAITING");
        assertThat(status(signups.signUp(people.get(3), id, nextWeek, null))).isEqualTo("WAITING");
        var third = activities.occurrence(people.get(3), id, nextWeek, Locale.ROOT);
        assertThat(third.full()).isTrue();
        assertThat(third.myPosition()).isEqualTo(2);

        signups.cancel(people.get(0), id, nextWeek);

        assertThat(activities.occurrence(people.get(2), id, nextWeek, Locale.ROOT).myStatus()).isEqualTo(
            SignupStatus.SEAT
        );
        assertThat(activities.occurrence(people.get(3), id, nextWeek, Locale.ROOT).myPosition()).isEqualTo(1);
        assertThat(events.stream(ActivitySeatGiven.class)).contains(
            new ActivitySeatGiven(id, nextWeek, people.get(2).residentId())
        );
        assertThat(activities.signups(samira, id, nextWeek))
            .extracting(SignupView::name)
            .containsExactly(people.get(1).displayName(), people.get(2).displayName(), people.get(3).displayName());
    }

    @Test
    void signingUpTwiceIsSaidKindlyAndOnlyTheOrganisersSeeWhoComes() {
        long id = fixtures.once(ActivityFixtures.named("Wandeling"), nextWeek, 10);
        CurrentUser ria = fixtures.ria();
        signups.signUp(ria, id, nextWeek, null);

        assertThatThrownBy(() -> signups.signUp(ria, id, nextWeek, null)).isInstanceOfSatisfying(
            NotPermitted.class,
            e -> assertThat(e.messageKey()).isEqualTo("activities.signup.already")
        );
        assertThatThrownBy(() -> activities.signups(ria, id, nextWeek)).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("activities.not-yours")
        );
        assertThat(
            fixtures.rows(
                "activity_signup s join activity_occurrence o on o.id = s.occurrence_id",
                "o.activity_id = ?",
                id
            )
        ).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyGivesTheFirstSignUp() {
        long id = fixtures.once(ActivityFixtures.named("Taalcafé"), nextWeek, 10);
        CurrentUser ria = fixtures.ria();
        long first = signups.signUp(ria, id, nextWeek, "retry-" + id);
        assertThat(signups.signUp(ria, id, nextWeek, "retry-" + id)).isEqualTo(first);
    }

    @Test
    void twentyNeighboursPressingAtOnceFillFiveSeatsAndAQueueInOrder() throws Exception {
        long id = fixtures.once(ActivityFixtures.named("Bingo"), nextWeek, 5);
        List<CurrentUser> people = fixtures.neighbours(20);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        var barrier = new CyclicBarrier(people.size());
        try {
            List<Future<Long>> attempts = new ArrayList<>();
            for (CurrentUser who : people) {
                Callable<Long> attempt = () -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return signups.signUp(who, id, nextWeek, null);
                };
                attempts.add(pool.submit(attempt));
            }
            for (var attempt : attempts) {
                attempt.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var list = activities.signups(samira, id, nextWeek);
        assertThat(list).hasSize(20);
        assertThat(list.stream().filter(s -> s.status() == SignupStatus.SEAT)).hasSize(5);
        assertThat(
            list
                .stream()
                .filter(s -> s.status() == SignupStatus.WAITING)
                .map(SignupView::position)
        ).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }

    @Test
    void aNewRhythmKeepsTheSignUpsOfDaysThatStayAndCallsOffDaysThatGo() {
        String title = ActivityFixtures.named("Koffie");
        long id = management.organise(samira, fixtures.form(title, nextWeek, "FREQ=WEEKLY;COUNT=4", 10), null);
        CurrentUser ria = fixtures.ria();
        signups.signUp(ria, id, nextWeek, null);
        signups.signUp(ria, id, nextWeek.plusWeeks(1), null);

        management.change(samira, id, fixtures.form(title, nextWeek, "FREQ=WEEKLY;INTERVAL=2;COUNT=2", 10));

        var times = activities.coming(ria, id, 10, Locale.ROOT);
        assertThat(times)
            .extracting(OccurrenceView::day, OccurrenceView::cancelled, OccurrenceView::myStatus)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(nextWeek, false, SignupStatus.SEAT),
                org.assertj.core.groups.Tuple.tuple(nextWeek.plusWeeks(1), true, SignupStatus.SEAT),
                org.assertj.core.groups.Tuple.tuple(nextWeek.plusWeeks(2), false, null)
            );
    }

    @Test
    void theOrganiserSaysWhoCameAndTheFabricHearsOfIt() {
        LocalDate today = activities.today();
        long id = fixtures.once(ActivityFixtures.named("Buurtborrel"), nextWeek, null);
        CurrentUser ria = fixtures.ria();
        CurrentUser other = fixtures.neighbours(1).getFirst();
        signups.signUp(ria, id, nextWeek, null);
        signups.signUp(other, id, nextWeek, null);
        assertThatThrownBy(() ->
            signups.recordAttendance(samira, id, nextWeek, List.of(ria.residentId()))
        ).isInstanceOf(NotPermitted.class);
        // As if the day has come: the time moves to this morning.
        jdbc
            .sql(
                "update activity_occurrence set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour', day = ? where activity_id = ?"
            )
            .params(today, id)
            .update();

        assertThat(signups.recordAttendance(samira, id, today, List.of(ria.residentId()))).containsExactly(
            ria.residentId()
        );
        assertThat(events.stream(ActivityAttended.class)).contains(
            new ActivityAttended(id, today, 1L, java.util.Set.of(ria.residentId()))
        );
        assertThatThrownBy(() -> signups.recordAttendance(ria, id, today, List.of(ria.residentId()))).isInstanceOf(
            NotPermitted.class
        );
    }

    private String status(long signupId) {
        return jdbc.sql("select status from activity_signup where id = ?").param(signupId).query(String.class).single();
    }
}
