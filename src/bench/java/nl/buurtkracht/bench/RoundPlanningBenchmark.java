package nl.buurtkracht.bench;

import ch.qos.logback.classic.Level;
import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.FastVehicleRoutingTransportCostsMatrix;
import com.graphhopper.jsprit.core.util.Solutions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.buurtkracht.round.planning.LatLon;
import nl.buurtkracht.round.planning.Plan;
import nl.buurtkracht.round.planning.PlanCheck;
import nl.buurtkracht.round.planning.PlanarTravelTimes;
import nl.buurtkracht.round.planning.PlannerSettings;
import nl.buurtkracht.round.planning.PlanningProblem;
import nl.buurtkracht.round.planning.RoundPlanner;
import nl.buurtkracht.round.planning.SolomonInstance;
import nl.buurtkracht.round.planning.Stop;
import nl.buurtkracht.round.planning.StraightLineTravelTimes;
import nl.buurtkracht.round.planning.TravelMode;
import nl.buurtkracht.round.planning.TravelTimes;
import nl.buurtkracht.round.planning.Volunteer;
import org.slf4j.LoggerFactory;

/**
 * Round planning (issue 6): our {@link RoundPlanner} against jsprit's default {@code Jsprit.Builder}
 * (one thread) for the same time budget, on the Solomon instances in the data folder (distance only,
 * every leg truncated to 0.1, compared with {@code mindist_trunc1_bks}), median of seeds; per
 * instance and seed ours runs, then jsprit, so that load from elsewhere on the machine hits both
 * alike; a few seconds of each first warm the JIT. Then a synthetic 150-recipient / 12-volunteer
 * village round, ours against default jsprit on the same round.
 *
 * <p>Arguments (all optional): {@code budget=30} seconds per Solomon run, {@code seeds=3}, {@code
 * instances=C101,R101} (default: every instance of best-known.csv with a file), {@code
 * data=../shared/data/solomon}, {@code town=true}, {@code solomon=true}, {@code townBudget=4}, {@code
 * townReference=30}, {@code ours=regret.fast:false;threshold.ini:0.01} (jsprit properties for our
 * planner on Solomon, to try a tuning).
 */
