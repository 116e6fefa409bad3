package nl.buurtkracht.round.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundPlannerTests {

    private static final TravelTimes STRAIGHT = new StraightLineTravelTimes();
    private static final LatLon CENTRE = new LatLon(52.0, 5.0);

    private static RoundPlanner planner() {
        return new RoundPlanner(
            STRAIGHT,
            PlannerSettings.forRounds().withTimeLimit(Duration.ofSeconds(5)).withIterations(400)
        );
    }

    /** A point about {@code eastMetres} east and {@code northMetres} north of the centre. */
    private static LatLon at(double eastMetres, double northMetres) {
        return new LatLon(
            CENTRE.latitude() + northMetres / 111_195.0,
            CENTRE.longitude() + eastMetres / (111_195.0 * Math.cos(Math.toRadians(CENTRE.latitude())))
        );
    }

    @Test
    void everyVisitStartsWithinItsWindow() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int from = (i % 4) * 30;
            stops.add(Stop.of("r" + i, at(100 * i, 50 * (i % 5)), from, from + 45, 10, null));
        }
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("a", at(0, 0), TravelMode.CYCLING, 12, 0, 240),
            Volunteer.fromHome("b", at(1000, 0), TravelMode.CYCLING, 12, 0, 240)
        );
        PlanningProblem problem = new PlanningProblem(stops, volunteers);

        Plan plan = planner().plan(problem);

        PlanCheck.Report report = PlanCheck.check(problem, plan, STRAIGHT);
        assertThat(report.violations()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        for (Plan.Route route : plan.routes()) {
            for (Plan.Visit visit : route.visits()) {
                Stop stop = problem.stopsById().get(visit.stopId());
                assertThat(visit.startMinute()).isBetween((double) stop.earliest(), (double) stop.latest());
            }
        }
    }

    @Test
    void keepsLastTimesVolunteerWhenItCostsLittle() {
        // Two volunteers living next to each other; each recipient had one of them last time.
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stops.add(Stop.of("r" + i, at(300 + 40 * i, 200 - 30 * i), 0, 180, 10, i % 2 == 0 ? "a" : "b"));
        }
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("a", at(0, 0), TravelMode.WALKING, 10, 0, 240),
            Volunteer.fromHome("b", at(20, 0), TravelMode.WALKING, 10, 0, 240)
        );
        PlanningProblem problem = new PlanningProblem(stops, volunteers);

        Plan plan = planner().plan(problem);

        assertThat(PlanCheck.check(problem, plan, STRAIGHT).violations()).isEmpty();
        for (Plan.Route route : plan.routes()) {
            for (Plan.Visit visit : route.visits()) {
                assertThat(problem.stopsById().get(visit.stopId()).preferredVolunteerId())
                    .as("stop %s", visit.stopId())
                    .isEqualTo(route.volunteerId());
            }
        }
        // Without the continuity cost the planner has no reason to split them like this.
        Plan withoutContinuity = new RoundPlanner(
            STRAIGHT,
            PlannerSettings.forRounds().withIterations(400).withWeights(0, 0)
        ).plan(problem);
        long kept = withoutContinuity
            .routes()
            .stream()
            .flatMap(r ->
                r
                    .visits()
                    .stream()
                    .filter(v -> r.volunteerId().equals(problem.stopsById().get(v.stopId()).preferredVolunteerId()))
            )
            .count();
        assertThat(kept).isLessThan(10);
    }

    @Test
    void volunteersAlikeFromOnePlaceAreAllUsedWhenTheStopsNeedThem() {
        // Three volunteers alike (same start, mode, stops), nobody's last-time volunteer: jsprit sees
        // them as one kind of vehicle, yet each of them still gets a route of their own.
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stops.add(Stop.of("r" + i, at(150 * (i % 6), 150 * (i / 6)), 0, 180, 10, null));
        }
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("a", at(0, 0), TravelMode.CYCLING, 4, 0, 240),
            Volunteer.fromHome("b", at(0, 0), TravelMode.CYCLING, 4, 0, 240),
            Volunteer.fromHome("c", at(0, 0), TravelMode.CYCLING, 4, 0, 240)
        );
        PlanningProblem problem = new PlanningProblem(stops, volunteers);

        Plan plan = planner().plan(problem);

        assertThat(PlanCheck.check(problem, plan, STRAIGHT).violations()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.routes()).allSatisfy(r -> assertThat(r.visits()).hasSize(4));
    }

    @Test
    void recipientsInOneBuildingAndAVolunteerLivingThereArePlanned() {
        LatLon flats = at(400, 0);
        List<Stop> stops = List.of(
            Stop.of("flat-1", flats, 0, 60, 10, "a"),
            Stop.of("flat-2", flats, 30, 90, 10, null),
            Stop.of("flat-3", flats, 0, 180, 10, "b"),
            Stop.of("corner", at(800, 0), 0, 180, 10, null)
        );
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("a", flats, TravelMode.WALKING, 5, 0, 240),
            Volunteer.fromHome("b", at(0, 0), TravelMode.CAR, 5, 0, 240)
        );
        PlanningProblem problem = new PlanningProblem(stops, volunteers);

        Plan plan = planner().plan(problem);

        PlanCheck.Report report = PlanCheck.check(problem, plan, STRAIGHT);
        assertThat(report.violations()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        // flat-1 keeps last time's volunteer, who lives in the building: no travel at all.
        assertThat(plan.routeOf("a").visits()).extracting(Plan.Visit::stopId).contains("flat-1");
    }

    @Test
    void tooManyRecipientsAreListedWithAReasonAndNobodyIsDroppedSilently() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stops.add(Stop.of("r" + i, at(200 * (i % 4), 200 * (i / 4)), 0, 120, 15, null));
        }
        // Only in the first five minutes, and 20 km away: nobody can be there in time.
        stops.add(Stop.of("early", at(200, 200), 0, 1, 15, null));
        stops.add(Stop.of("far", at(20_000, 0), 0, 120, 15, null));
        List<Volunteer> volunteers = List.of(Volunteer.fromHome("a", at(600, 600), TravelMode.WALKING, 5, 0, 180));
        PlanningProblem problem = new PlanningProblem(stops, volunteers);

        Plan plan = planner().plan(problem);

        PlanCheck.Report report = PlanCheck.check(problem, plan, STRAIGHT);
        assertThat(report.violations()).isEmpty();
        assertThat(plan.routeOf("a").visits()).hasSize(5);
        assertThat(plan.unassigned()).hasSize(9);
        assertThat(plan.unassigned())
            .filteredOn(u -> u.stopId().equals("early"))
            .extracting(Plan.Unassigned::reason)
            .containsExactly(Plan.Reason.OUTSIDE_WINDOW_REACH);
        assertThat(plan.unassigned())
            .filteredOn(u -> u.stopId().equals("far"))
            .extracting(Plan.Unassigned::reason)
            .containsExactly(Plan.Reason.TOO_FAR);
        assertThat(plan.unassigned())
            .filteredOn(u -> u.stopId().startsWith("r"))
            .allSatisfy(u -> assertThat(u.reason()).isEqualTo(Plan.Reason.NO_VOLUNTEER_CAPACITY));
    }

    @Test
    void aPinnedStopStaysWithTheVolunteerTheCoordinatorChose() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stops.add(Stop.of("r" + i, at(100 * i, 0), 0, 200, 10, null));
        }
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("west", at(0, 0), TravelMode.CYCLING, 8, 0, 240),
            Volunteer.fromHome("east", at(700, 0), TravelMode.CYCLING, 8, 0, 240)
        );
        // r0 is next to "west"; the coordinator gives it to "east" anyway, as their second pin.
        PlanningProblem problem = new PlanningProblem(
            stops,
            volunteers,
            List.of(new Pin("r7", "east", 1), new Pin("r0", "east", 2))
        );

        Plan plan = planner().plan(problem);

        assertThat(PlanCheck.check(problem, plan, STRAIGHT).violations()).isEmpty();
        List<String> east = plan.routeOf("east").visits().stream().map(Plan.Visit::stopId).toList();
        assertThat(east).contains("r0", "r7");
        assertThat(east.indexOf("r7")).isLessThan(east.indexOf("r0"));
        assertThat(plan.routeOf("east").visits())
            .filteredOn(Plan.Visit::pinned)
            .extracting(Plan.Visit::stopId)
            .containsExactly("r7", "r0");
    }

    @Test
    void aStopPinnedFirstIsVisitedFirstThoughOthersLieNearer() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stops.add(Stop.of("r" + i, at(100 * i, 0), 0, 200, 10, null));
        }
        List<Volunteer> volunteers = List.of(
            Volunteer.fromHome("west", at(0, 0), TravelMode.WALKING, 8, 0, 240),
            Volunteer.fromHome("east", at(700, 0), TravelMode.WALKING, 8, 0, 240)
        );
        // r6 lies far from "west"'s home; the coordinator wants it to be her first stop all the same,
        // then r7, and r1 third. Left to itself the planner would start with r0 and r1, next door.
        PlanningProblem problem = new PlanningProblem(
            stops,
            volunteers,
            List.of(new Pin("r6", "west", 1), new Pin("r7", "west", 2), new Pin("r1", "west", 3))
        );

        Plan plan = planner().plan(problem);

        List<String> west = plan.routeOf("west").visits().stream().map(Plan.Visit::stopId).toList();
        assertThat(west.subList(0, 3)).containsExactly("r6", "r7", "r1");
        assertThat(plan.unassigned()).isEmpty();
    }

    @Test
    void aPinBeforeTheFirstPositionIsRefused() {
        assertThatThrownBy(() -> new Pin("r1", "west", 0))
            .isInstanceOf(PlanningInputException.class)
            .hasMessageContaining("pin[r1].position");
    }

    @Test
    void aTimeWindowThatEndsBeforeItStartsIsRefusedNamingTheStop() {
        assertThatThrownBy(() ->
            Stop.between(
                "mevrouw-jansen",
                CENTRE,
                LocalTime.of(13, 0),
                LocalTime.of(15, 0),
                LocalTime.of(14, 0),
                10,
                null
            )
        )
            .isInstanceOf(PlanningInputException.class)
            .hasMessageContaining("stop[mevrouw-jansen].timeWindow")
            .hasMessageContaining("ends (14:00) before it starts (15:00)");
        assertThatThrownBy(() -> Stop.of("r1", CENTRE, 60, 30, 10, null))
            .isInstanceOf(PlanningInputException.class)
            .hasMessageContaining("ends (minute 30) before it starts (minute 60)");
    }

    @Test
    void theEvaluatorCatchesALateVisitAndADroppedStop() {
        Stop late = Stop.of("late", at(3000, 0), 0, 5, 10, null);
        Stop other = Stop.of("other", at(100, 0), 0, 100, 10, null);
        Volunteer a = Volunteer.fromHome("a", at(0, 0), TravelMode.WALKING, 5, 0, 240);
        PlanningProblem problem = new PlanningProblem(List.of(late, other), List.of(a));

        PlanCheck.Report report = PlanCheck.check(problem, java.util.Map.of("a", List.of("late")), List.of(), STRAIGHT);

        assertThat(report.violations())
            .anySatisfy(v -> assertThat(v).contains("stop late").contains("window ends"))
            .anySatisfy(v -> assertThat(v).contains("stop other was dropped silently"));
    }
}
