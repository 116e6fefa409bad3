package nl.buurtkracht.round.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One occurrence to plan: the stops, the volunteers who come, and the coordinator's pins. */
public record PlanningProblem(List<Stop> stops, List<Volunteer> volunteers, List<Pin> pins) {
    public PlanningProblem {
        stops = List.copyOf(stops);
        volunteers = List.copyOf(volunteers);
        pins = List.copyOf(pins);
        Set<String> stopIds = new HashSet<>();
        for (Stop stop : stops) {
            if (!stopIds.add(stop.id())) {
                throw new PlanningInputException("stops", "stop " + stop.id() + " appears twice");
            }
        }
        Set<String> volunteerIds = new HashSet<>();
        for (Volunteer volunteer : volunteers) {
            if (!volunteerIds.add(volunteer.id())) {
                throw new PlanningInputException("volunteers", "volunteer " + volunteer.id() + " appears twice");
            }
        }
        Set<String> pinned = new HashSet<>();
        for (Pin pin : pins) {
            if (!stopIds.contains(pin.stopId())) {
                throw new PlanningInputException("pins", "pinned stop " + pin.stopId() + " is not in this round");
            }
            if (!volunteerIds.contains(pin.volunteerId())) {
                throw new PlanningInputException(
                    "pins",
                    "stop " + pin.stopId() + " is pinned to unknown volunteer " + pin.volunteerId()
                );
            }
            if (!pinned.add(pin.stopId())) {
                throw new PlanningInputException("pins", "stop " + pin.stopId() + " is pinned twice");
            }
        }
    }

    public PlanningProblem(List<Stop> stops, List<Volunteer> volunteers) {
        this(stops, volunteers, List.of());
    }

    /** The same problem with these pins instead: a coordinator moved stops by hand. */
    public PlanningProblem withPins(List<Pin> newPins) {
        return new PlanningProblem(stops, volunteers, newPins);
    }

    Map<String, Stop> stopsById() {
        Map<String, Stop> byId = new HashMap<>();
        stops.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    Map<String, Volunteer> volunteersById() {
        Map<String, Volunteer> byId = new HashMap<>();
        volunteers.forEach(v -> byId.put(v.id(), v));
        return byId;
    }
}