public final class RoundPlanningBenchmark {

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(
            Level.WARN
        );
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int budget = Integer.parseInt(options.getOrDefault("budget", "30"));
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "3"));
        Path data = Path.of(options.getOrDefault("data", "../shared/data/solomon"));
        List<String> instances = options.containsKey("instances")
            ? List.of(options.get("instances").split(","))
            : allInstances(data);
        System.out.printf(
            Locale.ROOT,
            "Round planning benchmark: jsprit-core 1.9.0-beta.11, one thread, %d s per run, %d seeds, %s%n",
            budget,
            seeds,
            Runtime.version()
        );
        if (Boolean.parseBoolean(options.getOrDefault("solomon", "true"))) {
            Map<String, String> tuning = new HashMap<>();
            for (String kv : options.getOrDefault("ours", "").split(";")) {
                if (kv.contains(":")) {
                    tuning.put(kv.substring(0, kv.indexOf(':')), kv.substring(kv.indexOf(':') + 1));
                }
            }
            solomon(data, instances, budget, seeds, tuning);
        }
        if (Boolean.parseBoolean(options.getOrDefault("town", "true"))) {
            town(
                Integer.parseInt(options.getOrDefault("townBudget", "4")),
                Integer.parseInt(options.getOrDefault("townReference", "30"))
            );
        }
    }

    record Run(int vehicles, double distance, int violations, int unassigned) {}

    /** Every instance file in the data folder that best-known.csv has a row for, in the csv's order. */
    static List<String> allInstances(Path data) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("best-known.csv"))) {
            String name = line.split(",")[0];
            if (!name.equals("instance") && Files.exists(data.resolve(name + ".txt"))) {
                names.add(name);
            }
        }
        return names;
    }

    static void solomon(Path data, List<String> instances, int budget, int seeds, Map<String, String> tuning)
        throws IOException {
        Map<String, double[]> best = new HashMap<>();
        List<String> rows = Files.readAllLines(data.resolve("best-known.csv"));
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",");
            best.put(
                f[0],
                new double[] { Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[1]) }
            );
        }
        warmUp(data, instances.getFirst(), tuning);
        System.out.println();
        System.out.println(
            "Solomon, distance only, legs truncated to 0.1; gap to mindist_trunc1_bks (vehicles: mindist/hierarchical" +
            " BKS); median of seeds by distance; per instance and seed ours then jsprit, same budget"
        );
        System.out.printf(
            Locale.ROOT,
            "%-6s %15s | %5s %9s %7s %4s | %5s %9s %7s %4s | %s%n",
            "inst",
            "bks(veh/hier)",
            "veh",
            "ours",
            "gap",
            "viol",
            "veh",
            "jsprit",
            "gap",
            "viol",
            "ours/jsprit"
        );
        double sumOurs = 0;
        double sumRef = 0;
        double worstRatio = 0;
        PlanarTravelTimes truncated = new PlanarTravelTimes(true);
        for (String name : instances) {
            SolomonInstance instance = SolomonInstance.read(data.resolve(name + ".txt"));
            PlanningProblem problem = instance.toProblem();
            List<Run> ours = new ArrayList<>();
            List<Run> ref = new ArrayList<>();
            for (int seed = 1; seed <= seeds; seed++) {
                Plan plan = new RoundPlanner(
                    truncated,
                    PlannerSettings.distanceOnly(Duration.ofSeconds(budget), seed).withJspritProperties(tuning)
                ).plan(problem);
                PlanCheck.Report report = PlanCheck.check(problem, plan, truncated);
                ours.add(
                    new Run(
                        report.vehiclesUsed(),
                        report.totalTravelMinutes(),
                        report.violations().size(),
                        report.unassigned()
                    )
                );
                ref.add(jspritDefault(instance, problem, truncated, budget, seed));
            }
            Run o = median(ours);
            Run r = median(ref);
            double[] bks = best.get(name);
            double gapO = (o.distance() / bks[1] - 1) * 100;
            double gapR = (r.distance() / bks[1] - 1) * 100;
            sumOurs += gapO;
            sumRef += gapR;
            worstRatio = Math.max(worstRatio, o.distance() / r.distance());
            System.out.printf(
                Locale.ROOT,
                "%-6s %8.1f(%2d/%2d) | %5d %9.1f %+6.2f%% %4d | %5d %9.1f %+6.2f%% %4d | %.4f%s%n",
                name,
                bks[1],
                (int) bks[0],
                (int) bks[2],
                o.vehicles(),
                o.distance(),
                gapO,
                o.violations() + o.unassigned(),
                r.vehicles(),
                r.distance(),
                gapR,
                r.violations() + r.unassigned(),
                o.distance() / r.distance(),
                seeds > 1
                    ? "   all ours: " +
                    ours
                        .stream()
                        .map(x -> String.format(Locale.ROOT, "%.1f", x.distance()))
                        .toList() +
                    " jsprit: " +
                    ref
                        .stream()
                        .map(x -> String.format(Locale.ROOT, "%.1f", x.distance()))
                        .toList()
                    : ""
            );
        }
        System.out.printf(
            Locale.ROOT,
            "mean gap: ours %+.2f%%, jsprit default %+.2f%%; worst ours/jsprit %.4f (goal: mean <= jsprit's, worst <= 1.05)%n",
            sumOurs / instances.size(),
            sumRef / instances.size(),
            worstRatio
        );
    }

    /** A few seconds of each solver first, thrown away, so that neither is measured while the JIT warms up. */
    static void warmUp(Path data, String name, Map<String, String> tuning) throws IOException {
        SolomonInstance instance = SolomonInstance.read(data.resolve(name + ".txt"));
        PlanningProblem problem = instance.toProblem();
        PlanarTravelTimes truncated = new PlanarTravelTimes(true);
        new RoundPlanner(
            truncated,
            PlannerSettings.distanceOnly(Duration.ofSeconds(3), 0).withJspritProperties(tuning)
        ).plan(problem);
        jspritDefault(instance, problem, truncated, 3, 0);
    }

    static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::distance));
        return sorted.get(sorted.size() / 2);
    }

    /** jsprit as it comes: default Jsprit.Builder, one thread, same matrix, same fleet. */
    static Run jspritDefault(
        SolomonInstance instance,
        PlanningProblem problem,
        PlanarTravelTimes travel,
        int budget,
        long seed
    ) {
        List<LatLon> points = new ArrayList<>();
        points.add(new LatLon(instance.depot().y(), instance.depot().x()));
        problem.stops().forEach(s -> points.add(s.location()));
        int n = points.size();
        FastVehicleRoutingTransportCostsMatrix.Builder matrix =
            FastVehicleRoutingTransportCostsMatrix.Builder.newInstance(n, false);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double d = a == b ? 0 : travel.minutes(points.get(a), points.get(b), TravelMode.CAR);
                matrix.addTransportTimeAndDistance(a, b, d, d);
            }
        }
        VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
            .setRoutingCost(matrix.build());
        VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("truck")
            .addCapacityDimension(0, instance.capacity())
            .build();
        for (Volunteer v : problem.volunteers()) {
            vrp.addVehicle(
                VehicleImpl.Builder.newInstance(v.id())
                    .setType(type)
                    .setStartLocation(Location.newInstance(0))
                    .setEarliestStart(v.availableFrom())
                    .setLatestArrival(v.availableUntil())
                    .build()
            );
        }
        for (int i = 0; i < problem.stops().size(); i++) {
            Stop s = problem.stops().get(i);
            vrp.addJob(
                Service.Builder.newInstance(s.id())
                    .setLocation(Location.newInstance(i + 1))
                    .setServiceTime(s.serviceMinutes())
                    .addTimeWindow(s.earliest(), s.latest())
                    .addSizeDimension(0, s.demand())
                    .build()
            );
        }
        return solveAndCheck(vrp.build(), problem, travel, budget, seed);
    }

    /** A seeded village round: 150 recipients in clusters over ~3 x 3 km, 12 volunteers walking or cycling. */
    static PlanningProblem village(long seed) {
        Random random = new Random(seed);
        LatLon centre = new LatLon(52.10, 5.10);
        double metresPerDegLat = 111_195.0;
        double metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(centre.latitude()));
        double[][] clusters = new double[6][2];
        for (double[] c : clusters) {
            c[0] = (random.nextDouble() - 0.5) * 2400;
            c[1] = (random.nextDouble() - 0.5) * 2400;
        }
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            double[] c = clusters[random.nextInt(clusters.length)];
            double east = Math.clamp(c[0] + random.nextGaussian() * 300, -1500, 1500);
            double north = Math.clamp(c[1] + random.nextGaussian() * 300, -1500, 1500);
            LatLon at = new LatLon(
                centre.latitude() + north / metresPerDegLat,
                centre.longitude() + east / metresPerDegLon
            );
            double kind = random.nextDouble();
            int earliest;
            int latest;
            if (kind < 0.7) {
                earliest = 0;
                latest = 210; // 13:00-16:30
            } else if (kind < 0.9) {
                earliest = 60; // "liever niet voor 14:00"
                latest = 210;
            } else {
                earliest = 30 * random.nextInt(5);
                latest = earliest + 60;
            }
            String preferred = random.nextDouble() < 0.6 ? "v" + random.nextInt(12) : null;
            stops.add(Stop.of("r" + i, at, earliest, latest, 10, preferred));
        }
        List<Volunteer> volunteers = new ArrayList<>();
        for (int j = 0; j < 12; j++) {
            double east = (random.nextDouble() - 0.5) * 3000;
            double north = (random.nextDouble() - 0.5) * 3000;
            LatLon home = new LatLon(
                centre.latitude() + north / metresPerDegLat,
                centre.longitude() + east / metresPerDegLon
            );
            volunteers.add(
                Volunteer.fromHome("v" + j, home, j % 2 == 0 ? TravelMode.WALKING : TravelMode.CYCLING, 15, 0, 240)
            );
        }
        return new PlanningProblem(stops, volunteers);
    }

    static void town(int budget, int referenceBudget) {
        PlanningProblem problem = village(2024);
        StraightLineTravelTimes travel = new StraightLineTravelTimes();
        System.out.println();
        System.out.printf(
            Locale.ROOT,
            "Village round: %d recipients, %d volunteers (walking/cycling, max 15 stops), 13:00-17:00%n",
            problem.stops().size(),
            problem.volunteers().size()
        );
        System.out.printf(
            Locale.ROOT,
            "%-44s %8s %5s %6s %9s %9s %6s%n",
            "run",
            "seconds",
            "viol",
            "unass",
            "travel",
            "kept",
            "maxStp"
        );
        PlannerSettings rounds = PlannerSettings.forRounds().withTimeLimit(Duration.ofSeconds(budget));
        String threads = rounds.threads() + (rounds.threads() == 1 ? " thread" : " threads");
        Plan ours = timed(
            "ours: all goals, " + budget + " s, " + threads,
            new RoundPlanner(travel, rounds),
            problem,
            travel
        );
        Plan oursTravel = timed(
            "ours: travel only, " + budget + " s, " + threads,
            new RoundPlanner(travel, rounds.withWeights(0, 0)),
            problem,
            travel
        );
        long start = System.nanoTime();
        Run reference = jspritDefaultRound(problem, travel, referenceBudget, 42);
        System.out.printf(
            Locale.ROOT,
            "%-44s %8.2f %5d %6d %9.1f%n",
            "default jsprit, travel only, " + referenceBudget + " s, 1 thread",
            (System.nanoTime() - start) / 1e9,
            reference.violations(),
            reference.unassigned(),
            reference.distance()
        );
        System.out.printf(
            Locale.ROOT,
            "travel ratio to the %d s default jsprit run: ours (all goals) %.4f, ours (travel only) %.4f (goal <= 1.03)%n",
            referenceBudget,
            ours.totalTravelMinutes() / reference.distance(),
            oursTravel.totalTravelMinutes() / reference.distance()
        );
    }

    /**
     * Default jsprit on a round: a vehicle per volunteer (start, end, hours, at most their stops), one
     * vehicle type per travel mode, travel minutes by the vehicle's mode; travel is the only cost.
     */
    static Run jspritDefaultRound(PlanningProblem problem, TravelTimes travel, int budget, long seed) {
        List<LatLon> points = new ArrayList<>();
        Map<LatLon, Integer> index = new HashMap<>();
        for (Stop s : problem.stops()) {
            index.computeIfAbsent(s.location(), k -> {
                points.add(k);
                return points.size() - 1;
            });
        }
        for (Volunteer v : problem.volunteers()) {
            for (LatLon p : List.of(v.start(), v.end())) {
                index.computeIfAbsent(p, k -> {
                    points.add(k);
                    return points.size() - 1;
                });
            }
        }
        int n = points.size();
        Map<String, double[]> byMode = new HashMap<>();
        for (Volunteer v : problem.volunteers()) {
            byMode.computeIfAbsent(v.mode().name(), mode -> {
                double[] minutes = new double[n * n];
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        minutes[a * n + b] = a == b ? 0 : travel.minutes(points.get(a), points.get(b), v.mode());
                    }
                }
                return minutes;
            });
        }
        double[] any = byMode.values().iterator().next();
        AbstractForwardVehicleRoutingTransportCosts costs = new AbstractForwardVehicleRoutingTransportCosts() {
            private double minutes(Location from, Location to, Vehicle vehicle) {
                double[] m = vehicle == null ? any : byMode.get(vehicle.getType().getProfile());
                return m[from.getIndex() * n + to.getIndex()];
            }

            @Override
            public double getTransportTime(Location from, Location to, double time, Driver driver, Vehicle vehicle) {
                return minutes(from, to, vehicle);
            }

            @Override
            public double getTransportCost(Location from, Location to, double time, Driver driver, Vehicle vehicle) {
                return minutes(from, to, vehicle);
            }

            @Override
            public double getDistance(Location from, Location to, double time, Vehicle vehicle) {
                return minutes(from, to, vehicle);
            }
        };
        VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
            .setRoutingCost(costs);
        Map<String, VehicleTypeImpl> types = new HashMap<>();
        for (Volunteer v : problem.volunteers()) {
            VehicleTypeImpl type = types.computeIfAbsent(v.mode() + ":" + v.maxStops(), id ->
                VehicleTypeImpl.Builder.newInstance(id)
                    .setProfile(v.mode().name())
                    .addCapacityDimension(0, v.maxStops())
                    .build()
            );
            vrp.addVehicle(
                VehicleImpl.Builder.newInstance(v.id())
                    .setType(type)
                    .setStartLocation(Location.newInstance(index.get(v.start())))
                    .setEndLocation(Location.newInstance(index.get(v.end())))
                    .setEarliestStart(v.availableFrom())
                    .setLatestArrival(v.availableUntil())
                    .build()
            );
        }
        for (Stop s : problem.stops()) {
            vrp.addJob(
                Service.Builder.newInstance(s.id())
                    .setLocation(Location.newInstance(index.get(s.location())))
                    .setServiceTime(s.serviceMinutes())
                    .addTimeWindow(s.earliest(), s.latest())
                    .addSizeDimension(0, 1)
                    .build()
            );
        }
        return solveAndCheck(vrp.build(), problem, travel, budget, seed);
    }

    /** Default Jsprit.Builder, one thread, for {@code budget} seconds; the best solution checked by PlanCheck. */
    static Run solveAndCheck(
        VehicleRoutingProblem vrp,
        PlanningProblem problem,
        TravelTimes travel,
        int budget,
        long seed
    ) {
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
            .setProperty(Jsprit.Parameter.THREADS, "1")
            .setRandom(new Random(seed))
            .buildAlgorithm();
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination time = new TimeTermination(budget * 1000L);
        algorithm.addTerminationCriterion(time);
        algorithm.addListener(time);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (VehicleRoute route : best.getRoutes()) {
            List<String> ids = new ArrayList<>();
            for (TourActivity act : route.getActivities()) {
                if (act instanceof TourActivity.JobActivity ja) {
                    ids.add(ja.getJob().getId());
                }
            }
            order.put(route.getVehicle().getId(), ids);
        }
        List<String> unassigned = best.getUnassignedJobs().stream().map(Job::getId).toList();
        PlanCheck.Report report = PlanCheck.check(problem, order, unassigned, travel);
        return new Run(
            report.vehiclesUsed(),
            report.totalTravelMinutes(),
            report.violations().size(),
            report.unassigned()
        );
    }

    static Plan timed(String label, RoundPlanner planner, PlanningProblem problem, StraightLineTravelTimes travel) {
        long start = System.nanoTime();
        Plan plan = planner.plan(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        PlanCheck.Report report = PlanCheck.check(problem, plan, travel);
        Map<String, Stop> stops = new HashMap<>();
        problem.stops().forEach(s -> stops.put(s.id(), s));
        long withPreferred = problem
            .stops()
            .stream()
            .filter(s -> s.preferredVolunteerId() != null)
            .count();
        long kept = plan
            .routes()
            .stream()
            .mapToLong(r ->
                r
                    .visits()
                    .stream()
                    .filter(v -> r.volunteerId().equals(stops.get(v.stopId()).preferredVolunteerId()))
                    .count()
            )
            .sum();
        int maxStops = plan
            .routes()
            .stream()
            .mapToInt(r -> r.visits().size())
            .max()
            .orElse(0);
        int minStops = plan
            .routes()
            .stream()
            .mapToInt(r -> r.visits().size())
            .min()
            .orElse(0);
        System.out.printf(
            Locale.ROOT,
            "%-44s %8.2f %5d %6d %9.1f %5d/%-3d %3d-%d%n",
            label,
            seconds,
            report.violations().size(),
            plan.unassigned().size(),
            report.totalTravelMinutes(),
            kept,
            withPreferred,
            minStops,
            maxStops
        );
        if (!report.ok()) {
            report
                .violations()
                .stream()
                .limit(5)
                .forEach(v -> System.out.println("  violation: " + v));
        }
        return plan;
    }

    private RoundPlanningBenchmark() {}
}
