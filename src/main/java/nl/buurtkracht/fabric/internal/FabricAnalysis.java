package nl.buurtkracht.fabric.internal;

import java.time.Year;
import java.util.Arrays;
import java.util.Random;
import nl.buurtkracht.shared.AgeBand;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jspecify.annotations.Nullable;

/**
 * The analytics of one run, without a database: the nightly job feeds it from the ledger and the
 * benchmark from a synthetic city, so both measure the same code. Communities are found by the
 * Leiden algorithm (CWTS) optimising modularity on the ties of the last year; everything else is a
 * pass or two over the pairs and the adjacency lists.
 *
 * <ul>
 *   <li><b>connected</b>: at least two different people in contact in the 12 weeks before a month's day;
 *   <li><b>isolated</b>: nobody in contact in the chosen weeks before it, having joined before them;
 *   <li><b>bridging tie</b>: a pair from different communities, streets or age bands;
 *   <li><b>intergenerational tie</b>: a pair born {@value #GENERATION_YEARS} or more years apart;
 *   <li><b>connector</b>: a cheap stand-in for betweenness: someone whose ties reach other
 *       communities and streets, counted together, at least {@value #CONNECTOR_REACH} times and as
 *       many as the top tenth of the residents with ties do.
 * </ul>
 */
public final class FabricAnalysis {

    public static final int GENERATION_YEARS = 25;
    public static final int CONNECTOR_REACH = 3;
    /** Leiden's settings as CWTS's own command line uses them for modularity. */
    public static final int LEIDEN_ITERATIONS = 2;

    public static final double LEIDEN_RANDOMNESS = 0.01;

    /** The figures kept per area and month, in this order. */
    public enum Metric {
        RESIDENTS,
        CONNECTED,
        ISOLATED,
        CONNECTORS,
        TIES,
        BRIDGING,
        BRIDGING_COMMUNITY,
        BRIDGING_STREET,
        BRIDGING_AGE,
        INTERGENERATIONAL,
    }

    /** Counts per area (streets or neighbourhoods) and month: {@code value(metric, area, k)}. */
    public static final class AreaCounts {

        private final long[] ids;
        private final int[][] values;

        AreaCounts(long[] ids) {
            this.ids = ids;
            this.values = new int[Metric.values().length][ids.length * FabricCalendar.MONTHS];
        }

        public int areas() {
            return ids.length;
        }

        public long id(int area) {
            return ids[area];
        }

        public int value(Metric metric, int area, int month) {
            return values[metric.ordinal()][area * FabricCalendar.MONTHS + month];
        }

        void add(Metric metric, int area, int month) {
            values[metric.ordinal()][area * FabricCalendar.MONTHS + month]++;
        }
    }

    /** What a run found, per resident (by node) and per area, and how long its parts took. */
    public static final class Result {

        public final int[] community;
        public final int communities;
        public final double modularity;
        public final int[] lastDay;
        public final int[] isolatedSince;
        public final int[] recentContacts;
        public final int[] groupsReached;
        public final int[] streetsReached;
        public final boolean[] connector;
        public final AreaCounts streets;
        public final AreaCounts neighbourhoods;
        public final long networkPairs;
        public final long adjacencyMillis;
        public final long leidenMillis;
        public final long figuresMillis;

        Result(Builder b) {
            this.community = b.community;
            this.communities = b.communities;
            this.modularity = b.modularity;
            this.lastDay = b.lastDay;
            this.isolatedSince = b.isolatedSince;
            this.recentContacts = b.recentContacts;
            this.groupsReached = b.groupsReached;
            this.streetsReached = b.streetsReached;
            this.connector = b.connector;
            this.streets = b.streets;
            this.neighbourhoods = b.neighbourhoods;
            this.networkPairs = b.networkPairs;
            this.adjacencyMillis = b.adjacencyMillis;
            this.leidenMillis = b.leidenMillis;
            this.figuresMillis = b.figuresMillis;
        }

        /** Whether the resident of this node is isolated as of the run's day. */
        public boolean isolated(int node) {
            return isolatedSince[node] != NO_DAY;
        }
    }

