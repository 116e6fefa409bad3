package nl.buurtkracht.round.planning;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
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

    /** First acceptance threshold as a share of the first solution's travel (jsprit's default). */
    private static final double INITIAL_THRESHOLD_SHARE = 0.03;

    /** The acceptance threshold halves every this share of the search budget (jsprit's default). */
    private static final double THRESHOLD_ALPHA = 0.15;

    private final TravelTimes travelTimes;
    private final PlannerSettings settings;

    public RoundPlanner(TravelTimes travelTimes, PlannerSettings settings) {
        this.travelTimes = travelTimes;
        this.settings = settings;
    }

    public Plan plan(PlanningProblem problem) {
        long startNanos = System.nanoTime();
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
        Dimensions dimensions = Dimensions.of(problem);
        Set<String> lastTime = settings.continuityPenaltyMinutes() > 0 ? preferredVolunteers(problem) : Set.of();
        Map<String, VehicleTypeImpl> types = new HashMap<>();
        for (int j = 0; j < volunteers.size(); j++) {
            Volunteer v = volunteers.get(j);
            // Volunteers alike in mode, stops and load share one vehicle type, so jsprit sees them as
            // interchangeable (as it does a homogeneous fleet) and evaluates one of them per insertion
            // instead of each; someone's last-time volunteer keeps a type of their own for continuity.
            String typeId = lastTime.contains(v.id())
                ? "own:" + v.id()
                : "shared:" + v.mode() + ":" + v.maxStops() + ":" + v.capacity();
            VehicleTypeImpl type = types.computeIfAbsent(typeId, id -> dimensions.type(id, v));
            Vehicle vehicle = VehicleImpl.Builder.newInstance(v.id())
                .setType(type)
                .setStartLocation(location(matrix.startIndex(j), v.start()))
                .setEndLocation(location(matrix.endIndex(j), v.end()))
                .setReturnToDepot(true)
                .setEarliestStart(v.availableFrom())
                .setLatestArrival(v.availableUntil())
                .build();
            vehicles.put(v.id(), vehicle);
            builder.addVehicle(vehicle);
        }
        Map<String, Service> services = new HashMap<>();
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            services.put(s.id(), dimensions.service(s, location(matrix.stopIndex(i), s.location())));
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
        costs.bind(vrp.getVehicles(), volunteers);

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

        long budgetNanos = settings.timeLimit().toNanos();
        double penalty = settings.unassignedPenaltyMinutes();
        ScheduledThresholdAcceptance acceptance = new ScheduledThresholdAcceptance(
            property(Jsprit.Parameter.THRESHOLD_INI, INITIAL_THRESHOLD_SHARE),
            property(Jsprit.Parameter.THRESHOLD_ALPHA, THRESHOLD_ALPHA),
            startNanos,
            budgetNanos,
            settings.maxIterations(),
            s -> s.getCost() - s.getUnassignedJobs().size() * penalty
        );
        Jsprit.Builder jsprit = Jsprit.Builder.newInstance(vrp)
            .setProperty(Jsprit.Parameter.THREADS, Integer.toString(settings.threads()))
            // jsprit's regret insertion that re-scores only the routes an insertion changed: measured
            // 2.5x the iterations per second on the village round and a lower Solomon gap (10 s runs).
            .setProperty(Jsprit.Parameter.FAST_REGRET, "true")
            .setRandom(new Random(settings.seed()))
            .setStateAndConstraintManager(stateManager, constraintManager)
            .setObjectiveFunction(objective)
            .setCustomAcceptor(acceptance);
        settings.jspritProperties().forEach(jsprit::setProperty);
        VehicleRoutingAlgorithm algorithm = jsprit.buildAlgorithm();
        algorithm.setMaxIterations(settings.maxIterations());
        // The time limit counts from the call, construction included: it is what the caller waits.
        algorithm.addTerminationCriterion(discovered -> System.nanoTime() - startNanos >= budgetNanos);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        return toPlan(problem, best, matrix, costs, pinnedStops);
    }

    private double property(Jsprit.Parameter parameter, double otherwise) {
        String value = settings.jspritProperties().get(parameter.toString());
        return value == null ? otherwise : Double.parseDouble(value);
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
        int stopIndex = matrix.stopIndex(problem.stops().indexOf(stop));
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
     * Travel minutes between all distinct points of the problem, one flat matrix per travel mode in
     * use. Stops and volunteers at the same point share an index (a Solomon fleet has one depot).
     */
    static final class Matrix {

        private final int size;
        private final int[] stopIndex;
        private final int[] startIndex;
        private final int[] endIndex;
        private final double[]@Nullable [] byMode;

        private Matrix(int size, int[] stopIndex, int[] startIndex, int[] endIndex, double[]@Nullable [] byMode) {
            this.size = size;
            this.stopIndex = stopIndex;
            this.startIndex = startIndex;
            this.endIndex = endIndex;
            this.byMode = byMode;
        }

        static Matrix of(PlanningProblem problem, TravelTimes travelTimes) {
            Map<LatLon, Integer> indexOf = new LinkedHashMap<>();
            int[] stopIndex = problem
                .stops()
                .stream()
                .mapToInt(s -> indexOf.computeIfAbsent(s.location(), k -> indexOf.size()))
                .toArray();
            int[] startIndex = problem
                .volunteers()
                .stream()
                .mapToInt(v -> indexOf.computeIfAbsent(v.start(), k -> indexOf.size()))
                .toArray();
            int[] endIndex = problem
                .volunteers()
                .stream()
                .mapToInt(v -> indexOf.computeIfAbsent(v.end(), k -> indexOf.size()))
                .toArray();
            List<LatLon> points = new ArrayList<>(indexOf.keySet());
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
            return new Matrix(n, stopIndex, startIndex, endIndex, byMode);
        }

        int stopIndex(int stop) {
            return stopIndex[stop];
        }

        int startIndex(int volunteer) {
            return startIndex[volunteer];
        }

        int endIndex(int volunteer) {
            return endIndex[volunteer];
        }

        double minutes(TravelMode mode, int from, int to) {
            double[] m = byMode[mode.ordinal()];
            return m == null ? Double.NaN : m[from * size + to];
        }

        double[] of(TravelMode mode) {
            double[] m = byMode[mode.ordinal()];
            if (m == null) {
                throw new IllegalStateException("no volunteer travels by " + mode);
            }
            return m;
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

    /**
     * jsprit's view of the matrix: cost = time = distance = travel minutes of the vehicle's mode,
     * looked up by jsprit's vehicle index (no type or mode check per call).
     */
    static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

        private final Matrix matrix;
        private final int size;
        private final double[] fallback;
        private double[][] byVehicleIndex = new double[0][];

        MatrixCosts(Matrix matrix) {
            this.matrix = matrix;
            this.size = matrix.size;
            this.fallback = matrix.any();
        }

        /** Once jsprit has numbered the vehicles: each vehicle index gets its volunteer's matrix. */
        void bind(java.util.Collection<Vehicle> vehicles, List<Volunteer> volunteers) {
            Map<String, TravelMode> modes = new HashMap<>();
            volunteers.forEach(v -> modes.put(v.id(), v.mode()));
            int max = vehicles.stream().mapToInt(Vehicle::getIndex).max().orElse(0);
            double[][] table = new double[max + 1][];
            Arrays.fill(table, fallback);
            for (Vehicle vehicle : vehicles) {
                table[vehicle.getIndex()] = matrix.of(modes.get(vehicle.getId()));
            }
            byVehicleIndex = table;
        }

        private double minutes(Location from, Location to, @Nullable Vehicle vehicle) {
            // jsprit asks without a vehicle when it measures neighbourhoods; any mode ranks alike.
            double[] m = vehicle == null || vehicle.getIndex() >= byVehicleIndex.length
                ? fallback
                : byVehicleIndex[vehicle.getIndex()];
            return m[from.getIndex() * size + to.getIndex()];
        }

        @Override
        public double getTransportTime(
            Location from,
            Location to,
            double departureTime,
            @Nullable Driver driver,
            @Nullable Vehicle vehicle
        ) {
            return minutes(from, to, vehicle);
        }

        @Override
        public double getTransportCost(
            Location from,
            Location to,
            double departureTime,
            @Nullable Driver driver,
            @Nullable Vehicle vehicle
        ) {
            return minutes(from, to, vehicle);
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, @Nullable Vehicle vehicle) {
            return minutes(from, to, vehicle);
        }
    }

    /**
     * The capacity dimensions that can bind: a stop count only where some volunteer takes fewer stops
     * than there are, a load only where some volunteer carries less than all stops' demand. Each
     * dimension jsprit carries costs time in every insertion check.
     */
    private record Dimensions(boolean stops, boolean load) {
        static Dimensions of(PlanningProblem problem) {
            int count = problem.stops().size();
            long demand = problem.stops().stream().mapToLong(Stop::demand).sum();
            return new Dimensions(
                problem
                    .volunteers()
                    .stream()
                    .anyMatch(v -> v.maxStops() < count),
                problem
                    .volunteers()
                    .stream()
                    .anyMatch(v -> v.capacity() < demand)
            );
        }

        VehicleTypeImpl type(String id, Volunteer v) {
            VehicleTypeImpl.Builder type = VehicleTypeImpl.Builder.newInstance(id).setProfile(v.mode().name());
            if (stops) {
                type.addCapacityDimension(0, v.maxStops());
            }
            if (load) {
                type.addCapacityDimension(1, v.capacity());
            }
            return type.build();
        }

        Service service(Stop s, Location location) {
            Service.Builder service = Service.Builder.newInstance(s.id())
                .setLocation(location)
                .setServiceTime(s.serviceMinutes())
                .addTimeWindow(s.earliest(), s.latest());
            if (stops) {
                service.addSizeDimension(0, 1);
            }
            if (load) {
                service.addSizeDimension(1, s.demand());
            }
            return service.build();
        }
    }

    /** Volunteers some stop had last time: they stay distinguishable to jsprit. */
    private static Set<String> preferredVolunteers(PlanningProblem problem) {
        Set<String> preferred = new HashSet<>();
        for (Stop s : problem.stops()) {
            if (s.preferredVolunteerId() != null) {
                preferred.add(s.preferredVolunteerId());
            }
        }
        return preferred;
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
