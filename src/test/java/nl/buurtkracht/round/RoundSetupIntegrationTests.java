package nl.buurtkracht.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Setting up a round on the real database: a start point typed as an address, volunteers who start
 * and end where they choose, a stop moved by hand that keeps its exact place, recipients taken off,
 * neighbours who bake for a day, a signal that names whom to tell, and coordinators who can only
 * touch their own round.
 */
@SpringBootTest
@RecordApplicationEvents
class RoundSetupIntegrationTests {

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
    long initiative;
    long roundId;

    @BeforeEach
    void aRound() {
        fixtures = new RoundFixtures(jdbc, accounts, consent);
        CurrentUser ria = fixtures.people.ria();
        street = fixtures.people.spotsOn(ria.scope().homeStreetId());
        today = management.today();
        coordinator = fixtures.people.resident("Truus", street.get(1), 1960);
        initiative = fixtures.anInitiativeOwnedBy(street.get(1).neighbourhoodId(), coordinator.residentId());
        double[] start = fixtures.where(street.get(0));
        roundId = management.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
    }

    @Test
    void aRoundStartsAtAnAddressTypedAsPostcodeAndHouseNumber() {
        String[] address = fixtures.postcodeAndNumber(street.get(3));
        long id = management.create(coordinator, withStart(address[0].toLowerCase(), address[1], ""), null);
        double[] where = fixtures.where(street.get(3));
        RoundView round = rounds.view(coordinator, id);
        assertThat(round.startLat()).isEqualTo(where[0]);
        assertThat(round.startLon()).isEqualTo(where[1]);
        // Without a name of its own, the start is called by its address.
        assertThat(round.startLabel()).endsWith(address[1]);

        int before = fixtures.people.rows("round", "initiative_id = ?", initiative);
        assertThatThrownBy(() ->
            management.create(coordinator, withStart("1234", "twaalf", ""), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("startPostcode", "startHouseNumber")
        );
        assertThatThrownBy(() ->
            management.create(coordinator, withStart("9999 ZZ", "1", ""), null)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::messageKey)
                .containsExactly("rounds.address.unknown")
        );
        assertThat(fixtures.people.rows("round", "initiative_id = ?", initiative)).isEqualTo(before);
    }

