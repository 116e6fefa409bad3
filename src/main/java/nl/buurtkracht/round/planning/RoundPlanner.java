package nl.buurtkracht.round.planning;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.SoftRouteConstraint;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans a round occurrence with jsprit (ruin-and-recreate): assigns stops to volunteers and orders
 * each route. Goals, in order: visit everybody within their window (hard windows; who cannot be
 * visited is listed with a reason), the same volunteer as last time (a soft cost), balanced routes
 * (a soft cost on the squared stop count per route), least travel time.
 *
 * <p>Thread-safe: every call builds its own problem.
 */
public final class RoundPlanner {

    private static final double EPSILON = 1e-6;

    private final TravelTimes travelTimes;
    private final PlannerSettings settings;

    public RoundPlanner(TravelTimes travelTimes, PlannerSettings settings) {
        this.travelTimes = travelTimes;
        this.settings = settings;
    }

    public Plan plan(PlanningProblem problem) {
        List<Stop> stops = problem.stops();
        List<Volunteer> volunteers = problem.volunteers();
        Matrix matrix = Matrix.of(problem, travelTimes);
        if (stops.isEmpty() || volunteers.isEmpty()) {
            List<Plan.Unassigned> all = stops
                .stream()
                .map(s -> classify(s, problem, matrix))
                .toList();
            List<Plan.Route> empty = volunteers
                .stream()
                .map(v -> new Plan.Route(v.id(), v.availableFrom(), List.of(), v.availableFrom(), 0))
                .toList();
            return new Plan(empty, all, 0);
        }

        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance();
        builder.setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        Map<String, Vehicle> vehicles = new LinkedHashMap<>();
        for (int j = 0; j < volunteers.size(); j++) {
            Volunteer v = volunteers.get(j);
            VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("type-" + v.id())
                .addCapacityDimension(0, v.maxStops())
                .addCapacityDimension(1, v.capacity())
                .setProfile(v.mode().name())
                .build();
            Vehicle vehicle = VehicleImpl.Builder.newInstance(v.id())
                .setType(type)
                .setStartLocation(location(matrix.startIndex(j), v.start()))
                .setEndLocation(location(matrix.endIndex(j), v.end()))
                .setReturnToDepot(true)
                .setEarliestStart(v.availableFrom())
                .setLatestArrival(v.availableUntil())
                .setUserData(v.mode())
                .build();
            vehicles.put(v.id(), vehicle);
            builder.addVehicle(vehicle);
        }
        Map<String, Service> services = new HashMap<>();
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            services.put(
                s.id(),
                Service.Builder.newInstance(s.id())
                    .setLocation(location(i, s.location()))
                    .setServiceTime(s.serviceMinutes())
                    .addTimeWindow(s.earliest(), s.latest())
                    .addSizeDimension(0, 1)
                    .addSizeDimension(1, s.demand())
                    .build()
            );
        }
        // Pinned stops go into initial routes; jsprit never ruins those, so they keep volunteer and order,
        // and PinnedPositions keeps other stops from pushing them past their position.
        Map<String, List<Pin>> pinsByVolunteer = new LinkedHashMap<>();
        for (Pin pin : problem.pins()) {
            pinsByVolunteer.computeIfAbsent(pin.volunteerId(), k -> new ArrayList<>()).add(pin);
        }
        Set<String> pinnedStops = new HashSet<>();
        pinsByVolunteer.forEach((volunteerId, pins) -> {
            pins.sort(Comparator.comparingInt(Pin::position));
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicles.get(volunteerId));
            for (Pin pin : pins) {
                route.addService(services.get(pin.stopId()));
                pinnedStops.add(pin.stopId());
            }
            builder.addInitialVehicleRoute(route.build());
        });
        for (Stop s : stops) {
            if (!pinnedStops.contains(s.id())) {
                builder.addJob(services.get(s.id()));
            }
        }
        MatrixCosts costs = new MatrixCosts(matrix);
        builder.setRoutingCost(costs);
        VehicleRoutingProblem vrp = builder.build();

        Preferences preferences = Preferences.of(vrp, problem);
        StateManager stateManager = new StateManager(vrp);
        ConstraintManager constraintManager = new ConstraintManager(vrp, stateManager);
        constraintManager.addConstraint(new PinnedPositions(problem.pins()), ConstraintManager.Priority.HIGH);
        double continuity = settings.continuityPenaltyMinutes();
        double balance = settings.balanceWeight();
        if (continuity > 0 || balance > 0) {
            SoftRouteConstraint soft = context -> {
                double cost = 0;
                if (continuity > 0) {
                    int preferred = preferences.vehicleFor(context.getJob());
                    if (preferred >= 0 && preferred != context.getNewVehicle().getIndex()) {
                        cost += continuity;
                    }
                }
                if (balance > 0) {
                    int k = context.getRoute().getTourActivities().jobSize();
                    cost += balance * (2 * k + 1);
                }
                return cost;
            };
            constraintManager.addConstraint(soft);
        }
        SolutionCostCalculator objective = solution -> {
            double cost = solution.getUnassignedJobs().size() * settings.unassignedPenaltyMinutes();
            for (VehicleRoute route : solution.getRoutes()) {
                cost += routeTravel(route, costs);
                int jobs = 0;
                for (TourActivity act : route.getActivities()) {
                    if (act instanceof TourActivity.JobActivity ja) {
                        jobs++;
                        int preferred = preferences.vehicleFor(ja.getJob());
                        if (continuity > 0 && preferred >= 0 && preferred != route.getVehicle().getIndex()) {
                            cost += continuity;
                        }
                    }
                }
                cost += balance * jobs * jobs;
            }
            return cost;
        };

        Jsprit.Builder jsprit = Jsprit.Builder.newInstance(vrp)
            .setProperty(Jsprit.Parameter.THREADS, Integer.toString(settings.threads()))
            .setRandom(new Random(settings.seed()))
            .setStateAndConstraintManager(stateManager, constraintManager)
            .setObjectiveFunction(objective);
        settings.jspritProperties().forEach(jsprit::setProperty);
        VehicleRoutingAlgorithm algorithm = jsprit.buildAlgorithm();
        algorithm.setMaxIterations(settings.maxIterations());
        TimeTermination time = new TimeTermination(settings.timeLimit().toMillis());
        algorithm.addTerminationCriterion(time);
        algorithm.addListener(time);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        return toPlan(problem, best, matrix, costs, pinnedStops);
    }

    private Plan toPlan(
        PlanningProblem problem,
        VehicleRoutingProblemSolution solution,
        Matrix matrix,
        MatrixCosts costs,
        Set<String> pinnedStops
    ) {
        Map<String, VehicleRoute> byVolunteer = new HashMap<>();
        solution.getRoutes().forEach(r -> byVolunteer.put(r.getVehicle().getId(), r));
        Map<String, Stop> stops = problem.stopsById();
        List<Plan.Route> routes = new ArrayList<>();
        double total = 0;
        for (Volunteer v : problem.volunteers()) {
            VehicleRoute route = byVolunteer.get(v.id());
            if (route == null || route.isEmpty()) {
                routes.add(new Plan.Route(v.id(), v.availableFrom(), List.of(), v.availableFrom(), 0));
                continue;
            }
            List<Plan.Visit> visits = new ArrayList<>();
            for (TourActivity act : route.getActivities()) {
                if (act instanceof TourActivity.JobActivity ja) {
                    String id = ja.getJob().getId();
                    Stop stop = stops.get(id);
                    double start = Math.max(act.getArrTime(), stop.earliest());
                    visits.add(
                        new Plan.Visit(
                            id,
                            act.getArrTime(),
                            start,
                            start + stop.serviceMinutes(),
                            pinnedStops.contains(id)
                        )
                    );
                }
            }
            double travel = routeTravel(route, costs);
            total += travel;
            routes.add(
                new Plan.Route(v.id(), route.getStart().getEndTime(), visits, route.getEnd().getArrTime(), travel)
            );
        }
        List<Plan.Unassigned> unassigned = new ArrayList<>();
        for (Job job : solution.getUnassignedJobs()) {
            unassigned.add(classify(stops.get(job.getId()), problem, matrix));
        }
        unassigned.sort(Comparator.comparing(Plan.Unassigned::stopId));
        return new Plan(routes, unassigned, total);
    }

    private static double routeTravel(VehicleRoute route, MatrixCosts costs) {
        double sum = 0;
        TourActivity previous = route.getStart();
        for (TourActivity act : route.getActivities()) {
            sum += costs.getTransportCost(previous.getLocation(), act.getLocation(), 0, null, route.getVehicle());
            previous = act;
        }
        return (
            sum +
            costs.getTransportCost(previous.getLocation(), route.getEnd().getLocation(), 0, null, route.getVehicle())
        );
    }

    /** Why a stop was left out: checked against each volunteer as if it were their only stop. */
    static Plan.Unassigned classify(Stop stop, PlanningProblem problem, Matrix matrix) {
        if (problem.volunteers().isEmpty()) {
            return new Plan.Unassigned(
                stop.id(),
                Plan.Reason.NO_VOLUNTEER_CAPACITY,
                "no volunteers take part this time"
            );
        }
        int stopIndex = problem.stops().indexOf(stop);
        boolean anyFits = false;
        boolean anyInTime = false;
        for (int j = 0; j < problem.volunteers().size(); j++) {
            Volunteer v = problem.volunteers().get(j);
            if (v.maxStops() < 1 || v.capacity() < stop.demand()) {
                continue;
            }
            anyFits = true;
            double out = matrix.minutes(v.mode(), matrix.startIndex(j), stopIndex);
            double back = matrix.minutes(v.mode(), stopIndex, matrix.endIndex(j));
            if (out + stop.serviceMinutes() + back > v.availableUntil() - v.availableFrom() + EPSILON) {
                continue;
            }
            anyInTime = true;
            double start = Math.max(v.availableFrom() + out, stop.earliest());
            if (
                start <= stop.latest() + EPSILON && start + stop.serviceMinutes() + back <= v.availableUntil() + EPSILON
            ) {
                return new Plan.Unassigned(
                    stop.id(),
                    Plan.Reason.NO_VOLUNTEER_CAPACITY,
                    "reachable in time, but the volunteers' stops, load or time are taken by others;" +
                    " add a volunteer or widen the window"
                );
            }
        }
        if (!anyFits) {
            return new Plan.Unassigned(
                stop.id(),
                Plan.Reason.NO_VOLUNTEER_CAPACITY,
                "no volunteer can take another stop or this load"
            );
        }
        if (!anyInTime) {
            return new Plan.Unassigned(
                stop.id(),
                Plan.Reason.TOO_FAR,
                "no volunteer can get there and back within the time they are available"
            );
        }
        return new Plan.Unassigned(
            stop.id(),
            Plan.Reason.OUTSIDE_WINDOW_REACH,
            "no volunteer can arrive within the time window, even as their only stop"
        );
    }

    private static Location location(int index, LatLon point) {
        return Location.Builder.newInstance()
            .setIndex(index)
            .setId(Integer.toString(index))
            .setCoordinate(Coordinate.newInstance(point.longitude(), point.latitude()))
            .build();
    }

    /**
     * Travel minutes between all points of the problem, one matrix per travel mode in use. Stops
     * come first (index = position in the problem), then each volunteer's start and end.
     */
    static final class Matrix {

        private final int size;
        private final int stopCount;
        private final double[]@Nullable [] byMode;

        private Matrix(int size, int stopCount, double[]@Nullable [] byMode) {
            this.size = size;
            this.stopCount = stopCount;
            this.byMode = byMode;
        }

        static Matrix of(PlanningProblem problem, TravelTimes travelTimes) {
            List<LatLon> points = new ArrayList<>();
            problem.stops().forEach(s -> points.add(s.location()));
            problem
                .volunteers()
                .forEach(v -> {
                    points.add(v.start());
                    points.add(v.end());
                });
            int n = points.size();
            double[][] byMode = new double[TravelMode.values().length][];
            for (Volunteer v : problem.volunteers()) {
                int m = v.mode().ordinal();
                if (byMode[m] == null) {
                    double[] minutes = new double[n * n];
                    for (int a = 0; a < n; a++) {
                        for (int b = 0; b < n; b++) {
                            minutes[a * n + b] = a == b
                                ? 0
                                : travelTimes.minutes(points.get(a), points.get(b), v.mode());
                        }
                    }
                    byMode[m] = minutes;
                }
            }
            return new Matrix(n, problem.stops().size(), byMode);
        }

        int startIndex(int volunteer) {
            return stopCount + 2 * volunteer;
        }

        int endIndex(int volunteer) {
            return stopCount + 2 * volunteer + 1;
        }

        double minutes(TravelMode mode, int from, int to) {
            double[] m = byMode[mode.ordinal()];
            return m == null ? Double.NaN : m[from * size + to];
        }

        double[] any() {
            for (double[] m : byMode) {
                if (m != null) {
                    return m;
                }
            }
            throw new IllegalStateException("no travel mode in use");
        }
    }

    /** jsprit's view of the matrix: cost = time = distance = travel minutes of the vehicle's mode. */
    static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

        private final int size;
        private final double[]@Nullable [] byMode;
        private final double[] fallback;

        MatrixCosts(Matrix matrix) {
            this.size = matrix.size;
            this.byMode = matrix.byMode;
            this.fallback = matrix.any();
        }

        private double[] of(@Nullable Vehicle vehicle) {
            if (vehicle != null && vehicle.getUserData() instanceof TravelMode mode) {
                double[] m = byMode[mode.ordinal()];
                if (m != null) {
                    return m;
                }
            }
            // jsprit asks without a vehicle when it measures neighbourhoods; any mode ranks alike.
            return fallback;
        }

        @Override
        public double getTransportTime(
            Location from,
            Location to,
            double departureTime,
            @Nullable Driver driver,
            @Nullable Vehicle vehicle
        ) {
            return of(vehicle)[from.getIndex() * size + to.getIndex()];
        }

        @Override
        public double getTransportCost(
            Location from,
            Location to,
            double departureTime,
            @Nullable Driver driver,
            @Nullable Vehicle vehicle
        ) {
            return of(vehicle)[from.getIndex() * size + to.getIndex()];
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, @Nullable Vehicle vehicle) {
            return of(vehicle)[from.getIndex() * size + to.getIndex()];
        }
    }

    /** For each jsprit job index, the vehicle index of last time's volunteer if they take part. */
    private record Preferences(int[] vehicleByJobIndex) {
        static Preferences of(VehicleRoutingProblem vrp, PlanningProblem problem) {
            Map<String, Integer> vehicleIndex = new HashMap<>();
            vrp.getVehicles().forEach(v -> vehicleIndex.put(v.getId(), v.getIndex()));
            Map<String, Stop> stops = problem.stopsById();
            List<Job> jobs = new ArrayList<>(vrp.getJobsInclusiveInitialJobsInRoutes().values());
            int max = jobs.stream().mapToInt(Job::getIndex).max().orElse(0);
            int[] byJob = new int[max + 1];
            Arrays.fill(byJob, -1);
            for (Job job : jobs) {
                Stop stop = stops.get(job.getId());
                String preferred = stop == null ? null : stop.preferredVolunteerId();
                if (preferred != null && vehicleIndex.containsKey(preferred)) {
                    byJob[job.getIndex()] = vehicleIndex.get(preferred);
                }
            }
            return new Preferences(byJob);
        }

        int vehicleFor(Job job) {
            int index = job.getIndex();
            return index < vehicleByJobIndex.length ? vehicleByJobIndex[index] : -1;
        }
    }
}
