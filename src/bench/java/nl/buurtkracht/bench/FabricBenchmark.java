package nl.buurtkracht.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.buurtkracht.fabric.internal.FabricAnalysis;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Adjacency;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Result;
import nl.buurtkracht.fabric.internal.FabricCalendar;
import nl.buurtkracht.fabric.internal.FabricGraph;

/**
 * The fabric analytics at city scale (issue 7): a seeded synthetic contact graph with community
 * structure (planted partition: power-law community sizes 20–2,000, lognormal degree propensity, 3%
 * isolated, mixing 0.2), 1,000,000 residents and 10,000,000 ties, run through {@link FabricAnalysis},
 * the same code as the nightly job minus the database; then igraph's Leiden on the same edge list in
 * the same run (Debian {@code python3-igraph}, {@code /usr/bin/python3}), both modularities computed
 * by our one formula. Also a warm run: 1% new ties, Leiden starting from the previous communities.
 *
 * <p>Arguments (all optional): {@code nodes=1000000 edges=10000000 seed=42 igraph=true warm=true
 * out=/work/notes/fabric-bench.txt}. Run with {@code -Dbench.jvm=-Xmx8g}.
 */
public final class FabricBenchmark {

    static final double MIXING = 0.2;
    static final double ISOLATED = 0.03;
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private final List<String> lines = new ArrayList<>();

