package nl.buurtkracht.bench;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.buurtkracht.help.internal.BatchAssignment;
import nl.buurtkracht.help.internal.BatchAssignment.Ask;
import nl.buurtkracht.help.internal.BatchAssignment.Offer;
import nl.buurtkracht.help.internal.BatchAssignment.PairCost;
import nl.buurtkracht.help.internal.BatchAssignment.Result;
import nl.buurtkracht.help.internal.CandidatePairs;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * Batch matching of asks to offers (issue 4): {@link BatchAssignment} end to end (candidate pairs within 2 km +
 * exact solve) against OR-Tools' MinCostFlow on the same pairs, in the same run, on a seeded synthetic region;
 * greedy nearest-first and JGraphT's capacity-scaling min-cost flow for information.
 *
 * <p>Arguments (all optional): {@code runs=3 warmup=1 seed=42 cases=10000x100000,10000x10000 jgrapht=none|scarce|all}
 * {@code neighbourhoods=1100 side=120 mix=0.75}. JGraphT is off by default: it needs minutes on the scarce case.
 *
 * <p>The default region (1,100 neighbourhoods over 120 x 120 km) gives the 1.9M pairs within 2 km of BENCHMARKS.md
 * for 10k x 100k; a 15 x 15 km city with 100k offers would give about 50M. A hard case for ours: a city with
 * fewer places than asks, e.g. {@code cases=10000x3000 side=15 neighbourhoods=60}, where the successive shortest
 * paths get long and ours is several times slower than OR-Tools (still exact).
 */
public final class MatchingBenchmark {

    static final double RADIUS = 2_000;
    static final int CAPACITY = 3;
    /** Cost of leaving an ask unassigned: far above any walk within the radius, so the most asks get help. */
    static final long PENALTY = 100_000;

