package nl.buurtkracht.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.initiative.ContinuityWarning.Kind;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Initiatives on the real database: from a spark to shared ownership, with money, time and warnings. */
@SpringBootTest
@RecordApplicationEvents
class InitiativeIntegrationTests {

    @Autowired
    Initiatives initiatives;

    @Autowired
    InitiativeManagement management;

    @Autowired
    Continuity continuity;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    InitiativeFixtures fixtures;
    CurrentUser ria;

    @BeforeEach
    void setUp() {
        fixtures = new InitiativeFixtures(accounts, management, jdbc);
        ria = fixtures.ria();
    }

    @Test
    void aSparkIsStartedInAMinuteAndItsStarterOwnsIt() {
        long id = fixtures.aSparkBy(ria);

        InitiativeView view = initiatives.view(ria, id);
        assertThat(view.state()).isEqualTo(InitiativeState.SPARK);
        assertThat(view.activeOwners()).extracting(InitiativeView.Owner::residentId).containsExactly(ria.residentId());
        assertThat(view.viewer().owner()).isTrue();
        assertThat(view.memberCount()).isEqualTo(1);
        assertThat(view.history()).extracting(InitiativeView.StateChange::to).containsExactly(InitiativeState.SPARK);
        assertThat(events.stream(InitiativeChanged.class).filter(e -> e.initiativeId() == id)).hasSize(1);
    }