    private FabricBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(
            Map.of(
                "nodes",
                "1000000",
                "edges",
                "10000000",
                "seed",
                "42",
                "igraph",
                "true",
                "warm",
                "true",
                "out",
                "/work/notes/fabric-bench.txt"
            )
        );
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        new FabricBenchmark().run(
            Integer.parseInt(options.get("nodes")),
            Integer.parseInt(options.get("edges")),
            Long.parseLong(options.get("seed")),
            Boolean.parseBoolean(options.get("igraph")),
            Boolean.parseBoolean(options.get("warm")),
            Path.of(options.get("out"))
        );
    }

    private void run(int nodes, int edges, long seed, boolean igraph, boolean warm, Path out) throws Exception {
        say(
            "Fabric analytics benchmark: %,d residents, %,d ties, seed %d, max heap %.1f GiB, %d cores, load %s",
            nodes,
            edges,
            seed,
            Runtime.getRuntime().maxMemory() / (double) (1L << 30),
            Runtime.getRuntime().availableProcessors(),
            loadAverage()
        );
        var calendar = new FabricCalendar(AS_OF, 8);

        long t0 = System.nanoTime();
        City city = City.generate(nodes, edges, seed, calendar);
        say("generated the synthetic city in %.1f s (%d communities planted)", secs(t0), city.planted);

        // The full pipeline as the job runs it after loading: fold into the graph, analyse.
        resetPeaks();
        long t1 = System.nanoTime();
        FabricGraph graph = city.graph(calendar, 0);
        long buildMillis = millis(t1);
        Result cold = FabricAnalysis.run(graph, calendar, null, seed);
        long fullMillis = millis(t1);
        long coldHeap = peakHeap();
        say(
            "full analytics (cold): %.1f s = graph %.1f s + adjacency %.1f s + Leiden %.1f s + figures %.1f s;" +
            " peak heap %.2f GiB",
            fullMillis / 1000.0,
            buildMillis / 1000.0,
            cold.adjacencyMillis / 1000.0,
            cold.leidenMillis / 1000.0,
            cold.figuresMillis / 1000.0,
            coldHeap / (double) (1L << 30)
        );
        Adjacency adjacency = FabricAnalysis.adjacency(graph, calendar.networkAfter().toEpochDay());
        double ourModularity = FabricAnalysis.modularity(adjacency, cold.community);
        say(
            "Leiden (CWTS networkanalysis 1.3.0, 2 iterations): %.1f s, modularity %.4f, %,d communities of 2+",
            cold.leidenMillis / 1000.0,
            ourModularity,
            cold.communities
        );
        int isolated = 0;
        int connectors = 0;
        for (int u = 0; u < graph.residents(); u++) {
            isolated += cold.isolated(u) ? 1 : 0;
            connectors += cold.connector[u] ? 1 : 0;
        }
        say(
            "figures: %,d isolated (8 weeks), %,d connectors, %,d streets, %,d neighbourhoods",
            isolated,
            connectors,
            cold.streets.areas(),
            cold.neighbourhoods.areas()
        );

        Result warmResult = null;
        long warmMillis = 0;
        if (warm) {
            FabricGraph grown = city.graph(calendar, edges / 100);
            resetPeaks();
            long t2 = System.nanoTime();
            warmResult = FabricAnalysis.run(grown, calendar, cold.community, seed);
            warmMillis = millis(t2);
            say(
                "warm run (+1%% ties, Leiden from the previous communities): %.1f s, Leiden %.1f s, modularity %.4f," +
                " peak heap %.2f GiB",
                warmMillis / 1000.0,
                warmResult.leidenMillis / 1000.0,
                warmResult.modularity,
                peakHeap() / (double) (1L << 30)
            );
        }

        double igraphSeconds = Double.NaN;
        double igraphModularity = Double.NaN;
        double igraphOwnModularity = Double.NaN;
        if (igraph) {
            Path dir = Files.createTempDirectory("fabric-bench");
            Path edgeList = dir.resolve("edges.txt");
            Path membership = dir.resolve("membership.txt");
            long t3 = System.nanoTime();
            writeEdgeList(adjacency, edgeList);
            say("wrote the edge list for igraph in %.1f s (%,d MB)", secs(t3), Files.size(edgeList) >> 20);
            Path script = dir.resolve("leiden.py");
            Files.writeString(
                script,
                """
                import random, sys, time
                import igraph as ig
                random.seed(int(sys.argv[4]))
                g = ig.Graph.Read_Edgelist(sys.argv[1], directed=False)
                n = int(sys.argv[3])
                if g.vcount() < n:
                    g.add_vertices(n - g.vcount())
                start = time.perf_counter()
                clustering = g.community_leiden(objective_function="modularity", n_iterations=2)
                seconds = time.perf_counter() - start
                with open(sys.argv[2], "w") as out:
                    out.write("\\n".join(map(str, clustering.membership)))
                print(f"igraph {ig.__version__} seconds {seconds:.3f} modularity {g.modularity(clustering.membership):.6f}")
                """
            );
            var process = new ProcessBuilder(
                "/usr/bin/python3",
                script.toString(),
                edgeList.toString(),
                membership.toString(),
                String.valueOf(graph.residents()),
                String.valueOf(seed)
            )
                .redirectErrorStream(true)
                .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            String last = output
                .lines()
                .reduce((a, b) -> b)
                .orElse("");
            if (exit != 0 || !last.startsWith("igraph ")) {
                say("igraph failed (exit %d): %s", exit, output);
            } else {
                String[] parts = last.split(" ");
                igraphSeconds = Double.parseDouble(parts[3]);
                igraphModularity = Double.parseDouble(parts[5]);
                int[] theirs = Files.readAllLines(membership).stream().mapToInt(Integer::parseInt).toArray();
                igraphOwnModularity = FabricAnalysis.modularity(adjacency, Arrays.copyOf(theirs, graph.residents()));
                say(
                    "igraph %s community_leiden(modularity, 2 iterations): %.1f s, modularity %.4f (igraph's own" +
                    " formula %.4f)",
                    parts[1],
                    igraphSeconds,
                    igraphOwnModularity,
                    igraphModularity
                );
            }
            Files.deleteIfExists(edgeList);
            Files.deleteIfExists(membership);
            Files.deleteIfExists(script);
            Files.deleteIfExists(dir);
        }

        say("");
        say("| measure                                  | value      | goal                 | met |");
        say("|------------------------------------------|------------|----------------------|-----|");
        row(
            "full analytics, cold (graph..figures)",
            "%.1f s".formatted(fullMillis / 1000.0),
            "< 120 s",
            fullMillis < 120_000
        );
        row(
            "peak heap, cold run",
            "%.2f GiB".formatted(coldHeap / (double) (1L << 30)),
            "< 8 GiB",
            coldHeap < 8L << 30
        );
        if (warmResult != null) {
            row("full analytics, warm (+1% ties)", "%.1f s".formatted(warmMillis / 1000.0), "(incremental)", true);
        }
        row("Leiden, ours", "%.1f s".formatted(cold.leidenMillis / 1000.0), "", true);
        if (!Double.isNaN(igraphSeconds)) {
            double timeRatio = cold.leidenMillis / 1000.0 / igraphSeconds;
            double qualityRatio = ourModularity / igraphOwnModularity;
            row("Leiden, igraph", "%.1f s".formatted(igraphSeconds), "", true);
            row("Leiden time, ours / igraph", "%.2f".formatted(timeRatio), "<= 1.5", timeRatio <= 1.5);
            row("modularity, ours", "%.4f".formatted(ourModularity), "", true);
            row("modularity, igraph", "%.4f".formatted(igraphOwnModularity), "", true);
            row("modularity, ours / igraph", "%.4f".formatted(qualityRatio), ">= 0.99", qualityRatio >= 0.99);
        }
        say("load average at the end: %s (the 2-core machine is shared with other work)", loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println("written to " + out);
    }

    private void row(String measure, String value, String goal, boolean met) {
        say(
            "| %-40s | %-10s | %-20s | %-3s |",
            measure,
            value,
            goal,
            goal.isEmpty() || goal.startsWith("(") ? "" : met ? "yes" : "NO"
        );
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        lines.add(line);
    }

    private static void writeEdgeList(Adjacency adjacency, Path file) throws IOException {
        long[] first = adjacency.first();
        int[] nbr = adjacency.neighbours();
        byte[] buffer = new byte[24];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int u = 0; u < adjacency.nodes(); u++) {
                for (long e = first[u]; e < first[u + 1]; e++) {
                    int v = nbr[(int) e];
                    if (v > u) {
                        int len = digits(u, buffer, 0);
                        buffer[len++] = ' ';
                        len = digits(v, buffer, len);
                        buffer[len++] = '\n';
                        out.write(buffer, 0, len);
                    }
                }
            }
        }
    }

    private static int digits(int value, byte[] buffer, int at) {
        String s = Integer.toString(value);
        for (int i = 0; i < s.length(); i++) {
            buffer[at + i] = (byte) s.charAt(i);
        }
        return at + s.length();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the live peak. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String loadAverage() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /**
     * A planted-partition city: residents in consecutive communities (so streets of 125 residents
     * and neighbourhoods of ten streets overlap them partly), each tie inside the community with
     * probability 0.8, endpoints drawn by a lognormal propensity, 3% without any tie.
     */
    static final class City {

        final int nodes;
        final int planted;
        final int[] a;
        final int[] b;
        final int[] day;
        final int[] birthYear;
        final int[] joined;
        final double[] cumulative;
        final int[] communityStart;
        final int[] communityOf;

        private City(
            int nodes,
            int planted,
            int[] a,
            int[] b,
            int[] day,
            int[] birthYear,
            int[] joined,
            double[] cumulative,
            int[] communityStart,
            int[] communityOf
        ) {
            this.nodes = nodes;
            this.planted = planted;
            this.a = a;
            this.b = b;
            this.day = day;
            this.birthYear = birthYear;
            this.joined = joined;
            this.cumulative = cumulative;
            this.communityStart = communityStart;
            this.communityOf = communityOf;
        }

        static City generate(int nodes, int edges, long seed, FabricCalendar calendar) {
            var random = new SplittableRandom(seed);
            // Community sizes: power law with exponent 2 between 20 and 2,000.
            int[] communityOf = new int[nodes];
            List<Integer> starts = new ArrayList<>();
            int at = 0;
            while (at < nodes) {
                double u = random.nextDouble();
                int size = (int) Math.round(1.0 / (1.0 / 20 - u * (1.0 / 20 - 1.0 / 2000)));
                size = Math.min(size, nodes - at);
                starts.add(at);
                Arrays.fill(communityOf, at, at + size, starts.size() - 1);
                at += size;
            }
            int[] communityStart = new int[starts.size() + 1];
            for (int c = 0; c < starts.size(); c++) {
                communityStart[c] = starts.get(c);
            }
            communityStart[starts.size()] = nodes;
            double[] cumulative = new double[nodes + 1];
            for (int i = 0; i < nodes; i++) {
                double propensity = random.nextDouble() < ISOLATED ? 0 : Math.exp(random.nextGaussian() * 0.8);
                cumulative[i + 1] = cumulative[i] + propensity;
            }
            int[] birthYear = new int[nodes];
            int[] joined = new int[nodes];
            long today = calendar.asOf().toEpochDay();
            for (int i = 0; i < nodes; i++) {
                birthYear[i] = 1925 + random.nextInt(90);
                joined[i] = (int) (today - 30 - random.nextInt(3 * 365));
            }
            var pairsSeen = new LongSet(edges + edges / 50);
            int[] a = new int[edges];
            int[] b = new int[edges];
            int[] day = new int[edges];
            int made = 0;
            while (made < edges) {
                int u = draw(cumulative, 0, nodes, random);
                int c = communityOf[u];
                int v = random.nextDouble() < 1 - MIXING
                    ? draw(cumulative, communityStart[c], communityStart[c + 1], random)
                    : draw(cumulative, 0, nodes, random);
                if (u == v || v < 0) {
                    continue;
                }
                if (!pairsSeen.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
                    continue;
                }
                a[made] = Math.min(u, v);
                b[made] = Math.max(u, v);
                day[made] = (int) (today - random.nextInt(364));
                made++;
            }
            return new City(
                nodes,
                starts.size(),
                a,
                b,
                day,
                birthYear,
                joined,
                cumulative,
                communityStart,
                communityOf
            );
        }

        /** Draws a node in [from, to) by propensity; -1 when the range has none. */
        static int draw(double[] cumulative, int from, int to, SplittableRandom random) {
            double low = cumulative[from];
            double high = cumulative[to];
            if (high <= low) {
                return -1;
            }
            double target = low + random.nextDouble() * (high - low);
            int i = Arrays.binarySearch(cumulative, from, to + 1, target);
            int node = i >= 0 ? i : -i - 2;
            return Math.min(Math.max(node, from), to - 1);
        }

        /** The graph as the store would build it, with {@code extra} new ties of this week on top. */
        FabricGraph graph(FabricCalendar calendar, int extra) {
            var builder = new FabricGraph.Builder(nodes, a.length + extra);
            for (int i = 0; i < nodes; i++) {
                long street = i / 125 + 1;
                builder.resident(i + 1, street, (street - 1) / 10 + 1, birthYear[i], joined[i]);
            }
            for (int e = 0; e < a.length; e++) {
                builder.pair(
                    a[e] + 1,
                    b[e] + 1,
                    1.0,
                    day[e],
                    calendar.recentMask(day[e]),
                    calendar.isolationMask(day[e])
                );
            }
            var random = new SplittableRandom(7);
            long today = calendar.asOf().toEpochDay();
            for (int e = 0; e < extra; e++) {
                int u = draw(cumulative, 0, nodes, random);
                int c = communityOf[u];
                int v = draw(cumulative, communityStart[c], communityStart[c + 1], random);
                if (u != v && v >= 0) {
                    builder.pair(u + 1, v + 1, 1.0, today, calendar.recentMask(today), calendar.isolationMask(today));
                }
            }
            return builder.build();
        }
    }

    /** An open-addressing set of non-negative longs, enough to refuse a pair drawn twice. */
    static final class LongSet {

        private final long[] slots;
        private final int mask;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            slots = new long[capacity];
            Arrays.fill(slots, -1);
            mask = capacity - 1;
        }

        boolean add(long key) {
            int i = (int) (mix(key) & mask);
            while (slots[i] != -1) {
                if (slots[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = key;
            return true;
        }

        private static long mix(long key) {
            long h = key * 0x9E37_79B9_7F4A_7C15L;
            return h ^ (h >>> 32);
        }
    }
}