    /** Marks "no such day" in the day arrays (epoch days). */
    public static final int NO_DAY = Integer.MIN_VALUE;

    private static final class Builder {

        int[] community = new int[0];
        int communities;
        double modularity;
        int[] lastDay = new int[0];
        int[] isolatedSince = new int[0];
        int[] recentContacts = new int[0];
        int[] groupsReached = new int[0];
        int[] streetsReached = new int[0];
        boolean[] connector = new boolean[0];
        AreaCounts streets = new AreaCounts(new long[0]);
        AreaCounts neighbourhoods = new AreaCounts(new long[0]);
        long networkPairs;
        long adjacencyMillis;
        long leidenMillis;
        long figuresMillis;
    }

    /**
     * The adjacency lists of the network (ties of the last year), both directions, each node's
     * neighbours in increasing order and a pair met twice folded into one.
     */
    public record Adjacency(long[] first, int[] neighbours, double[] weights) {
        public int nodes() {
            return first.length - 1;
        }

        public long entries() {
            return first[first.length - 1];
        }

        /** The total weight of the ties, each counted once. */
        public double totalWeight() {
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            return sum / 2;
        }
    }

    private FabricAnalysis() {}

    /**
     * Runs the analytics. {@code startingCommunities} (by node, -1 for someone new) lets Leiden start
     * from the previous run's communities, which on a network that changed a little saves most of
     * its work; null starts every resident alone.
     */
    public static Result run(
        FabricGraph graph,
        FabricCalendar calendar,
        int@Nullable [] startingCommunities,
        long seed
    ) {
        Builder out = new Builder();
        long start = System.nanoTime();
        Adjacency adjacency = adjacency(graph, calendar.networkAfter().toEpochDay());
        out.networkPairs = adjacency.entries() / 2;
        long afterAdjacency = System.nanoTime();
        out.adjacencyMillis = (afterAdjacency - start) / 1_000_000;

        out.community = communities(adjacency, startingCommunities, seed);
        out.modularity = modularity(adjacency, out.community);
        out.communities = countGroups(out.community);
        long afterLeiden = System.nanoTime();
        out.leidenMillis = (afterLeiden - afterAdjacency) / 1_000_000;

        figures(graph, calendar, adjacency, out);
        out.figuresMillis = (System.nanoTime() - afterLeiden) / 1_000_000;
        return new Result(out);
    }