    @Test
    void aSparkWithoutTitleOrWhatNamesBothFieldsAndStoresNothing() {
        String where = InitiativeFixtures.named("Nergens");
        var form = new InitiativeForm(" ", "", "", where, ria.scope().homeNeighbourhoodId());

        assertThatThrownBy(() ->
            management.start(ria, new InitiativeForm("", "", "", where, null), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("title", "what", "neighbourhoodId")
        );
        assertThatThrownBy(() -> management.start(ria, form, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() ->
            management.start(ria, new InitiativeForm("x".repeat(121), "Iets", "", where, 999_999L), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("title", "neighbourhoodId")
        );
        assertThat(fixtures.count("initiative", "where_text = ?", where)).isZero();
    }

    @Test
    void aRetryWithTheSameKeyStartsOneInitiative() {
        String title = InitiativeFixtures.named("Ladder delen");
        long first = management.start(ria, fixtures.form(ria, title), "key-" + title);
        long retry = management.start(ria, fixtures.form(ria, title), "key-" + title);

        assertThat(retry).isEqualTo(first);
        assertThat(fixtures.count("initiative", "title = ?", title)).isEqualTo(1);
    }

    @Test
    void neighboursJoinOnceAndAFollowerMayStillJoin() {
        long id = fixtures.aSparkBy(ria);
        CurrentUser henk = fixtures.login(DemoData.STREET_HOST);
        CurrentUser kees = fixtures.kees();

        management.takePart(henk, id, Membership.MEMBER);
        management.takePart(kees, id, Membership.FOLLOWER);
        management.takePart(kees, id, Membership.MEMBER);

        assertThatThrownBy(() -> management.takePart(henk, id, Membership.MEMBER)).isInstanceOfSatisfying(
            NotPermitted.class,
            e -> assertThat(e.messageKey()).isEqualTo("initiatives.join.already")
        );
        assertThat(initiatives.view(ria, id).memberCount()).isEqualTo(3);
        assertThat(events.stream(InitiativeJoined.class).filter(e -> e.initiativeId() == id))
            .extracting(InitiativeJoined::residentId)
            .containsExactlyInAnyOrder(henk.residentId(), kees.residentId());
    }

    @Test
    void onlyOwnersTheBuilderAndTheAdministratorSeeWhoJoinedAndTheMoney() {
        long id = fixtures.aSparkBy(ria);
        CurrentUser kees = fixtures.kees();
        management.takePart(kees, id, Membership.MEMBER);

        assertThatThrownBy(() -> initiatives.people(kees, id)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> initiatives.finances(kees, id)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> management.update(kees, id, fixtures.form(kees, "Overgenomen"))).isInstanceOf(
            NotPermitted.class
        );
        assertThat(initiatives.view(kees, id).tasks()).isEmpty();
        assertThat(initiatives.people(ria, id)).hasSize(2);
        assertThat(initiatives.people(fixtures.login(DemoData.COMMUNITY_BUILDER), id)).hasSize(2);
    }

    @Test
    void fiftyNeighboursRaceForThreePlacesAndExactlyThreeGetOne() throws Exception {
        long id = fixtures.aSparkBy(ria);
        long task = management.addTask(ria, id, new TaskForm("Bakkers op zaterdag", "", 3));
        List<CurrentUser> neighbours = new ArrayList<>();
        for (int n = 10; n < 60; n++) {
            neighbours.add(fixtures.neighbour(n));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> attempts = neighbours
            .stream()
            .<Callable<String>>map(
                who ->
                    () -> {
                        start.await();
                        try {
                            management.takeTask(who, id, task);
                            return "taken";
                        } catch (NotPermitted e) {
                            return e.messageKey();
                        }
                    }
            )
            .toList();
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        }

        assertThat(outcomes.stream().filter("taken"::equals)).hasSize(3);
        assertThat(outcomes.stream().filter("initiatives.task.full"::equals)).hasSize(47);
        assertThat(fixtures.count("initiative_task_taker", "task_id = ?", task)).isEqualTo(3);
        assertThat(initiatives.view(ria, id).tasks().getFirst().stillNeeded()).isZero();
    }

    @Test
    void ownershipIsSharedAndTheLastOwnerCannotStepBack() {
        long id = fixtures.aSparkBy(ria);
        long riaOwner = initiatives.view(ria, id).activeOwners().getFirst().id();
        CurrentUser kees = fixtures.kees();

        assertThatThrownBy(() -> management.stepBack(ria, id, riaOwner)).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("initiatives.owner.last")
        );
        assertThatThrownBy(() ->
            management.addOwner(ria, id, new OwnerForm(OwnerKind.RESIDENT, kees.residentId(), "", ""))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("initiatives.owner.not-member")
        );
        assertThatThrownBy(() ->
            management.addOwner(ria, id, new OwnerForm(OwnerKind.ORGANISATION, null, " ", ""))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("organisation")
        );

        management.addOwner(ria, id, new OwnerForm(OwnerKind.ORGANISATION, null, "Welzijn Lindeveld", "opbouwwerk"));
        management.takePart(kees, id, Membership.MEMBER);
        management.addOwner(ria, id, new OwnerForm(OwnerKind.RESIDENT, kees.residentId(), "", "penningmeester"));
        management.stepBack(ria, id, riaOwner);

        InitiativeView view = initiatives.view(kees, id);
        assertThat(view.activeOwners()).extracting(InitiativeView.Owner::name).contains("Welzijn Lindeveld");
        assertThat(view.activeOwners()).hasSize(2);
        assertThat(view.owners()).hasSize(3);
        assertThat(view.viewer().mayManage()).isTrue();
        assertThat(initiatives.view(ria, id).viewer().mayManage()).isFalse();
    }

    @Test
    void anInitiativeMovesThroughItsLifeAndKeepsItsHistory() {
        long id = fixtures.aSparkBy(ria);

        assertThatThrownBy(() -> management.changeState(ria, id, InitiativeState.PAUSED, "")).isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("state")
        );
        management.changeState(ria, id, InitiativeState.ACTIVE, "");
        management.changeState(ria, id, InitiativeState.PAUSED, "zomerstop");
        management.changeState(ria, id, InitiativeState.ENDED, "");

        assertThatThrownBy(() -> management.changeState(ria, id, InitiativeState.ACTIVE, "")).isInstanceOf(
            InvalidInput.class
        );
        assertThatThrownBy(() -> management.takePart(fixtures.kees(), id, Membership.MEMBER)).isInstanceOfSatisfying(
            NotPermitted.class,
            e -> assertThat(e.messageKey()).isEqualTo("initiatives.ended")
        );
        assertThat(initiatives.view(ria, id).history())
            .extracting(InitiativeView.StateChange::to)
            .containsExactly(
                InitiativeState.SPARK,
                InitiativeState.ACTIVE,
                InitiativeState.PAUSED,
                InitiativeState.ENDED
            );
    }

    @Test
    void aSparkWithOtherPeopleIsEndedNotDeleted() {
        long id = fixtures.aSparkBy(ria);
        management.takePart(fixtures.kees(), id, Membership.FOLLOWER);

        assertThatThrownBy(() -> management.delete(ria, id)).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("initiatives.delete.has-people")
        );
        long alone = fixtures.aSparkBy(ria);
        management.delete(ria, alone);
        assertThat(initiatives.summary(alone)).isEmpty();
    }

