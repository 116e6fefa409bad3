package nl.buurtkracht.round.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our own evaluator, independent of the solver: recomputes every route's times from the travel
 * times, and checks windows, availability, stops and load per volunteer, pins, and that every stop
 * is routed once or listed as unassigned (nobody dropped silently).
 */
public final class PlanCheck {

    private static final double EPSILON = 1e-6;

    private PlanCheck() {}

    /** What the check found, and the plan's figures as recomputed. */
    public record Report(List<String> violations, double totalTravelMinutes, int vehiclesUsed, int unassigned) {
        public Report {
            violations = List.copyOf(violations);
        }

        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** Checks a plan, including the arrival times it claims. */
    public static Report check(PlanningProblem problem, Plan plan, TravelTimes travelTimes) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        Map<String, Double> departures = new LinkedHashMap<>();
        Map<String, Double> claimedArrivals = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        for (Plan.Route route : plan.routes()) {
            if (order.containsKey(route.volunteerId())) {
                violations.add("volunteer " + route.volunteerId() + " has two routes");
                continue;
            }
            order.put(route.volunteerId(), route.visits().stream().map(Plan.Visit::stopId).toList());
            departures.put(route.volunteerId(), route.departureMinute());
            route.visits().forEach(v -> claimedArrivals.put(v.stopId(), v.arrivalMinute()));
        }
        List<String> unassigned = plan.unassigned().stream().map(Plan.Unassigned::stopId).toList();
        Report report = check(problem, order, departures, unassigned, travelTimes, claimedArrivals);
        violations.addAll(report.violations());
        if (Math.abs(report.totalTravelMinutes() - plan.totalTravelMinutes()) > 1e-4) {
            violations.add(
                "plan claims " +
                plan.totalTravelMinutes() +
                " travel minutes, recomputed " +
                report.totalTravelMinutes()
            );
        }
        return new Report(violations, report.totalTravelMinutes(), report.vehiclesUsed(), report.unassigned());
    }

    /**
     * Checks routes given as stop ids per volunteer, each leaving at the volunteer's available-from
     * time (how another solver's answer is checked).
     */
    public static Report check(
        PlanningProblem problem,
        Map<String, List<String>> stopIdsByVolunteer,
        Collection<String> unassigned,
        TravelTimes travelTimes
    ) {
        return check(problem, stopIdsByVolunteer, Map.of(), unassigned, travelTimes, Map.of());
    }

    private static Report check(
        PlanningProblem problem,
        Map<String, List<String>> order,
        Map<String, Double> departures,
        Collection<String> unassigned,
        TravelTimes travelTimes,
        Map<String, Double> claimedArrivals
    ) {
        List<String> violations = new ArrayList<>();
        Map<String, Stop> stops = problem.stopsById();
        Map<String, Volunteer> volunteers = problem.volunteersById();
        Set<String> seen = new HashSet<>();
        double total = 0;
        int used = 0;
        for (Map.Entry<String, List<String>> entry : order.entrySet()) {
            Volunteer v = volunteers.get(entry.getKey());
            if (v == null) {
                violations.add("route for unknown volunteer " + entry.getKey());
                continue;
            }
            List<String> ids = entry.getValue();
            if (ids.isEmpty()) {
                continue;
            }
            used++;
            double time = departures.getOrDefault(v.id(), (double) v.availableFrom());
            if (time < v.availableFrom() - EPSILON) {
                violations.add(v.id() + " leaves at " + time + " before being available");
            }
            LatLon at = v.start();
            int load = 0;
            for (String id : ids) {
                Stop stop = stops.get(id);
                if (stop == null) {
                    violations.add(v.id() + " visits unknown stop " + id);
                    continue;
                }
                if (!seen.add(id)) {
                    violations.add("stop " + id + " is visited twice");
                }
                double leg = travelTimes.minutes(at, stop.location(), v.mode());
                total += leg;
                double arrival = time + leg;
                Double claimed = claimedArrivals.get(id);
                if (claimed != null && Math.abs(claimed - arrival) > 1e-4) {
                    violations.add("stop " + id + ": plan says arrival " + claimed + ", recomputed " + arrival);
                }
                double start = Math.max(arrival, stop.earliest());
                if (start > stop.latest() + EPSILON) {
                    violations.add(
                        "stop " + id + " (" + v.id() + "): visit starts at " + start + ", window ends " + stop.latest()
                    );
                }
                time = start + stop.serviceMinutes();
                load += stop.demand();
                at = stop.location();
            }
            double leg = travelTimes.minutes(at, v.end(), v.mode());
            total += leg;
            time += leg;
            if (time > v.availableUntil() + EPSILON) {
                violations.add(v.id() + " returns at " + time + ", available until " + v.availableUntil());
            }
            if (ids.size() > v.maxStops()) {
                violations.add(v.id() + " has " + ids.size() + " stops, at most " + v.maxStops());
            }
            if (load > v.capacity()) {
                violations.add(v.id() + " carries " + load + ", capacity " + v.capacity());
            }
        }
        for (String id : unassigned) {
            if (!stops.containsKey(id)) {
                violations.add("unknown stop " + id + " listed as unassigned");
            } else if (!seen.add(id)) {
                violations.add("stop " + id + " is both routed and unassigned, or unassigned twice");
            }
        }
        for (Stop stop : problem.stops()) {
            if (!seen.contains(stop.id())) {
                violations.add("stop " + stop.id() + " was dropped silently");
            }
        }
        Map<String, List<Pin>> pinsByVolunteer = new LinkedHashMap<>();
        for (Pin pin : problem.pins()) {
            List<String> route = order.getOrDefault(pin.volunteerId(), List.of());
            if (!route.contains(pin.stopId())) {
                violations.add("pinned stop " + pin.stopId() + " is not with " + pin.volunteerId());
            }
            pinsByVolunteer.computeIfAbsent(pin.volunteerId(), k -> new ArrayList<>()).add(pin);
        }
        pinsByVolunteer.forEach((volunteerId, pins) -> {
            List<String> route = order.getOrDefault(volunteerId, List.of());
            List<Pin> sorted = pins
                .stream()
                .sorted((a, b) -> Integer.compare(a.position(), b.position()))
                .toList();
            int last = -1;
            for (Pin pin : sorted) {
                int index = route.indexOf(pin.stopId());
                if (index >= 0 && index < last) {
                    violations.add("pinned stop " + pin.stopId() + " is out of the coordinator's order");
                }
                last = Math.max(last, index);
            }
        });
        return new Report(violations, total, used, unassigned.size());
    }
}