    /** Builds the adjacency lists from the pairs whose last contact lies in the network's year. */
    public static Adjacency adjacency(FabricGraph g, long networkAfterEpochDay) {
        int n = g.residents();
        long[] first = new long[n + 1];
        for (int p = 0; p < g.pairs; p++) {
            if (inNetwork(g, p, networkAfterEpochDay)) {
                first[g.pairA[p] + 1]++;
                first[g.pairB[p] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            first[i + 1] += first[i];
        }
        int entries = Math.toIntExact(first[n]);
        // Neighbour in the high half, pair in the low half: sorting a node's slice sorts its neighbours.
        long[] packed = new long[entries];
        long[] next = Arrays.copyOf(first, n);
        for (int p = 0; p < g.pairs; p++) {
            if (inNetwork(g, p, networkAfterEpochDay)) {
                int a = g.pairA[p];
                int b = g.pairB[p];
                packed[(int) next[a]++] = ((long) b << 32) | p;
                packed[(int) next[b]++] = ((long) a << 32) | p;
            }
        }
        int[] neighbours = new int[entries];
        double[] weights = new double[entries];
        long[] compactFirst = new long[n + 1];
        int write = 0;
        for (int u = 0; u < n; u++) {
            int from = (int) first[u];
            int to = (int) first[u + 1];
            Arrays.sort(packed, from, to);
            compactFirst[u] = write;
            for (int e = from; e < to; e++) {
                int v = (int) (packed[e] >>> 32);
                double w = g.pairWeight[(int) (packed[e] & 0xFFFF_FFFFL)];
                if (write > compactFirst[u] && neighbours[write - 1] == v) {
                    weights[write - 1] += w;
                } else {
                    neighbours[write] = v;
                    weights[write] = w;
                    write++;
                }
            }
        }
        compactFirst[n] = write;
        return new Adjacency(
            compactFirst,
            write == entries ? neighbours : Arrays.copyOf(neighbours, write),
            write == entries ? weights : Arrays.copyOf(weights, write)
        );
    }

    private static boolean inNetwork(FabricGraph g, int p, long networkAfterEpochDay) {
        return g.pairWeight[p] > 0 && g.pairLastDay[p] > networkAfterEpochDay;
    }

    /**
     * Leiden on modularity, as CWTS's RunNetworkClustering does it: node weights are the nodes'
     * total tie weight and the resolution is 1 / (2m), which makes its CPM quality modularity.
     */
    public static int[] communities(Adjacency adjacency, int@Nullable [] starting, long seed) {
        int n = adjacency.nodes();
        if (adjacency.entries() == 0) {
            int[] alone = new int[n];
            Arrays.setAll(alone, i -> i);
            return alone;
        }
        Network network = new Network(
            n,
            true,
            adjacency.first(),
            new LargeIntArray(adjacency.neighbours()),
            new LargeDoubleArray(adjacency.weights()),
            false
        );
        double resolution = 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        var leiden = new LeidenAlgorithm(resolution, LEIDEN_ITERATIONS, LEIDEN_RANDOMNESS, new Random(seed));
        Clustering clustering = starting == null ? new Clustering(n) : new Clustering(compact(starting));
        leiden.improveClustering(network, clustering);
        return clustering.getClusters();
    }

    /** Renumbers communities 0.. in order of first appearance; a node without one (-1) starts alone. */
    static int[] compact(int[] starting) {
        int n = starting.length;
        int most = 0;
        for (int c : starting) {
            most = Math.max(most, c + 1);
        }
        int[] renumber = new int[most];
        Arrays.fill(renumber, -1);
        int[] result = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int c = starting[i];
            if (c < 0) {
                result[i] = next++;
            } else {
                if (renumber[c] < 0) {
                    renumber[c] = next++;
                }
                result[i] = renumber[c];
            }
        }
        return result;
    }

    /**
     * Newman's modularity of a partition: the sum over communities of (weight inside / m) minus
     * (total degree / 2m)^2. Used for our clustering and for any other (the benchmark's igraph run).
     */
    public static double modularity(Adjacency adjacency, int[] community) {
        int n = adjacency.nodes();
        int groups = 0;
        for (int c : community) {
            groups = Math.max(groups, c + 1);
        }
        double[] inside = new double[groups];
        double[] degree = new double[groups];
        double twiceM = 0;
        long[] first = adjacency.first();
        int[] nbr = adjacency.neighbours();
        double[] w = adjacency.weights();
        for (int u = 0; u < n; u++) {
            int cu = community[u];
            for (int e = (int) first[u]; e < first[u + 1]; e++) {
                twiceM += w[e];
                degree[cu] += w[e];
                if (community[nbr[e]] == cu) {
                    inside[cu] += w[e];
                }
            }
        }
        if (twiceM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < groups; c++) {
            // inside[c] counts each inner tie twice (once per direction): inside/2m = weight inside / m.
            q += inside[c] / twiceM - (degree[c] / twiceM) * (degree[c] / twiceM);
        }
        return q;
    }

    /** Communities of more than one person. */
    private static int countGroups(int[] community) {
        int groups = 0;
        for (int c : community) {
            groups = Math.max(groups, c + 1);
        }
        int[] size = new int[groups];
        for (int c : community) {
            size[c]++;
        }
        int count = 0;
        for (int s : size) {
            if (s > 1) {
                count++;
            }
        }
        return count;
    }

    private static void figures(FabricGraph g, FabricCalendar calendar, Adjacency adjacency, Builder out) {
        int n = g.residents();
        int[] community = out.community;
        int[] lastDay = new int[n];
        Arrays.fill(lastDay, NO_DAY);
        int[] seenOnce = new int[n];
        int[] seenTwice = new int[n];
        int[] touched = new int[n];
        int[] recentContacts = new int[n];
        AreaCounts streets = new AreaCounts(g.streetIds);
        AreaCounts neighbourhoods = new AreaCounts(g.neighbourhoodIds);
        Year year = Year.from(calendar.asOf());
        int[] band = new int[n];
        for (int u = 0; u < n; u++) {
            band[u] = g.birthYear[u] == FabricGraph.NONE
                ? FabricGraph.NONE
                : AgeBand.of(g.birthYear[u], year).ordinal();
        }
        int nowBit = 1 << FabricCalendar.NOW;

        for (int p = 0; p < g.pairs; p++) {
            int a = g.pairA[p];
            int b = g.pairB[p];
            lastDay[a] = Math.max(lastDay[a], g.pairLastDay[p]);
            lastDay[b] = Math.max(lastDay[b], g.pairLastDay[p]);
            touched[a] |= g.pairIsolation[p];
            touched[b] |= g.pairIsolation[p];
            int recent = g.pairRecent[p];
            if (recent == 0) {
                continue;
            }
            seenTwice[a] |= seenOnce[a] & recent;
            seenOnce[a] |= recent;
            seenTwice[b] |= seenOnce[b] & recent;
            seenOnce[b] |= recent;
            if ((recent & nowBit) != 0) {
                recentContacts[a]++;
                recentContacts[b]++;
            }
            boolean otherCommunity = community[a] != community[b];
            boolean otherStreet =
                g.street[a] != FabricGraph.NONE && g.street[b] != FabricGraph.NONE && g.street[a] != g.street[b];
            boolean bothBorn = band[a] != FabricGraph.NONE && band[b] != FabricGraph.NONE;
            boolean otherAge = bothBorn && band[a] != band[b];
            boolean generations = bothBorn && Math.abs(g.birthYear[a] - g.birthYear[b]) >= GENERATION_YEARS;
            for (int k = 0; k < FabricCalendar.MONTHS; k++) {
                if ((recent & (1 << k)) == 0) {
                    continue;
                }
                countTie(streets, g.street[a], g.street[b], k, otherCommunity, otherStreet, otherAge, generations);
                countTie(
                    neighbourhoods,
                    g.neighbourhood[a],
                    g.neighbourhood[b],
                    k,
                    otherCommunity,
                    otherStreet,
                    otherAge,
                    generations
                );
            }
        }

        int[] groupsReached = new int[n];
        int[] streetsReached = new int[n];
        boolean[] connector = new boolean[n];
        reach(g, adjacency, community, groupsReached, streetsReached, connector);

        int[] isolatedSince = new int[n];
        for (int u = 0; u < n; u++) {
            boolean isolatedNow =
                g.joinedDay[u] <= calendar.isolationAfter(FabricCalendar.NOW) && (touched[u] & nowBit) == 0;
            isolatedSince[u] = isolatedNow ? (lastDay[u] == NO_DAY ? g.joinedDay[u] : lastDay[u]) : NO_DAY;
            for (int k = 0; k < FabricCalendar.MONTHS; k++) {
                if (g.joinedDay[u] > calendar.end(k)) {
                    continue;
                }
                int bit = 1 << k;
                boolean connected = (seenTwice[u] & bit) != 0;
                boolean isolated = g.joinedDay[u] <= calendar.isolationAfter(k) && (touched[u] & bit) == 0;
                countPerson(streets, g.street[u], k, connected, isolated, k == FabricCalendar.NOW && connector[u]);
                countPerson(
                    neighbourhoods,
                    g.neighbourhood[u],
                    k,
                    connected,
                    isolated,
                    k == FabricCalendar.NOW && connector[u]
                );
            }
        }
        out.lastDay = lastDay;
        out.isolatedSince = isolatedSince;
        out.recentContacts = recentContacts;
        out.groupsReached = groupsReached;
        out.streetsReached = streetsReached;
        out.connector = connector;
        out.streets = streets;
        out.neighbourhoods = neighbourhoods;
    }

    /** A tie counts in the area of each of the two, once when they share it. */
    private static void countTie(
        AreaCounts areas,
        int areaA,
        int areaB,
        int k,
        boolean otherCommunity,
        boolean otherStreet,
        boolean otherAge,
        boolean generations
    ) {
        countTieIn(areas, areaA, k, otherCommunity, otherStreet, otherAge, generations);
        if (areaB != areaA) {
            countTieIn(areas, areaB, k, otherCommunity, otherStreet, otherAge, generations);
        }
    }

    private static void countTieIn(
        AreaCounts areas,
        int area,
        int k,
        boolean otherCommunity,
        boolean otherStreet,
        boolean otherAge,
        boolean generations
    ) {
        if (area == FabricGraph.NONE) {
            return;
        }
        areas.add(Metric.TIES, area, k);
        if (otherCommunity || otherStreet || otherAge) {
            areas.add(Metric.BRIDGING, area, k);
        }
        if (otherCommunity) {
            areas.add(Metric.BRIDGING_COMMUNITY, area, k);
        }
        if (otherStreet) {
            areas.add(Metric.BRIDGING_STREET, area, k);
        }
        if (otherAge) {
            areas.add(Metric.BRIDGING_AGE, area, k);
        }
        if (generations) {
            areas.add(Metric.INTERGENERATIONAL, area, k);
        }
    }

    private static void countPerson(
        AreaCounts areas,
        int area,
        int k,
        boolean connected,
        boolean isolated,
        boolean connector
    ) {
        if (area == FabricGraph.NONE) {
            return;
        }
        areas.add(Metric.RESIDENTS, area, k);
        if (connected) {
            areas.add(Metric.CONNECTED, area, k);
        }
        if (isolated) {
            areas.add(Metric.ISOLATED, area, k);
        }
        if (connector) {
            areas.add(Metric.CONNECTORS, area, k);
        }
    }

    /** Per node: how many other communities and other streets its ties of the year reach. */
    private static void reach(
        FabricGraph g,
        Adjacency adjacency,
        int[] community,
        int[] groupsReached,
        int[] streetsReached,
        boolean[] connector
    ) {
        long[] first = adjacency.first();
        int[] nbr = adjacency.neighbours();
        int[] scratch = new int[16];
        for (int u = 0; u < adjacency.nodes(); u++) {
            int from = (int) first[u];
            int degree = (int) (first[u + 1] - from);
            if (degree == 0) {
                continue;
            }
            if (scratch.length < degree) {
                scratch = new int[Math.max(degree, scratch.length * 2)];
            }
            groupsReached[u] = distinctOthers(nbr, from, degree, community, community[u], scratch);
            streetsReached[u] = g.street[u] == FabricGraph.NONE
                ? 0
                : distinctOthers(nbr, from, degree, g.street, g.street[u], scratch);
        }
        int threshold = Math.max(CONNECTOR_REACH, topTenth(adjacency, groupsReached, streetsReached));
        for (int u = 0; u < adjacency.nodes(); u++) {
            connector[u] = groupsReached[u] + streetsReached[u] >= threshold;
        }
    }

    /** The reach that the top tenth of the residents with ties have at least. */
    private static int topTenth(Adjacency adjacency, int[] groupsReached, int[] streetsReached) {
        int most = 0;
        for (int u = 0; u < adjacency.nodes(); u++) {
            most = Math.max(most, groupsReached[u] + streetsReached[u]);
        }
        int[] histogram = new int[most + 1];
        int withTies = 0;
        for (int u = 0; u < adjacency.nodes(); u++) {
            if (adjacency.first()[u + 1] > adjacency.first()[u]) {
                histogram[groupsReached[u] + streetsReached[u]]++;
                withTies++;
            }
        }
        int above = 0;
        for (int reach = most; reach >= 0; reach--) {
            above += histogram[reach];
            if (above * 10L >= withTies) {
                return reach;
            }
        }
        return 0;
    }

    private static int distinctOthers(int[] nbr, int from, int degree, int[] label, int own, int[] scratch) {
        int size = 0;
        for (int e = from; e < from + degree; e++) {
            int l = label[nbr[e]];
            if (l != own && l != FabricGraph.NONE) {
                scratch[size++] = l;
            }
        }
        if (size <= 1) {
            return size;
        }
        Arrays.sort(scratch, 0, size);
        int distinct = 1;
        for (int i = 1; i < size; i++) {
            if (scratch[i] != scratch[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }
}