    @Test
    void aFundThatEndsWithinNinetyDaysWithoutSuccessorIsAWarningForOwnersAndTheBuilder() {
        long id = fixtures.aSparkBy(ria);
        management.changeState(ria, id, InitiativeState.ACTIVE, "");
        LocalDate today = LocalDate.now(Continuity.AMSTERDAM);
        management.addFunding(
            ria,
            id,
            new FundingForm(
                "Oranje Fonds",
                new BigDecimal("2500"),
                today.minusMonths(10),
                today.plusDays(60),
                "",
                today.plusDays(20)
            )
        );

        assertThat(continuity.warnings(ria, id))
            .extracting(ContinuityWarning::kind)
            .containsExactlyInAnyOrder(Kind.FUNDING_ENDS, Kind.REPORT_DUE, Kind.SINGLE_OWNER);
        var row = continuity
            .overview(fixtures.login(DemoData.COMMUNITY_BUILDER), ria.scope().homeNeighbourhoodId())
            .stream()
            .filter(r -> r.initiative().id() == id)
            .findFirst()
            .orElseThrow();
        assertThat(row.fundingEndsOn()).isEqualTo(today.plusDays(60));
        assertThat(row.warnings()).extracting(ContinuityWarning::kind).contains(Kind.FUNDING_ENDS);

        management.addFunding(
            ria,
            id,
            new FundingForm(
                "Buurtbudget",
                new BigDecimal("1000,00".replace(',', '.')),
                today.plusDays(61),
                today.plusYears(1),
                "",
                null
            )
        );
        assertThat(continuity.warnings(ria, id)).extracting(ContinuityWarning::kind).doesNotContain(Kind.FUNDING_ENDS);
        assertThatThrownBy(() -> continuity.overview(ria, ria.scope().homeNeighbourhoodId())).isInstanceOf(
            NotPermitted.class
        );
    }

    @Test
    void sixtyQuietDaysAreAWarningUntilSomethingHappens() {
        long id = fixtures.aSparkBy(ria);
        management.changeState(ria, id, InitiativeState.ACTIVE, "");
        fixtures.setLastActive(id, 61);
        assertThat(continuity.warnings(ria, id)).extracting(ContinuityWarning::kind).contains(Kind.QUIET);

        management.recordHours(
            ria,
            id,
            new HoursForm(HoursGivenBy.VOLUNTEER, "", LocalDate.now(Continuity.AMSTERDAM), new BigDecimal("1.5"), "")
        );
        assertThat(continuity.warnings(ria, id)).extracting(ContinuityWarning::kind).doesNotContain(Kind.QUIET);
        assertThat(initiatives.finances(ria, id).hoursBy(HoursGivenBy.VOLUNTEER)).isEqualByComparingTo("1.5");
    }

    @Test
    void aFundThatEndsBeforeItStartsOrAnAmountOfNothingIsRefusedAndNothingIsStored() {
        long id = fixtures.aSparkBy(ria);
        LocalDate today = LocalDate.now(Continuity.AMSTERDAM);

        assertThatThrownBy(() ->
            management.addFunding(
                ria,
                id,
                new FundingForm("Fonds", BigDecimal.ZERO, today, today.minusDays(1), "", null)
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("amount", "initiatives.amount.invalid"),
                    org.assertj.core.groups.Tuple.tuple("endsOn", "initiatives.endsOn.before-start")
                )
        );
        assertThatThrownBy(() ->
            management.recordHours(ria, id, new HoursForm(null, "", today, new BigDecimal("-1"), ""))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("givenBy", "hours")
        );
        assertThat(fixtures.count("initiative_funding", "initiative_id = ?", id)).isZero();
        assertThat(fixtures.count("initiative_hours", "initiative_id = ?", id)).isZero();
    }
}
