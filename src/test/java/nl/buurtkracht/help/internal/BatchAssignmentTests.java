package nl.buurtkracht.help.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.buurtkracht.help.internal.BatchAssignment.Ask;
import nl.buurtkracht.help.internal.BatchAssignment.Offer;
import nl.buurtkracht.help.internal.BatchAssignment.PairCost;
import nl.buurtkracht.help.internal.BatchAssignment.Result;
import org.junit.jupiter.api.Test;

class BatchAssignmentTests {

    private static final int NONE = Result.UNASSIGNED;
    private static final double LAT = 52.09;
    private static final double LON = 5.12;
    private static final double METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

    /** An ask {@code east} and {@code north} metres from a fixed point in Utrecht. */
    private static Ask ask(long id, double east, double north) {
        return new Ask(
            id,
            LAT + north / METRES_PER_DEGREE,
            LON + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT)))
        );
    }

    private static Offer offer(long id, double east, double north, int capacity) {
        Ask at = ask(id, east, north);
        return new Offer(id, at.lat(), at.lon(), capacity);
    }

    @Test
    void anOfferTakesNoMoreAsksThanItsCapacity() {
        List<Ask> asks = List.of(ask(1, 0, 0), ask(2, 10, 0), ask(3, 20, 0), ask(4, 30, 0));
        List<Offer> offers = List.of(offer(10, 0, 5, 3), offer(11, 1_000, 0, 3));

        Result result = BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 100_000);

        assertThat(result.offerOfAsk()).containsExactly(0, 0, 0, 1);
        assertThat(result.assignedCount()).isEqualTo(4);
        // 5 + 11 + 21 (rounded) for the near offer, and the farthest ask walks 970 m instead of the nearest.
        assertThat(result.totalCost()).isEqualTo(5 + 11 + 21 + 970);
    }

    @Test
    void givesUpANearOfferWhenThatLetsAnotherAskBeHelpedMoreCheaply() {
        // Greedy nearest-first gives ask 0 offer 0 (cost 1) and leaves ask 1 with offer 1 (cost 100): 101.
        // Optimal: ask 0 takes offer 1 (2) and ask 1 offer 0 (2): 4.
        CandidatePairs pairs = CandidatePairs.of(
            2,
            2,
            new int[] { 0, 2, 4 },
            new int[] { 0, 1, 0, 1 },
            new long[] { 1, 2, 2, 100 }
        );

        Result result = BatchAssignment.solve(pairs, new int[] { 1, 1 }, 1_000);

        assertThat(result.offerOfAsk()).containsExactly(1, 0);
        assertThat(result.totalCost()).isEqualTo(4);
    }

    @Test
    void aLongChainOfMovesMakesRoomAtTheEnd() {
        // Offers of capacity 1 every 500 m on a line, each of the first three asks 100 m right of one. The last
        // ask, 90 m left of the first offer, reaches only that one (radius 450 m): the whole line shifts right.
        List<Ask> asks = List.of(ask(1, 100, 0), ask(2, 600, 0), ask(3, 1_100, 0), ask(4, -90, 0));
        List<Offer> offers = List.of(
            offer(10, 0, 0, 1),
            offer(11, 500, 0, 1),
            offer(12, 1_000, 0, 1),
            offer(13, 1_500, 0, 1)
        );

        Result result = BatchAssignment.assign(asks, offers, 450, PairCost.METRES, 100_000);

        // Ask 4 takes offer 0; ask 1 moves to offer 1 (400 m), ask 2 to 2, ask 3 to 3.
        assertThat(result.offerOfAsk()).containsExactly(1, 2, 3, 0);
        assertThat(result.totalCost()).isEqualTo(90 + 400 + 400 + 400);
    }

    @Test
    void anAskWithNoOfferInRangeStaysUnassignedAtThePenalty() {
        List<Ask> asks = List.of(ask(1, 0, 0), ask(2, 5_000, 0));
        List<Offer> offers = List.of(offer(10, 0, 100, 3));

        Result result = BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 10_000);

        assertThat(result.offerOfAsk()).containsExactly(0, NONE);
        assertThat(result.assignedCount()).isEqualTo(1);
        assertThat(result.totalCost()).isEqualTo(100 + 10_000);
    }

    @Test
    void anAskStaysUnassignedWhenThePenaltyIsCheaperThanItsOffers() {
        List<Ask> asks = List.of(ask(1, 0, 0));
        List<Offer> offers = List.of(offer(10, 1_500, 0, 3));

        assertThat(BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 1_000).offerOfAsk()).containsExactly(
            NONE
        );
        assertThat(BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 2_000).offerOfAsk()).containsExactly(0);
    }

    @Test
    void theAskThatCanGoElsewhereIsMovedWhenOneMustBeLeftOut() {
        // Ask 1 reaches only offer 0 (capacity 1), which ask 0 took first, being nearer. Ask 0 can also go to
        // offer 1, farther away: the optimum moves it so that nobody is left out.
        CandidatePairs pairs = CandidatePairs.of(
            2,
            2,
            new int[] { 0, 2, 3 },
            new int[] { 0, 1, 0 },
            new long[] { 10, 500, 300 }
        );

        Result result = BatchAssignment.solve(pairs, new int[] { 1, 1 }, 100_000);

        assertThat(result.offerOfAsk()).containsExactly(1, 0);
        assertThat(result.totalCost()).isEqualTo(800);
    }

    @Test
    void whenTwoAsksTieForOnePlaceOneIsHelpedAndTheCostIsTheSameEitherWay() {
        List<Ask> asks = List.of(ask(1, -200, 0), ask(2, 200, 0));
        List<Offer> offers = List.of(offer(10, 0, 0, 1));

        Result result = BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 5_000);

        assertThat(result.assignedCount()).isEqualTo(1);
        assertThat(result.totalCost()).isEqualTo(200 + 5_000);
        assertThat(Arrays.stream(result.offerOfAsk()).sorted().toArray()).containsExactly(NONE, 0);
    }

    @Test
    void theCallersCostDecides() {
        // Ask 0 is nearer to offer 0, but a relationship term makes offer 1 (someone it knows) cheaper.
        List<Ask> asks = List.of(ask(1, 0, 0));
        List<Offer> offers = List.of(offer(10, 100, 0, 3), offer(11, 800, 0, 3));
        PairCost knowsHelper11 = (a, o, metres) -> Math.round(metres) - (o == 1 ? 1_000 : 0);

        Result result = BatchAssignment.assign(asks, offers, 2_000, knowsHelper11, 10_000);

        assertThat(result.offerOfAsk()).containsExactly(1);
        assertThat(result.totalCost()).isEqualTo(800 - 1_000);
    }

    @Test
    void anOfferWithoutCapacityTakesNobody() {
        List<Ask> asks = List.of(ask(1, 0, 0));
        List<Offer> offers = List.of(offer(10, 10, 0, 0), offer(11, 1_000, 0, 1));

        assertThat(BatchAssignment.assign(asks, offers, 2_000, PairCost.METRES, 10_000).offerOfAsk()).containsExactly(
            1
        );
        assertThatThrownBy(() -> offer(12, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesAreExactlyTheOffersWithinTheRadius() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            double extent = 500 + random.nextDouble() * 20_000;
            double radius = 100 + random.nextDouble() * 3_000;
            List<Ask> asks = new ArrayList<>();
            List<Offer> offers = new ArrayList<>();
            for (int a = 0; a < 50; a++) {
                asks.add(ask(a, random.nextDouble() * extent * 1.2 - extent * 0.1, random.nextDouble() * extent));
            }
            for (int o = 0; o < 80; o++) {
                offers.add(offer(o, random.nextDouble() * extent, random.nextDouble() * extent, 1));
            }

            CandidatePairs pairs = CandidatePairs.within(asks, offers, radius, PairCost.METRES);

            double xScale =
                METRES_PER_DEGREE *
                Math.cos(Math.toRadians(offers.stream().mapToDouble(Offer::lat).average().orElseThrow()));
            for (int a = 0; a < asks.size(); a++) {
                List<Integer> expected = new ArrayList<>();
                for (int o = 0; o < offers.size(); o++) {
                    double dx = (asks.get(a).lon() - offers.get(o).lon()) * xScale;
                    double dy = (asks.get(a).lat() - offers.get(o).lat()) * METRES_PER_DEGREE;
                    if (Math.hypot(dx, dy) <= radius) {
                        expected.add(o);
                    }
                }
                List<Integer> actual = new ArrayList<>();
                for (int p = pairs.start(a); p < pairs.start(a + 1); p++) {
                    actual.add(pairs.offer(p));
                }
                assertThat(actual).as("round %d ask %d", round, a).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void matchesAnExhaustiveSearchOnSmallInstances() {
        for (int seed = 0; seed < 2_000; seed++) {
            Random random = new Random(seed);
            Instance instance = Instance.random(random, 1 + random.nextInt(7), 1 + random.nextInt(4), 3);

            Result result = BatchAssignment.solve(instance.pairs(), instance.capacity, instance.penalty);

            instance.check(result, seed);
            assertThat(result.totalCost()).as("seed %d", seed).isEqualTo(instance.exhaustiveOptimum());
        }
    }

    @Test
    void matchesASimpleMinCostFlowOnLargerInstances() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Instance instance = Instance.random(random, 20 + random.nextInt(120), 5 + random.nextInt(40), 6);

            Result result = BatchAssignment.solve(instance.pairs(), instance.capacity, instance.penalty);

            instance.check(result, seed);
            assertThat(result.totalCost()).as("seed %d", seed).isEqualTo(instance.bellmanFordOptimum());
        }
    }

    /** Random pairs, costs, capacities and penalty; scarce capacity so that asks compete and chains get long. */
    private record Instance(
        int asks,
        int offers,
        List<int[]> candidates,
        List<long[]> costs,
        int[] capacity,
        long penalty
    ) {
        static Instance random(Random random, int asks, int offers, int maxDegree) {
            List<int[]> candidates = new ArrayList<>();
            List<long[]> costs = new ArrayList<>();
            for (int a = 0; a < asks; a++) {
                int[] own = random
                    .ints(0, offers)
                    .distinct()
                    .limit(random.nextInt(Math.min(maxDegree, offers) + 1))
                    .toArray();
                candidates.add(own);
                // Small costs make ties common.
                costs.add(random.longs(own.length, -5, 30).toArray());
            }
            int[] capacity = random.ints(offers, 0, 4).toArray();
            long penalty = random.nextInt(60);
            return new Instance(asks, offers, candidates, costs, capacity, penalty);
        }

        CandidatePairs pairs() {
            int[] start = new int[asks + 1];
            for (int a = 0; a < asks; a++) {
                start[a + 1] = start[a] + candidates.get(a).length;
            }
            int[] offer = new int[start[asks]];
            long[] cost = new long[start[asks]];
            for (int a = 0; a < asks; a++) {
                System.arraycopy(candidates.get(a), 0, offer, start[a], candidates.get(a).length);
                System.arraycopy(costs.get(a), 0, cost, start[a], costs.get(a).length);
            }
            return CandidatePairs.of(asks, offers, start, offer, cost);
        }

        /** The result is a feasible assignment and its total is what it claims. */
        void check(Result result, int seed) {
            int[] load = new int[offers];
            long total = 0;
            for (int a = 0; a < asks; a++) {
                int o = result.offerOfAsk()[a];
                if (o == NONE) {
                    total += penalty;
                    continue;
                }
                int index = -1;
                for (int i = 0; i < candidates.get(a).length; i++) {
                    if (candidates.get(a)[i] == o) {
                        index = i;
                    }
                }
                assertThat(index).as("seed %d: ask %d got a pair it does not have", seed, a).isNotNegative();
                total += costs.get(a)[index];
                load[o]++;
            }
            for (int o = 0; o < offers; o++) {
                assertThat(load[o]).as("seed %d: load of offer %d", seed, o).isLessThanOrEqualTo(capacity[o]);
            }
            assertThat(result.totalCost()).as("seed %d: claimed total", seed).isEqualTo(total);
        }

        long exhaustiveOptimum() {
            return exhaustive(0, new int[offers]);
        }

        private long exhaustive(int a, int[] load) {
            if (a == asks) {
                return 0;
            }
            long best = penalty + exhaustive(a + 1, load);
            for (int i = 0; i < candidates.get(a).length; i++) {
                int o = candidates.get(a)[i];
                if (load[o] < capacity[o]) {
                    load[o]++;
                    best = Math.min(best, costs.get(a)[i] + exhaustive(a + 1, load));
                    load[o]--;
                }
            }
            return best;
        }

        /** Textbook successive shortest paths with Bellman-Ford on source → asks → offers → sink. */
        long bellmanFordOptimum() {
            int source = asks + offers;
            int sink = source + 1;
            int nodes = sink + 1;
            List<long[]> arcs = new ArrayList<>(); // {from, to, residual capacity, cost}; arc ^ 1 is its reverse
            java.util.function.BiConsumer<int[], Long> add = (ends, cost) -> {
                arcs.add(new long[] { ends[0], ends[1], ends[2], cost });
                arcs.add(new long[] { ends[1], ends[0], 0, -cost });
            };
            for (int a = 0; a < asks; a++) {
                add.accept(new int[] { source, a, 1 }, 0L);
                add.accept(new int[] { a, sink, 1 }, penalty);
                for (int i = 0; i < candidates.get(a).length; i++) {
                    add.accept(new int[] { a, asks + candidates.get(a)[i], 1 }, costs.get(a)[i]);
                }
            }
            for (int o = 0; o < offers; o++) {
                add.accept(new int[] { asks + o, sink, capacity[o] }, 0L);
            }
            long total = 0;
            for (int unit = 0; unit < asks; unit++) {
                long[] dist = new long[nodes];
                int[] via = new int[nodes];
                Arrays.fill(dist, Long.MAX_VALUE);
                dist[source] = 0;
                for (int round = 0; round < nodes; round++) {
                    boolean changed = false;
                    for (int e = 0; e < arcs.size(); e++) {
                        long[] arc = arcs.get(e);
                        int from = (int) arc[0];
                        if (arc[2] > 0 && dist[from] != Long.MAX_VALUE && dist[from] + arc[3] < dist[(int) arc[1]]) {
                            dist[(int) arc[1]] = dist[from] + arc[3];
                            via[(int) arc[1]] = e;
                            changed = true;
                        }
                    }
                    if (!changed) {
                        break;
                    }
                }
                total += dist[sink];
                for (int v = sink; v != source; v = (int) arcs.get(via[v])[0]) {
                    arcs.get(via[v])[2]--;
                    arcs.get(via[v] ^ 1)[2]++;
                }
            }
            return total;
        }
    }
}
