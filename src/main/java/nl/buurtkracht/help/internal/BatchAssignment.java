package nl.buurtkracht.help.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Matches many open asks to offers at once at the least total cost: each ask goes to one offer within the radius
 * or stays unassigned at a penalty, and no offer takes more asks than its capacity.
 *
 * <p>The result is exact (the optimum of the min-cost flow source → asks → offers → sink with an "unassigned" arc
 * per ask). It is found as a transportation problem in its dual form, with a price per offer:
 *
 * <ol>
 *   <li>Every ask takes its cheapest pair (or stays unassigned when even that costs more than the penalty). With
 *       all prices zero this is optimal for every ask that fits; only the asks beyond an offer's capacity remain.
 *   <li>Each remaining ask is placed by one Dijkstra search for the cheapest chain of moves ("a takes o1, the ask
 *       in o1 moves to o2, ...") that ends at an offer with room or in leaving some ask unassigned. Lengths are
 *       reduced by the prices, so they are never negative, and the search raises the prices of the full offers
 *       it passed, which keeps them so (successive shortest paths with potentials).
 * </ol>
 *
 * The prices prove optimality: each ask sits at its cheapest cost-plus-price, and only full offers have a price.
 * Where places are plentiful most asks keep their first choice, so searches are few and short, and this is many
 * times faster than a general min-cost-flow solver (see MatchingBenchmark). Where a dense city has fewer places
 * than asks, each search may cross much of the city and a cost-scaling solver wins.
 */
public final class BatchAssignment {

    /** An ask to match, with where the help is needed. */
    public record Ask(long id, double lat, double lon) {}

    /** A helper's offer, with how many asks it can take. */
    public record Offer(long id, double lat, double lon, int capacity) {
        public Offer {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
        }
    }

    /** The cost of matching an ask to an offer; the indexes are positions in the lists given to {@link #assign}. */
    @FunctionalInterface
    public interface PairCost {
        long cost(int askIndex, int offerIndex, double metres);

        /** The default: walking distance in whole metres. */
        PairCost METRES = (ask, offer, metres) -> Math.round(metres);
    }

    /**
     * The assignment: {@code offerOfAsk[a]} is the offer index of ask {@code a}, or {@link #UNASSIGNED}. The total
     * counts the penalty for each unassigned ask.
     */
    public record Result(int[] offerOfAsk, long totalCost) {
        public static final int UNASSIGNED = -1;

        public int assignedCount() {
            int count = 0;
            for (int offer : offerOfAsk) {
                if (offer != UNASSIGNED) {
                    count++;
                }
            }
            return count;
        }
    }

    private BatchAssignment() {}

    /** Finds the candidate pairs within the radius and assigns at the least total cost. */
    public static Result assign(
        List<Ask> asks,
        List<Offer> offers,
        double radiusMetres,
        PairCost pairCost,
        long unassignedPenalty
    ) {
        int[] capacity = new int[offers.size()];
        for (int j = 0; j < capacity.length; j++) {
            capacity[j] = offers.get(j).capacity();
        }
        return solve(CandidatePairs.within(asks, offers, radiusMetres, pairCost), capacity, unassignedPenalty);
    }

    /**
     * Assigns each ask to one of its candidate offers, or none at {@code unassignedPenalty}, at the least total
     * cost with at most {@code capacity[o]} asks per offer. Costs may be any longs of magnitude below 2^60 / asks.
     */
    public static Result solve(CandidatePairs pairs, int[] capacity, long unassignedPenalty) {
        if (capacity.length != pairs.offerCount()) {
            throw new IllegalArgumentException("one capacity per offer");
        }
        return new Solver(pairs, capacity, unassignedPenalty).run();
    }

    /** The state of one solve; see the class comment for the method. */
    private static final class Solver {

        private final CandidatePairs pairs;
        private final int[] capacity;
        private final long penalty;

        /** Offer of each ask, or UNASSIGNED; and the cost of that (the penalty when unassigned). */
        private final int[] offerOf;
        private final long[] costOf;
        /** Price of each offer; positive only when it is full. */
        private final long[] price;
        /** The asks each offer holds: slots {@code slotStart[o] .. slotStart[o] + load[o] - 1}. */
        private final int[] slotStart;
        private final int[] slot;
        private final int[] load;

        // Dijkstra state, valid for an offer only while its stamp equals the current search's number.
        private final long[] dist;
        private final int[] reached;
        private final int[] done;
        private final int[] predAsk;
        private final long[] predCost;
        private int search;
        private final Heap heap = new Heap();
        private int[] scanned = new int[64];

        Solver(CandidatePairs pairs, int[] capacity, long penalty) {
            this.pairs = pairs;
            this.capacity = capacity;
            this.penalty = penalty;
            int n = pairs.askCount();
            int m = pairs.offerCount();
            offerOf = new int[n];
            costOf = new long[n];
            price = new long[m];
            slotStart = new int[m + 1];
            for (int o = 0; o < m; o++) {
                slotStart[o + 1] = slotStart[o] + capacity[o];
            }
            slot = new int[slotStart[m]];
            load = new int[m];
            dist = new long[m];
            reached = new int[m];
            done = new int[m];
            predAsk = new int[m];
            predCost = new long[m];
        }

        Result run() {
            int n = pairs.askCount();
            int[] waiting = new int[n];
            int waitingCount = 0;
            for (int a = 0; a < n; a++) {
                int best = Result.UNASSIGNED;
                long bestCost = penalty;
                for (int p = pairs.start(a); p < pairs.start(a + 1); p++) {
                    long c = pairs.cost(p);
                    // Ties go to the lower offer index, and a pair costing exactly the penalty beats staying alone.
                    if (c < bestCost || (c == bestCost && (best == Result.UNASSIGNED || pairs.offer(p) < best))) {
                        best = pairs.offer(p);
                        bestCost = c;
                    }
                }
                if (best == Result.UNASSIGNED) {
                    offerOf[a] = Result.UNASSIGNED;
                    costOf[a] = penalty;
                } else if (load[best] < capacity[best]) {
                    place(a, best, bestCost);
                } else {
                    waiting[waitingCount++] = a;
                }
            }
            for (int w = 0; w < waitingCount; w++) {
                augment(waiting[w]);
            }
            long total = 0;
            for (int a = 0; a < n; a++) {
                total += costOf[a];
            }
            return new Result(offerOf, total);
        }

        private void place(int ask, int offer, long cost) {
            slot[slotStart[offer] + load[offer]++] = ask;
            offerOf[ask] = offer;
            costOf[ask] = cost;
        }

        /** Places the free ask {@code free} along the cheapest chain of moves, and updates the prices. */
        private void augment(int free) {
            search++;
            heap.clear();
            int scannedCount = 0;
            relax(free, 0, Result.UNASSIGNED);
            // The cheapest way found so far to end by leaving an ask unassigned (at first: the free ask itself).
            long unassignKey = penalty;
            int unassignAsk = free;
            int terminal = Result.UNASSIGNED;
            long end = unassignKey;
            while (!heap.isEmpty()) {
                long key = heap.topKey();
                int o = heap.pop();
                if (done[o] == search || key != dist[o]) {
                    continue; // stale heap entry
                }
                if (key > unassignKey) {
                    break;
                }
                done[o] = search;
                if (scannedCount == scanned.length) {
                    scanned = Arrays.copyOf(scanned, scannedCount * 2);
                }
                scanned[scannedCount++] = o;
                if (load[o] < capacity[o]) {
                    terminal = o;
                    end = key;
                    break;
                }
                // The offer is full: any ask in it may move on. Its current place has reduced cost zero.
                for (int s = slotStart[o]; s < slotStart[o] + load[o]; s++) {
                    int ask = slot[s];
                    long base = key - costOf[ask] - price[o];
                    relax(ask, base, o);
                    if (base + penalty < unassignKey) {
                        unassignKey = base + penalty;
                        unassignAsk = ask;
                    }
                }
            }
            if (terminal == Result.UNASSIGNED) {
                end = unassignKey;
            }
            // Full offers passed at distance d get price + (end - d): every reduced cost stays non-negative.
            for (int i = 0; i < scannedCount; i++) {
                int o = scanned[i];
                price[o] += end - dist[o];
            }
            shift(free, terminal, terminal == Result.UNASSIGNED ? unassignAsk : predAsk[terminal]);
        }

        /** Offers the pairs of {@code ask} (now at {@code from}) to the search, at distance {@code base} + cost + price. */
        private void relax(int ask, long base, int from) {
            for (int p = pairs.start(ask); p < pairs.start(ask + 1); p++) {
                int o = pairs.offer(p);
                if (o == from || done[o] == search) {
                    continue;
                }
                long d = base + pairs.cost(p) + price[o];
                if (reached[o] != search || d < dist[o]) {
                    reached[o] = search;
                    dist[o] = d;
                    predAsk[o] = ask;
                    predCost[o] = pairs.cost(p);
                    heap.push(d, o);
                }
            }
        }

        /**
         * Carries out the chain back from its end: {@code ask} moves into {@code offer} (or out of any offer when
         * that is UNASSIGNED), the ask that reached its old offer takes its slot there, and so on up to {@code free}.
         */
        private void shift(int free, int offer, int ask) {
            int leaver = Result.UNASSIGNED;
            while (true) {
                int from = ask == free ? Result.UNASSIGNED : offerOf[ask];
                if (offer == Result.UNASSIGNED) {
                    offerOf[ask] = Result.UNASSIGNED;
                    costOf[ask] = penalty;
                } else if (leaver == Result.UNASSIGNED) {
                    place(ask, offer, predCost[offer]);
                } else {
                    for (int s = slotStart[offer]; ; s++) {
                        if (slot[s] == leaver) {
                            slot[s] = ask;
                            break;
                        }
                    }
                    offerOf[ask] = offer;
                    costOf[ask] = predCost[offer];
                }
                if (ask == free) {
                    return;
                }
                leaver = ask;
                offer = from;
                ask = predAsk[from];
            }
        }
    }

    /** A binary min-heap of (key, offer) without decrease-key: improved offers are pushed again. */
    private static final class Heap {

        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            long key = keys[--size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }
}