    @Test
    void aVolunteerStartsAndEndsWhereTheyChooseAndThePlanLeavesFromThere() {
        CurrentUser recipient = fixtures.agreedRecipient("Mevrouw Jansen", street.get(2));
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(recipient.residentId(), 13, 17), null);
        // Sanne lives next door to Mrs. Jansen; first she starts at home.
        CurrentUser sanne = fixtures.people.resident("Sanne", street.get(3), 1990);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(sanne.residentId(), "WALKING", 10), null);
        management.signUp(sanne, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        management.plan(coordinator, roundId, today);
        LocalTime fromHome = firstArrival();

        // Then she starts at the far end of the street and ends at the round's start.
        Spot far = street.getLast();
        String[] farAddress = fixtures.postcodeAndNumber(far);
        management.addVolunteer(
            coordinator,
            roundId,
            new VolunteerForm(
                sanne.residentId(),
                "WALKING",
                10,
                new RoutePoint("ADDRESS", farAddress[0], farAddress[1]),
                new RoutePoint("ROUND_START", "", "")
            ),
            null
        );
        assertThat(rounds.volunteers(coordinator, roundId))
            .singleElement()
            .satisfies(v -> {
                assertThat(v.startPoint()).isEqualTo(RoutePoint.Kind.ADDRESS);
                assertThat(v.startAddress()).endsWith(farAddress[1]);
                assertThat(v.endPoint()).isEqualTo(RoutePoint.Kind.ROUND_START);
                assertThat(v.endAddress()).isNull();
            });
        management.plan(coordinator, roundId, today);
        double metres =
            fixtures.metresBetween(street.get(2), far) - fixtures.metresBetween(street.get(2), street.get(3));
        assertThat(metres).as("the far end lies further from Mrs. Jansen than Sanne's home").isPositive();
        assertThat(firstArrival()).isAfter(fromHome);

        // A bad address is named, an unknown one too, and Sanne's choice stays as it was.
        assertThatThrownBy(() ->
            management.addVolunteer(
                coordinator,
                roundId,
                new VolunteerForm(
                    sanne.residentId(),
                    "WALKING",
                    0,
                    new RoutePoint("ADDRESS", "12", ""),
                    new RoutePoint("SOMEWHERE", "", "")
                ),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("maxStops", "startPostcode", "startHouseNumber", "endPoint")
        );
        assertThatThrownBy(() ->
            management.addVolunteer(
                coordinator,
                roundId,
                new VolunteerForm(
                    sanne.residentId(),
                    "WALKING",
                    10,
                    RoutePoint.HOME,
                    new RoutePoint("ADDRESS", "9999 ZZ", "1")
                ),
                null
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endPostcode", "rounds.address.unknown"))
        );
        assertThat(rounds.volunteers(coordinator, roundId))
            .singleElement()
            .satisfies(v -> assertThat(v.startPoint()).isEqualTo(RoutePoint.Kind.ADDRESS));
    }

    private LocalTime firstArrival() {
        return rounds.routes(coordinator, roundId, today).routes().getFirst().stops().getFirst().arrival();
    }

    @Test
    void aStopMovedToTheFirstPlaceOfAnotherVolunteerIsVisitedFirstAndStaysFirstWhenPlannedAgain() {
        for (int i = 4; i < 12; i++) {
            CurrentUser r = fixtures.agreedRecipient("Ontvanger " + i, street.get(i));
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }
        CurrentUser west = fixtures.people.resident("Ans", street.get(2), 1970);
        CurrentUser east = fixtures.people.resident("Bert", street.get(14), 1971);
        for (CurrentUser v : List.of(west, east)) {
            management.addVolunteer(coordinator, roundId, new VolunteerForm(v.residentId(), "WALKING", 10), null);
            management.signUp(v, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        management.plan(coordinator, roundId, today);
        RouteView plan = rounds.routes(coordinator, roundId, today);
        RouteView.Route from = plan
            .routes()
            .stream()
            .filter(r -> !r.stops().isEmpty())
            .findFirst()
            .orElseThrow();
        long to = from.volunteerResidentId() == west.residentId() ? east.residentId() : west.residentId();
        // The last stop of one route becomes the first of the other.
        long moved = from.stops().getLast().recipientResidentId();

        int at = management.moveStop(coordinator, roundId, today, moved, to, 1);

        assertThat(at).isEqualTo(1);
        RouteView.Route target = routeOf(to);
        assertThat(target.stops().getFirst().recipientResidentId()).isEqualTo(moved);
        assertThat(target.stops().getFirst().pinned()).isTrue();
        assertThat(stopCount()).isEqualTo(8);

        // Third place means third: the two stops before it stay as they were, and stay put.
        RouteView.Route now = routeOf(to);
        long second = now.stops().get(1).recipientResidentId();
        long other = routeOf(from.volunteerResidentId()).stops().getFirst().recipientResidentId();
        assertThat(management.moveStop(coordinator, roundId, today, other, to, 3)).isEqualTo(3);
        assertThat(routeOf(to).stops())
            .extracting(RouteView.Stop::recipientResidentId)
            .startsWith(moved, second, other);
        management.plan(coordinator, roundId, today);
        assertThat(routeOf(to).stops())
            .extracting(RouteView.Stop::recipientResidentId)
            .startsWith(moved, second, other);

        // A place past the end of the route becomes the last.
        long last = routeOf(from.volunteerResidentId()).stops().getFirst().recipientResidentId();
        int size = routeOf(to).stops().size();
        assertThat(management.moveStop(coordinator, roundId, today, last, to, 60)).isEqualTo(size + 1);
        assertThat(stopCount()).isEqualTo(8);

        // Nobody else's volunteer, no position outside the route: named, and nothing changes.
        CurrentUser stranger = fixtures.people.resident("Onbekend", street.get(15), 1980);
        assertThatThrownBy(() ->
            management.moveStop(coordinator, roundId, today, moved, stranger.residentId(), 0)
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("volunteerResidentId", "position")
        );
        assertThat(routeOf(to).stops().getFirst().recipientResidentId()).isEqualTo(moved);
    }

    @Test
    void twoCoordinatorsMovingStopsToTheSameFirstPlaceAtOnceBothKeepTheirStopNextToEachOther() throws Exception {
        List<CurrentUser> recipients = new java.util.ArrayList<>();
        for (int i = 4; i < 10; i++) {
            CurrentUser r = fixtures.agreedRecipient("Ontvanger " + i, street.get(i));
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
            recipients.add(r);
        }
        CurrentUser second = fixtures.people.resident("Tweede", street.get(13), 1962);
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, resident_id, role) values (?, 'RESIDENT', ?, 'trekker')"
            )
            .params(initiative, second.residentId())
            .update();
        CurrentUser ans = fixtures.people.resident("Ans", street.get(2), 1970);
        CurrentUser bert = fixtures.people.resident("Bert", street.get(14), 1971);
        for (CurrentUser v : List.of(ans, bert)) {
            management.addVolunteer(coordinator, roundId, new VolunteerForm(v.residentId(), "WALKING", 10), null);
            management.signUp(v, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        management.plan(coordinator, roundId, today);
        long one = recipients.get(0).residentId();
        long two = recipients.get(5).residentId();

        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> {
                start.await();
                return management.moveStop(coordinator, roundId, today, one, bert.residentId(), 1);
            });
            var other = pool.submit(() -> {
                start.await();
                return management.moveStop(second, roundId, today, two, bert.residentId(), 1);
            });
            start.countDown();
            assertThat(first.get()).isEqualTo(1);
            assertThat(other.get()).isEqualTo(1);
        }

        // One after the other (the round is locked while it is planned): the later move is first,
        // the earlier one second, and nobody is lost or doubled.
        List<Long> bertsFirstTwo = routeOf(bert.residentId())
            .stops()
            .stream()
            .limit(2)
            .map(RouteView.Stop::recipientResidentId)
            .toList();
        assertThat(bertsFirstTwo).containsExactlyInAnyOrder(one, two);
        assertThat(routeOf(bert.residentId()).stops().subList(0, 2)).allSatisfy(s -> assertThat(s.pinned()).isTrue());
        assertThat(stopCount()).isEqualTo(6);
        assertThat(fixtures.people.rows("round_stop", "round_id = ? and day = ?", roundId, today)).isEqualTo(6);
    }

    private RouteView.Route routeOf(long volunteer) {
        return rounds
            .routes(coordinator, roundId, today)
            .routes()
            .stream()
            .filter(r -> r.volunteerResidentId() == volunteer)
            .findFirst()
            .orElseThrow();
    }

    private int stopCount() {
        RouteView plan = rounds.routes(coordinator, roundId, today);
        return (
            plan
                .routes()
                .stream()
                .mapToInt(r -> r.stops().size())
                .sum() +
            plan.left().size()
        );
    }

    @Test
    void aRecipientTakenOffLeavesTheComingPlansAndOnlyTheyOrTheCoordinatorCanDoThat() {
        CurrentUser jansen = fixtures.agreedRecipient("Mevrouw Jansen", street.get(4));
        CurrentUser smit = fixtures.agreedRecipient("Meneer Smit", street.get(5));
        for (CurrentUser r : List.of(jansen, smit)) {
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }
        CurrentUser volunteer = fixtures.people.resident("Sanne", street.get(6), 1990);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(volunteer.residentId(), "WALKING", 10), null);
        management.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        management.plan(coordinator, roundId, today);

        assertThatThrownBy(() -> management.removeRecipient(smit, roundId, jansen.residentId())).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> management.removeRecipient(volunteer, roundId, jansen.residentId())).isInstanceOf(
            NotPermitted.class
        );
        long first = rounds
            .routes(coordinator, roundId, today)
            .routes()
            .getFirst()
            .stops()
            .getFirst()
            .recipientResidentId();
        management.removeRecipient(coordinator, roundId, first);
        // The one left on the route moves up to the first place.
        assertThat(rounds.routes(coordinator, roundId, today).routes().getFirst().stops())
            .singleElement()
            .satisfies(s -> assertThat(s.position()).isEqualTo(1));
        // The other one takes themselves off.
        CurrentUser other = first == smit.residentId() ? jansen : smit;
        management.removeRecipient(other, roundId, other.residentId());

        assertThat(rounds.recipients(coordinator, roundId)).noneMatch(RecipientView::active);
        assertThat(fixtures.people.rows("round_stop", "round_id = ? and day = ?", roundId, today)).isZero();
        assertThatThrownBy(() -> management.removeRecipient(coordinator, roundId, jansen.residentId())).isInstanceOf(
            NotFound.class
        );
        // The neighbour still said yes to being visited: she can be taken up again.
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(jansen.residentId(), 14, 16), null);
        assertThat(rounds.recipients(coordinator, roundId)).filteredOn(RecipientView::active).hasSize(1);
    }

    @Test
    void neighboursBakeForADayAndTheCoordinatorSeesHowManyPiecesAgainstHowManyAddresses() {
        for (int i = 4; i < 7; i++) {
            CurrentUser r = fixtures.agreedRecipient("Ontvanger " + i, street.get(i));
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }
        CurrentUser joke = fixtures.people.resident("Joke", street.get(8), 1948);
        CurrentUser piet = fixtures.people.resident("Piet", street.get(9), 1951);

        management.bake(joke, roundId, today, new BakeForm(20, "appeltaart"));
        management.bake(piet, roundId, today, new BakeForm(8, ""));
        management.bake(joke, roundId, today, new BakeForm(24, " appeltaart "));

        assertThat(rounds.bakers(coordinator, roundId, today))
            .extracting(BakerView::name, BakerView::pieces, BakerView::what)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("Joke", 24, "appeltaart"),
                org.assertj.core.groups.Tuple.tuple("Piet", 8, "")
            );
        RoundDay day = rounds.coming(joke, roundId).getFirst();
        assertThat(day.day()).isEqualTo(today);
        assertThat(day.pieces()).isEqualTo(32);
        assertThat(day.bakers()).isEqualTo(2);
        assertThat(day.recipients()).isEqualTo(3);
        assertThat(day.myPieces()).isEqualTo(24);
        assertThat(rounds.coming(coordinator, roundId).getFirst().myPieces()).isNull();

        // Bad input names each field; nothing changes.
        assertThatThrownBy(() ->
            management.bake(piet, roundId, today, new BakeForm(0, "x".repeat(101)))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("pieces", "what")
        );
        assertThatThrownBy(() ->
            management.bake(piet, roundId, today.plusDays(1), new BakeForm(5, ""))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("day")
        );
        assertThat(
            fixtures.people.rows("round_baker", "round_id = ? and resident_id = ?", roundId, piet.residentId())
        ).isEqualTo(1);

        // Someone from another neighbourhood does not bake for this round, nor sees who bakes.
        CurrentUser kees = fixtures.people.login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        assertThatThrownBy(() -> management.bake(kees, roundId, today, new BakeForm(5, ""))).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> rounds.bakers(joke, roundId, today)).isInstanceOf(NotPermitted.class);

        management.unbake(piet, roundId, today);
        assertThat(rounds.coming(coordinator, roundId).getFirst().pieces()).isEqualTo(24);
        assertThatThrownBy(() -> management.unbake(piet, roundId, today)).isInstanceOf(NotFound.class);
    }

    @Test
    void aCoordinatorOfOneRoundCannotChangeAnotherAndAResidentCannotPutSomeoneElseOnTheList() {
        CurrentUser gerda = fixtures.people.resident("Gerda", street.get(12), 1955);
        long otherInitiative = fixtures.anInitiativeOwnedBy(street.get(12).neighbourhoodId(), gerda.residentId());
        double[] start = fixtures.where(street.get(12));
        long otherRound = management.create(
            gerda,
            RoundFixtures.round(otherInitiative, today, start[0], start[1]),
            null
        );
        CurrentUser jansen = fixtures.agreedRecipient("Mevrouw Jansen", street.get(4));
        management.addRecipient(gerda, otherRound, RoundFixtures.recipient(jansen.residentId(), 13, 17), null);
        CurrentUser helper = fixtures.people.resident("Helper", street.get(13), 1980);

        assertThatThrownBy(() ->
            management.addRecipient(coordinator, otherRound, RoundFixtures.recipient(helper.residentId(), 13, 17), null)
        ).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() ->
            management.addVolunteer(coordinator, otherRound, new VolunteerForm(helper.residentId(), "WALKING", 5), null)
        ).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> management.removeRecipient(coordinator, otherRound, jansen.residentId())).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> management.plan(coordinator, otherRound, today)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() ->
            management.moveStop(coordinator, otherRound, today, jansen.residentId(), helper.residentId(), 1)
        ).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> rounds.volunteers(coordinator, otherRound)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> rounds.atAddress(coordinator, otherRound, "1234 AB", "1")).isInstanceOf(
            NotPermitted.class
        );

        // A resident signs herself up, but not a neighbour: that takes a host, a builder or the coordinator.
        CurrentUser neighbour = fixtures.people.resident("Buurvrouw", street.get(14), 1950);
        assertThatThrownBy(() ->
            management.addRecipient(
                helper,
                roundId,
                new RecipientForm(
                    neighbour.residentId(),
                    LocalTime.of(13, 0),
                    LocalTime.of(17, 0),
                    "",
                    ConsentMethod.VERBAL
                ),
                null
            )
        ).isInstanceOf(NotPermitted.class);
        assertThat(consent.has(neighbour.residentId(), ConsentPurpose.VISITED_BY_ROUND)).isFalse();
        assertThat(fixtures.people.rows("round_recipient", "resident_id = ?", neighbour.residentId())).isZero();
    }

    @Test
    void whoLivesAtAnAddressShowsOnlyNamesThatMayBeShownAndTheWaitingListOnlyThoseWhoAgreed() {
        Spot spot = street.get(16);
        CurrentUser shows = fixtures.agreedRecipient("Mevrouw Toont", spot);
        CurrentUser hides = fixtures.people.resident("Meneer Verborgen", spot, 1944);
        String[] address = fixtures.postcodeAndNumber(spot);

        AddressResidents found = rounds.atAddress(coordinator, roundId, address[0], address[1]);

        assertThat(found.residents()).extracting(Neighbour::residentId).contains(shows.residentId());
        assertThat(found.residents()).extracting(Neighbour::residentId).doesNotContain(hides.residentId());
        assertThat(found.hidden()).isPositive();
        assertThat(rounds.waiting(coordinator, roundId))
            .extracting(Neighbour::residentId)
            .contains(shows.residentId())
            .doesNotContain(hides.residentId());
        management.addRecipient(coordinator, roundId, RoundFixtures.recipient(shows.residentId(), 13, 17), null);
        assertThat(rounds.waiting(coordinator, roundId))
            .extracting(Neighbour::residentId)
            .doesNotContain(shows.residentId());
        assertThatThrownBy(() -> rounds.atAddress(coordinator, roundId, "abc", "")).isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.FieldProblem::field)
                    .containsExactlyInAnyOrder("lookupPostcode", "lookupHouseNumber")
        );
    }

    @Test
    void aSignalNamesTheBuildersOrTheStreetHostsToTell() {
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
        for (CurrentUser r : List.of(agrees, private_)) {
            management.addRecipient(coordinator, roundId, RoundFixtures.recipient(r.residentId(), 13, 17), null);
        }
        CurrentUser volunteer = fixtures.people.resident("Sanne", street.get(11), 1992);
        management.addVolunteer(coordinator, roundId, new VolunteerForm(volunteer.residentId(), "CYCLING", 10), null);
        management.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        management.plan(coordinator, roundId, today);

        visits.tick(volunteer, roundId, today, new VisitForm(agrees.residentId(), "VISITED", "OKAY", "Tuin", true));
        visits.tick(volunteer, roundId, today, new VisitForm(private_.residentId(), "VISITED", "WORRIED", "", true));

        CurrentUser builder = fixtures.people.login(DemoData.COMMUNITY_BUILDER);
        assertThat(events.stream(RoundSignalRaised.class).filter(s -> s.recipientResidentId() == agrees.residentId()))
            .singleElement()
            .satisfies(s -> {
                assertThat(s.builderAccountIds()).contains(builder.accountId());
                assertThat(s.streetHostResidentIds()).isEmpty();
            });
        List<Long> hosts = jdbc
            .sql(
                "select distinct h.resident_id from block_host h join block b on b.id = h.block_id where b.street_id = ?"
            )
            .param(street.get(10).streetId())
            .query(Long.class)
            .list();
        assertThat(hosts).as("the demo street has a host").isNotEmpty();
        assertThat(events.stream(RoundSignalRaised.class).filter(s -> s.recipientResidentId() == private_.residentId()))
            .singleElement()
            .satisfies(s -> {
                assertThat(s.builderAccountIds()).isEmpty();
                assertThat(s.streetHostResidentIds()).containsExactlyInAnyOrderElementsOf(hosts);
            });
    }

    private RoundForm withStart(String postcode, String houseNumber, String label) {
        return new RoundForm(
            initiative,
            "TaartExpress",
            "",
            today,
            "FREQ=WEEKLY;INTERVAL=2;COUNT=6",
            LocalTime.of(13, 0),
            LocalTime.of(17, 0),
            null,
            null,
            label,
            postcode,
            houseNumber
        );
    }
}
