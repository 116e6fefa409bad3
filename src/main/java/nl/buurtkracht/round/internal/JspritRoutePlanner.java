package nl.buurtkracht.round.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.round.LeftReason;
import nl.buurtkracht.round.planning.LatLon;
import nl.buurtkracht.round.planning.Pin;
import nl.buurtkracht.round.planning.Plan;
import nl.buurtkracht.round.planning.PlannerSettings;
import nl.buurtkracht.round.planning.PlanningProblem;
import nl.buurtkracht.round.planning.RoundPlanner;
import nl.buurtkracht.round.planning.StraightLineTravelTimes;
import nl.buurtkracht.round.planning.TravelMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plans a day of a round with the jsprit planner of {@code round.planning}: times become minutes of
 * the day, ids become the planner's string ids and back. Travel is straight-line distance by mode
 * for now; a road router would come in as another {@code TravelTimes}.
 */
@Component
class JspritRoutePlanner implements RoutePlanner {

    private final RoundPlanner planner;

    JspritRoutePlanner(@Value("${buurtkracht.rounds.plan-seconds:4}") int seconds) {
        this.planner = new RoundPlanner(
            new StraightLineTravelTimes(),
            PlannerSettings.forRounds().withTimeLimit(Duration.ofSeconds(seconds))
        );
    }

    @Override
    public PlanResult plan(PlanRequest request) {
        List<nl.buurtkracht.round.planning.Stop> stops = request
            .stops()
            .stream()
            .map(s ->
                new nl.buurtkracht.round.planning.Stop(
                    Long.toString(s.recipientId()),
                    new LatLon(s.lat(), s.lon()),
                    minute(s.windowFrom()),
                    minute(s.windowUntil()),
                    s.serviceMinutes(),
                    1,
                    s.preferredVolunteerId() == null ? null : Long.toString(s.preferredVolunteerId())
                )
            )
            .toList();
        List<nl.buurtkracht.round.planning.Volunteer> volunteers = request
            .volunteers()
            .stream()
            .map(v ->
                new nl.buurtkracht.round.planning.Volunteer(
                    Long.toString(v.id()),
                    new LatLon(v.startLat(), v.startLon()),
                    new LatLon(v.endLat(), v.endLon()),
                    TravelMode.valueOf(v.mode().name()),
                    v.maxStops(),
                    v.maxStops(),
                    minute(v.availableFrom()),
                    minute(v.availableUntil())
                )
            )
            .toList();
        List<Pin> pins = request
            .stops()
            .stream()
            .filter(Stop::pinned)
            .map(s ->
                new Pin(
                    Long.toString(s.recipientId()),
                    Long.toString(s.pinnedVolunteerId()),
                    s.pinnedPosition() == null ? Integer.MAX_VALUE : s.pinnedPosition()
                )
            )
            .toList();
        Plan plan = planner.plan(new PlanningProblem(stops, volunteers, pins));
        List<Route> routes = new ArrayList<>();
        for (Plan.Route r : plan.routes()) {
            List<PlannedStop> planned = new ArrayList<>();
            for (Plan.Visit visit : r.visits()) {
                planned.add(
                    new PlannedStop(Long.parseLong(visit.stopId()), planned.size() + 1, time(visit.startMinute()))
                );
            }
            routes.add(new Route(Long.parseLong(r.volunteerId()), planned));
        }
        List<LeftStop> left = plan
            .unassigned()
            .stream()
            .map(u -> new LeftStop(Long.parseLong(u.stopId()), LeftReason.valueOf(u.reason().name())))
            .toList();
        return new PlanResult(routes, left);
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(double minute) {
        return LocalTime.ofSecondOfDay(Math.min(24 * 3600 - 1, Math.round(minute * 60)));
    }
}
