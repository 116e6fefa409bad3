package nl.buurtkracht.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.HelpFixtures.Spot;
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

/**
 * Rounds on the real database: recipients only with consent and a sensible window, a plan that puts
 * everyone on a route or says why not, a removed volunteer whose stops come back to the coordinator,
 * ticked stops that become contacts, notes that reach the builder only with consent and whose every
 * read is logged, and routes nobody else can read.
 */
@SpringBootTest
@RecordApplicationEvents
class RoundIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement management;

    @Autowired
    Rounds rounds;

    @Autowired
    Visits visits;

    @Autowired
    ApplicationEvents events;

    RoundFixtures fixtures;
    List<Spot> street;
    LocalDate today;
    CurrentUser coordinator;
    long roundId;

    @BeforeEach
    void aRound() {
        fixtures = new RoundFixtures(jdbc, accounts, consent);
        CurrentUser ria = fixtures.people.ria();
        street = fixtures.people.spotsOn(ria.scope().homeStreetId());
        today = management.today();
        coordinator = fixtures.people.resident("Truus", street.get(1), 1960);
        long initiative = fixtures.anInitiativeOwnedBy(street.get(1).neighbourhoodId(), coordinator.residentId());
        double[] start = fixtures.where(street.get(0));
        roundId = management.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
    }

    @Test
    void aRecipientNeedsConsentAnAddressAndAWindowThatEndsAfterItStartsAndNothingIsHalfWritten() {
        CurrentUser unasked = fixtures.people.resident("Bep", street.get(2), 1935);
        assertThatThrownBy(() ->
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(unasked.residentId(), 14, 16), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("consentMethod")
        );
        assertThatThrownBy(() ->
            management.addRecipient(
                coordinator,
                roundId,
                new RecipientForm(
                    unasked.residentId(),
                    LocalTime.of(16, 0),
                    LocalTime.of(14, 0),
                    "",
                    ConsentMethod.VERBAL
                ),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::messageKey)
                .containsExactly("rounds.window.ends-before-start")
        );
        // The refused attempt with VERBAL consent recorded nothing, not even the consent.
        assertThat(consent.has(unasked.residentId(), ConsentPurpose.VISITED_BY_ROUND)).isFalse();
        assertThat(fixtures.people.rows("round_recipient", "round_id = ?", roundId)).isZero();

        long homeless = jdbc
            .sql("insert into resident (display_name, birth_year) values ('Zonder Adres', 1940) returning id")
            .query(Long.class)
            .single();
        assertThatThrownBy(() ->
            management.addRecipient(
                coordinator,
                roundId,
                new RecipientForm(homeless, LocalTime.of(14, 0), LocalTime.of(16, 0), "", ConsentMethod.PAPER),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::messageKey)
                .containsExactly("rounds.recipient.no-address")
        );

        // Told to the coordinator: recorded as verbal consent on the resident's behalf, and taken up.
        management.addRecipient(
            coordinator,
            roundId,
            new RecipientForm(unasked.residentId(), LocalTime.of(14, 0), LocalTime.of(16, 0), "", ConsentMethod.VERBAL),
            null
        );
        assertThat(consent.has(unasked.residentId(), ConsentPurpose.VISITED_BY_ROUND)).isTrue();
        assertThat(rounds.recipients(coordinator, roundId))
            .extracting(RecipientView::residentId)
            .containsExactly(unasked.residentId());
    }

    @Test
    void aRuleWithoutEndAndADayOutsideTheRoundAreRefused() {
        long initiative = fixtures.anInitiativeOwnedBy(street.get(1).neighbourhoodId(), coordinator.residentId());
        RoundForm endless = new RoundForm(
            initiative,
            "Altijd",
            "",
            today,
            "FREQ=WEEKLY",
            LocalTime.of(13, 0),
            LocalTime.of(17, 0),
            52.0,
            5.0,
            "",
            "",
            ""
        );
        assertThatThrownBy(() -> management.create(coordinator, endless, null)).isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.FieldProblem::messageKey)
                    .containsExactly("rounds.rrule.unbounded")
        );
        CurrentUser volunteer = fixtures.people.resident("Anouk", street.get(3), 1990);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(volunteer.residentId(), "WALKING", 10), null);
        assertThatThrownBy(() ->
            management.signUp(
                volunteer,
                roundId,
                today.plusDays(1),
                new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0))
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::messageKey)
                .containsExactly("rounds.day.not-in-round")
        );
    }

    @Test
    void aPlanPutsEveryoneOnARouteOrSaysWhyAndARemovedVolunteersStopsComeBackToTheCoordinator() {
        CurrentUser a = fixtures.agreedRecipient("Jansen", street.get(4));
        CurrentUser b = fixtures.agreedRecipient("De Vries", street.get(5));
        CurrentUser c = fixtures.agreedRecipient("Bakker", street.get(6));
        CurrentUser early = fixtures.agreedRecipient("Visser", street.get(7));
        for (CurrentUser r : List.of(a, b, c)) {
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(early.residentId(), 9, 10), null);
        CurrentUser volunteer = fixtures.people.resident("Anouk", street.get(8), 1990);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(volunteer.residentId(), "WALKING", 2), null);
        management.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));

        management.plan(coordinator, roundId, today);
        RouteView plan = rounds.routes(coordinator, roundId, today);
        assertThat(plan.routes()).hasSize(1);
        assertThat(plan.routes().getFirst().stops())
            .hasSize(2)
            .allSatisfy(s -> assertThat(s.arrival()).isNotNull());
        assertThat(plan.left())
            .extracting(RouteView.Left::recipientResidentId, RouteView.Left::reason)
            .contains(org.assertj.core.groups.Tuple.tuple(early.residentId(), LeftReason.OUTSIDE_WINDOW_REACH))
            .extracting(t -> t.toArray()[1])
            .containsOnly(LeftReason.OUTSIDE_WINDOW_REACH, LeftReason.NO_VOLUNTEER_CAPACITY);
        assertThat(plan.routes().getFirst().stops().size() + plan.left().size()).isEqualTo(4);

        // Planning again replaces the plan; a stop moved by hand stays where it was put.
        long leftOut = plan
            .left()
            .stream()
            .filter(l -> l.reason() == LeftReason.NO_VOLUNTEER_CAPACITY)
            .findFirst()
            .orElseThrow()
            .recipientResidentId();
        management.moveStop(coordinator, roundId, today, leftOut, volunteer.residentId(), 1);
        RouteView moved = rounds.routes(coordinator, roundId, today);
        // The planner keeps a moved stop with its volunteer, at the position it was given.
        RouteView.Stop kept = moved
            .routes()
            .getFirst()
            .stops()
            .stream()
            .filter(s -> s.recipientResidentId() == leftOut)
            .findFirst()
            .orElseThrow();
        assertThat(kept.pinned()).isTrue();
        assertThat(kept.position()).isEqualTo(1);
        assertThat(moved.routes().getFirst().stops().size() + moved.left().size()).isEqualTo(4);
        assertThat(fixtures.people.rows("round_stop", "round_id = ? and day = ?", roundId, today)).isEqualTo(4);

        management.removeVolunteer(coordinator, roundId, volunteer.residentId());
        RouteView after = rounds.routes(coordinator, roundId, today);
        assertThat(after.routes()).isEmpty();
        assertThat(after.left()).hasSize(4);
        assertThat(after.left())
            .filteredOn(l -> l.reason() == LeftReason.VOLUNTEER_REMOVED)
            .hasSize(2);
    }

    @Test
    void tickingAStopPublishesAVisitAndANoteThatNeedsAttentionReachesTheBuilderOnlyWithConsentElseTheHost() {
        CurrentUser agrees = fixtures.agreedRecipient("Mevrouw Jansen", street.get(9));
        consent.record(
            agrees.residentId(),
            ConsentPurpose.VISIT_NOTES_SHARED_WITH_BUILDER,
            true,
            agrees.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        CurrentUser private_ = fixtures.agreedRecipient("Meneer Smit", street.get(10));
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(agrees.residentId(), 13, 17), null);
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(private_.residentId(), 13, 17), null);
        CurrentUser volunteer = fixtures.people.resident("Sanne", street.get(11), 1992);
        CurrentUser other = fixtures.people.resident("Kim", street.get(12), 1993);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(volunteer.residentId(), "CYCLING", 10), null);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(other.residentId(), "CYCLING", 10), null);
        management.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        management.plan(coordinator, roundId, today);
        // Put both stops on Sanne's route, whatever the planner chose.
        management.moveStop(coordinator, roundId, today, agrees.residentId(), volunteer.residentId(), 1);
        management.moveStop(coordinator, roundId, today, private_.residentId(), volunteer.residentId(), 2);

        visits.tick(
            volunteer,
            roundId,
            today,
            new VisitForm(agrees.residentId(), "VISITED", "OKAY", "Hulp in de tuin", true)
        );
        visits.tick(
            volunteer,
            roundId,
            today,
            new VisitForm(agrees.residentId(), "VISITED", "OKAY", "Hulp in de tuin", true)
        );
        assertThat(events.stream(VisitMade.class).filter(v -> v.roundId() == roundId)).containsExactly(
            new VisitMade(roundId, today, volunteer.residentId(), agrees.residentId(), street.get(9).neighbourhoodId())
        );
        assertThat(events.stream(RoundSignalRaised.class).filter(s -> s.recipientResidentId() == agrees.residentId()))
            .singleElement()
            .satisfies(s -> assertThat(s.toBuilder()).isTrue());

        visits.tick(volunteer, roundId, today, new VisitForm(private_.residentId(), "VISITED", "WORRIED", "", true));
        assertThat(events.stream(RoundSignalRaised.class).filter(s -> s.recipientResidentId() == private_.residentId()))
            .singleElement()
            .satisfies(s -> assertThat(s.toBuilder()).isFalse());
        assertThat(
            fixtures.people.rows("round_signal", "resident_id = ? and not to_builder", private_.residentId())
        ).isEqualTo(1);

        // The builder reads Mrs. Jansen's notes (she agreed), not Mr. Smit's; each read is audited.
        CurrentUser builder = fixtures.people.login(nl.buurtkracht.demo.DemoData.COMMUNITY_BUILDER);
        assertThat(builder.scope().builderNeighbourhoodIds()).contains(street.get(9).neighbourhoodId());
        assertThat(visits.notes(builder, roundId, agrees.residentId()))
            .extracting(VisitNoteView::wish)
            .containsExactly("Hulp in de tuin");
        assertThatThrownBy(() -> visits.notes(builder, roundId, private_.residentId())).isInstanceOf(
            NotPermitted.class
        );
        assertThat(visits.notes(coordinator, roundId, private_.residentId()))
            .extracting(VisitNoteView::seemed)
            .containsExactly(Seemed.WORRIED);
        assertThat(
            fixtures.people.rows(
                "sensitive_read",
                "subject_resident_id = ? and data_kind = 'visit-note'",
                agrees.residentId()
            )
        ).isEqualTo(1);
        assertThat(
            fixtures.people.rows(
                "sensitive_read",
                "subject_resident_id = ? and reader_account_id = ?",
                private_.residentId(),
                coordinator.accountId()
            )
        ).isEqualTo(1);

        // Another volunteer cannot read Sanne's route, nor tick her stops; a resident from elsewhere sees nothing.
        assertThatThrownBy(() -> rounds.route(other, roundId, today, volunteer.residentId())).isInstanceOf(
            NotPermitted.class
        );
        assertThat(rounds.routes(other, roundId, today).routes()).allSatisfy(r ->
            assertThat(r.volunteerResidentId()).isEqualTo(other.residentId())
        );
        assertThatThrownBy(() -> visits.notes(other, roundId, agrees.residentId())).isInstanceOf(NotPermitted.class);
        CurrentUser elsewhere = fixtures.people.login(nl.buurtkracht.demo.DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        assertThatThrownBy(() -> rounds.routes(elsewhere, roundId, today)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() ->
            visits.tick(other, roundId, today, new VisitForm(agrees.residentId(), "MISSED", "", "", false))
        ).isInstanceOf(NotPermitted.class);
    }
}