    private MatchingBenchmark() {}

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(
            Map.of(
                "runs",
                "3",
                "warmup",
                "1",
                "seed",
                "42",
                "cases",
                "10000x100000,10000x10000",
                "jgrapht",
                "none",
                "neighbourhoods",
                String.valueOf(Region.NEIGHBOURHOODS),
                "side",
                String.valueOf(Region.SIDE_KM),
                "mix",
                String.valueOf(Region.MIX)
            )
        );
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + options.keySet());
            }
            options.put(kv[0], kv[1]);
        }
        int runs = Integer.parseInt(options.get("runs"));
        int warmup = Integer.parseInt(options.get("warmup"));
        long seed = Long.parseLong(options.get("seed"));
        Loader.loadNativeLibraries();
        System.out.printf(
            Locale.ROOT,
            "Matching benchmark: radius %.0f m, capacity %d per offer, unassigned penalty %d, seed %d, %d runs (median)," +
            " JDK %s, %d cores, max heap %d MB%n",
            RADIUS,
            CAPACITY,
            PENALTY,
            seed,
            runs,
            Runtime.version(),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20
        );
        for (String c : options.get("cases").split(",")) {
            String[] size = c.split("x");
            int asks = Integer.parseInt(size[0]);
            int offers = Integer.parseInt(size[1]);
            String jgrapht = options.get("jgrapht");
            boolean withJGraphT = jgrapht.equals("all") || (jgrapht.equals("scarce") && offers <= asks);
            Region region = Region.generate(
                seed,
                asks,
                offers,
                Integer.parseInt(options.get("neighbourhoods")),
                Double.parseDouble(options.get("side")),
                Double.parseDouble(options.get("mix"))
            );
            runCase(region, warmup, runs, withJGraphT);
        }
    }

    static void runCase(Region region, int warmup, int runs, boolean withJGraphT) {
        int n = region.asks().size();
        int m = region.offers().size();
        int[] capacity = new int[m];
        Arrays.fill(capacity, CAPACITY);
        System.out.printf(
            Locale.ROOT,
            "%n== %,d asks x %,d offers in %d clustered neighbourhoods over %.0f x %.0f km (mix %.2f)%n",
            n,
            m,
            region.neighbourhoods(),
            region.sideKm(),
            region.sideKm(),
            region.mix()
        );

        for (int w = 0; w < warmup; w++) {
            long t0 = System.nanoTime();
            CandidatePairs warm = CandidatePairs.within(region.asks(), region.offers(), RADIUS, PairCost.METRES);
            BatchAssignment.solve(warm, capacity, PENALTY);
            long t1 = System.nanoTime();
            long[] times = new long[2];
            orTools(warm, capacity, times);
            System.out.printf(
                Locale.ROOT,
                "warm-up %d (not counted): ours end to end %s, OR-Tools arcs + solve %s%n",
                w + 1,
                ms(t1 - t0),
                ms(times[0] + times[1])
            );
        }
        long[] candidates = new long[runs];
        long[] solve = new long[runs];
        long[] ours = new long[runs];
        long[] orBuild = new long[runs];
        long[] orSolve = new long[runs];
        long[] greedyTime = new long[runs];
        Result result = null;
        CandidatePairs pairs = null;
        long optimum = 0;
        Greedy greedy = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            pairs = CandidatePairs.within(region.asks(), region.offers(), RADIUS, PairCost.METRES);
            long t1 = System.nanoTime();
            result = BatchAssignment.solve(pairs, capacity, PENALTY);
            long t2 = System.nanoTime();
            candidates[r] = t1 - t0;
            solve[r] = t2 - t1;
            ours[r] = t2 - t0;

            long[] times = new long[2];
            optimum = orTools(pairs, capacity, times);
            orBuild[r] = times[0];
            orSolve[r] = times[1];

            CandidatePairs same = pairs;
            long t3 = System.nanoTime();
            greedy = Greedy.assign(same, capacity);
            greedyTime[r] = System.nanoTime() - t3;
        }

        int assigned = result.assignedCount();
        System.out.printf(
            Locale.ROOT,
            "candidate pairs within %.0f m: %,d (%.1f per ask)%n",
            RADIUS,
            pairs.size(),
            (double) pairs.size() / n
        );
        String row = "%-40s %16s %10s %10s   %9s  %s%n";
        System.out.printf(Locale.ROOT, row, "", "total cost", "assigned", "unassigned", "median", "runs (ms)");
        System.out.printf(
            Locale.ROOT,
            row,
            "ours: candidate pairs (grid index)",
            "",
            "",
            "",
            ms(median(candidates)),
            all(candidates)
        );
        System.out.printf(Locale.ROOT, row, "ours: exact solve", "", "", "", ms(median(solve)), all(solve));
        System.out.printf(
            Locale.ROOT,
            row,
            "ours: end to end",
            String.format(Locale.ROOT, "%,d", result.totalCost()),
            String.format(Locale.ROOT, "%,d", assigned),
            pct(n - assigned, n),
            ms(median(ours)),
            all(ours)
        );
        System.out.printf(
            Locale.ROOT,
            row,
            "OR-Tools MinCostFlow: adding arcs",
            "",
            "",
            "",
            ms(median(orBuild)),
            all(orBuild)
        );
        System.out.printf(
            Locale.ROOT,
            row,
            "OR-Tools MinCostFlow: solve",
            String.format(Locale.ROOT, "%,d", optimum),
            "",
            "",
            ms(median(orSolve)),
            all(orSolve)
        );
        System.out.printf(
            Locale.ROOT,
            row,
            "greedy nearest-first (on the pairs)",
            String.format(Locale.ROOT, "%,d", greedy.totalCost()),
            String.format(Locale.ROOT, "%,d", greedy.assigned()),
            pct(n - greedy.assigned(), n),
            ms(median(greedyTime)),
            all(greedyTime)
        );
        if (withJGraphT) {
            long[] times = new long[2];
            long cost = jgrapht(pairs, capacity, times);
            System.out.printf(
                Locale.ROOT,
                row,
                "JGraphT capacity scaling: build graph",
                "",
                "",
                "",
                ms(times[0]),
                "1 run"
            );
            System.out.printf(
                Locale.ROOT,
                row,
                "JGraphT capacity scaling: solve",
                String.format(Locale.ROOT, "%,d", cost),
                "",
                "",
                ms(times[1]),
                "1 run"
            );
        }
        System.out.printf(
            Locale.ROOT,
            "cost ratio ours / OR-Tools optimum: %.6f (%s)%n",
            (double) result.totalCost() / optimum,
            result.totalCost() == optimum ? "equal: exact optimum" : "DIFFERENT"
        );
        System.out.printf(
            Locale.ROOT,
            "time ratio ours end to end / OR-Tools solve: %.3f (goal <= 1.5); / OR-Tools arcs + solve: %.3f%n",
            (double) median(ours) / median(orSolve),
            (double) median(ours) / median(add(orBuild, orSolve))
        );
        System.out.printf(
            Locale.ROOT,
            "greedy cost / optimum: %.4f, greedy leaves %s unassigned against %s%n",
            (double) greedy.totalCost() / optimum,
            pct(n - greedy.assigned(), n),
            pct(n - assigned, n)
        );
    }

    /** Source → asks → offers → sink, plus an "unassigned" arc from each ask to the sink at the penalty. */
    static long orTools(CandidatePairs pairs, int[] capacity, long[] times) {
        int n = pairs.askCount();
        int m = pairs.offerCount();
        int source = n + m;
        int sink = source + 1;
        long t0 = System.nanoTime();
        MinCostFlow flow = new MinCostFlow(n + m + 2, pairs.size() + 2 * n + m);
        for (int a = 0; a < n; a++) {
            flow.addArcWithCapacityAndUnitCost(source, a, 1, 0);
            flow.addArcWithCapacityAndUnitCost(a, sink, 1, PENALTY);
            for (int p = pairs.start(a); p < pairs.start(a + 1); p++) {
                flow.addArcWithCapacityAndUnitCost(a, n + pairs.offer(p), 1, pairs.cost(p));
            }
        }
        for (int o = 0; o < m; o++) {
            flow.addArcWithCapacityAndUnitCost(n + o, sink, capacity[o], 0);
        }
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        long t1 = System.nanoTime();
        MinCostFlowBase.Status status = flow.solve();
        long t2 = System.nanoTime();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long cost = flow.getOptimalCost();
        flow.delete();
        times[0] = t1 - t0;
        times[1] = t2 - t1;
        return cost;
    }

    /**
     * The same network in JGraphT; edges are their index into the capacity table. The costs are edge weights as
     * well: 1.5.3's CapacityScalingMinimumCostFlow reads those and ignores the problem's cost function.
     */
    static long jgrapht(CandidatePairs pairs, int[] capacity, long[] times) {
        int n = pairs.askCount();
        int m = pairs.offerCount();
        int source = n + m;
        int sink = source + 1;
        long t0 = System.nanoTime();
        Graph<Integer, Integer> graph = new DefaultDirectedWeightedGraph<>(null, null);
        for (int v = 0; v < n + m + 2; v++) {
            graph.addVertex(v);
        }
        int arcs = pairs.size() + 2 * n + m;
        double[] cost = new double[arcs];
        int[] upper = new int[arcs];
        int e = 0;
        for (int a = 0; a < n; a++) {
            graph.addEdge(source, a, e);
            graph.setEdgeWeight(e, 0);
            upper[e++] = 1;
            graph.addEdge(a, sink, e);
            graph.setEdgeWeight(e, PENALTY);
            cost[e] = PENALTY;
            upper[e++] = 1;
            for (int p = pairs.start(a); p < pairs.start(a + 1); p++) {
                graph.addEdge(a, n + pairs.offer(p), e);
                graph.setEdgeWeight(e, pairs.cost(p));
                cost[e] = pairs.cost(p);
                upper[e++] = 1;
            }
        }
        for (int o = 0; o < m; o++) {
            graph.addEdge(n + o, sink, e);
            graph.setEdgeWeight(e, 0);
            upper[e++] = capacity[o];
        }
        var problem = new MinimumCostFlowProblemImpl<Integer, Integer>(
            graph,
            v -> v == source ? n : v == sink ? -n : 0,
            arc -> upper[arc],
            arc -> 0,
            arc -> cost[arc]
        );
        long t1 = System.nanoTime();
        double total = new CapacityScalingMinimumCostFlow<Integer, Integer>().getMinimumCostFlow(problem).getCost();
        long t2 = System.nanoTime();
        times[0] = t1 - t0;
        times[1] = t2 - t1;
        return Math.round(total);
    }

    /** Nearest first: all pairs by cost, each taken while its ask is free and its offer has room. */
    record Greedy(long totalCost, int assigned) {
        static Greedy assign(CandidatePairs pairs, int[] capacity) {
            int n = pairs.askCount();
            // Sort pair indexes by cost: pack cost (metres, < 2^31) and pair index into one long.
            long[] order = new long[pairs.size()];
            int[] askOf = new int[pairs.size()];
            for (int a = 0; a < n; a++) {
                for (int p = pairs.start(a); p < pairs.start(a + 1); p++) {
                    order[p] = (pairs.cost(p) << 32) | p;
                    askOf[p] = a;
                }
            }
            Arrays.sort(order);
            boolean[] done = new boolean[n];
            int[] load = new int[pairs.offerCount()];
            long total = (long) n * PENALTY;
            int assigned = 0;
            for (long packed : order) {
                int p = (int) packed;
                int a = askOf[p];
                int o = pairs.offer(p);
                if (!done[a] && load[o] < capacity[o] && pairs.cost(p) < PENALTY) {
                    done[a] = true;
                    load[o]++;
                    total += pairs.cost(p) - PENALTY;
                    assigned++;
                }
            }
            return new Greedy(total, assigned);
        }
    }

    /**
     * A seeded region of towns and neighbourhoods: each has a centre, a spread and a size; asks and offers are
     * drawn around them with their own weights (some neighbourhoods ask more, others offer more).
     */
    record Region(List<Ask> asks, List<Offer> offers, int neighbourhoods, double sideKm, double mix) {
        static final int NEIGHBOURHOODS = 1_100;
        static final double SIDE_KM = 120;
        /** Spread (log-normal sigma) of how much more a neighbourhood asks than it offers, and the reverse. */
        static final double MIX = 0.75;
        private static final double METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
        private static final double LAT = 52.1;
        private static final double LON = 5.1;

        static Region generate(long seed, int askCount, int offerCount, int neighbourhoods, double sideKm, double mix) {
            Random random = new Random(seed);
            double side = sideKm * 1_000;
            double[] x = new double[neighbourhoods];
            double[] y = new double[neighbourhoods];
            double[] spread = new double[neighbourhoods];
            double[] askWeight = new double[neighbourhoods];
            double[] offerWeight = new double[neighbourhoods];
            for (int c = 0; c < neighbourhoods; c++) {
                x[c] = random.nextDouble() * side;
                y[c] = random.nextDouble() * side;
                spread[c] = 300 + random.nextDouble() * 900;
                double size = Math.exp(random.nextGaussian() * 0.7);
                askWeight[c] = size * Math.exp(random.nextGaussian() * mix);
                offerWeight[c] = size * Math.exp(random.nextGaussian() * mix);
            }
            List<Ask> asks = new ArrayList<>(askCount);
            double[] p = new double[2];
            for (int i = 0; i < askCount; i++) {
                draw(random, askWeight, x, y, spread, p);
                asks.add(new Ask(i, lat(p[1]), lon(p[0])));
            }
            List<Offer> offers = new ArrayList<>(offerCount);
            for (int i = 0; i < offerCount; i++) {
                draw(random, offerWeight, x, y, spread, p);
                offers.add(new Offer(i, lat(p[1]), lon(p[0]), CAPACITY));
            }
            return new Region(asks, offers, neighbourhoods, sideKm, mix);
        }

        private static void draw(Random random, double[] weight, double[] x, double[] y, double[] spread, double[] p) {
            double total = 0;
            for (double w : weight) {
                total += w;
            }
            double pick = random.nextDouble() * total;
            int c = 0;
            while (c < weight.length - 1 && (pick -= weight[c]) > 0) {
                c++;
            }
            p[0] = x[c] + random.nextGaussian() * spread[c];
            p[1] = y[c] + random.nextGaussian() * spread[c];
        }

        private static double lat(double north) {
            return LAT + north / METRES_PER_DEGREE;
        }

        private static double lon(double east) {
            return LON + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT)));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
    }

    private static String all(long[] nanos) {
        StringBuilder s = new StringBuilder();
        for (long t : nanos) {
            s.append(s.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.0f", t / 1e6));
        }
        return s.toString();
    }

    private static String pct(int part, int whole) {
        return String.format(Locale.ROOT, "%,d (%.1f%%)", part, (100.0 * part) / whole);
    }
}
