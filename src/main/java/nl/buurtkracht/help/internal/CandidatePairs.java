package nl.buurtkracht.help.internal;

import java.util.Arrays;
import java.util.List;
import nl.buurtkracht.help.internal.BatchAssignment.Ask;
import nl.buurtkracht.help.internal.BatchAssignment.Offer;
import nl.buurtkracht.help.internal.BatchAssignment.PairCost;

/**
 * The (ask, offer) pairs within walking radius and their costs, ask by ask: the pairs of ask {@code a} are
 * {@code start[a] .. start[a + 1] - 1}, naming {@code offer[p]} at {@code cost[p]}.
 *
 * <p>Built from a grid over the offers, so each ask looks at the few cells around it instead of every offer.
 * Distances are equirectangular (flat earth around the offers' mean latitude): at city scale they differ from
 * great-circle distances by far less than a metre per kilometre.
 */
public final class CandidatePairs {

    /** Mean earth radius in metres (IUGG). */
    private static final double EARTH_RADIUS = 6_371_008.8;
    private static final double METRES_PER_DEGREE = (EARTH_RADIUS * Math.PI) / 180;
    /** Keeps the grid's memory bounded when asks and offers spread over a whole country. */
    private static final long MAX_CELLS = 4_000_000;

    private final int askCount;
    private final int offerCount;
    private final int[] start;
    private final int[] offer;
    private final long[] cost;

    private CandidatePairs(int askCount, int offerCount, int[] start, int[] offer, long[] cost) {
        this.askCount = askCount;
        this.offerCount = offerCount;
        this.start = start;
        this.offer = offer;
        this.cost = cost;
    }

    /** Pairs given directly (tests, or a caller with its own index); {@code offer} and {@code cost} may be longer than used. */
    public static CandidatePairs of(int askCount, int offerCount, int[] start, int[] offer, long[] cost) {
        if (start.length != askCount + 1 || start[askCount] > offer.length || start[askCount] > cost.length) {
            throw new IllegalArgumentException("start must have askCount + 1 entries within offer and cost");
        }
        for (int a = 0; a < askCount; a++) {
            if (start[a] > start[a + 1]) {
                throw new IllegalArgumentException("start must not decrease");
            }
        }
        for (int p = 0; p < start[askCount]; p++) {
            if (offer[p] < 0 || offer[p] >= offerCount) {
                throw new IllegalArgumentException("offer index out of range: " + offer[p]);
            }
        }
        return new CandidatePairs(askCount, offerCount, start, offer, cost);
    }

    /** Every pair whose walking distance is at most {@code radiusMetres}, with the cost the caller gives it. */
    public static CandidatePairs within(List<Ask> asks, List<Offer> offers, double radiusMetres, PairCost pairCost) {
        if (!(radiusMetres > 0)) {
            throw new IllegalArgumentException("radius must be positive");
        }
        int n = asks.size();
        int m = offers.size();
        int[] start = new int[n + 1];
        if (m == 0) {
            return new CandidatePairs(n, 0, start, new int[0], new long[0]);
        }

        // Project to metres on a plane touching the earth at the offers' mean latitude.
        double meanLat = 0;
        for (Offer o : offers) {
            meanLat += o.lat();
        }
        double xScale = METRES_PER_DEGREE * Math.cos(Math.toRadians(meanLat / m));
        double minX = Double.MAX_VALUE,
            minY = Double.MAX_VALUE,
            maxX = -Double.MAX_VALUE,
            maxY = -Double.MAX_VALUE;
        double[] ox = new double[m];
        double[] oy = new double[m];
        for (int j = 0; j < m; j++) {
            ox[j] = offers.get(j).lon() * xScale;
            oy[j] = offers.get(j).lat() * METRES_PER_DEGREE;
            minX = Math.min(minX, ox[j]);
            maxX = Math.max(maxX, ox[j]);
            minY = Math.min(minY, oy[j]);
            maxY = Math.max(maxY, oy[j]);
        }

        // Cells of half the radius: a 5 x 5 block of them covers the circle with about twice its area to test.
        double cell = radiusMetres / 2;
        int cols, rows;
        while (true) {
            cols = (int) Math.min(Integer.MAX_VALUE / 2, (long) ((maxX - minX) / cell) + 1);
            rows = (int) Math.min(Integer.MAX_VALUE / 2, (long) ((maxY - minY) / cell) + 1);
            if ((long) cols * rows <= MAX_CELLS) {
                break;
            }
            cell *= 2;
        }
        int span = (int) Math.ceil(radiusMetres / cell);

        // Counting sort of the offers by cell (row-major), so a row of cells is one contiguous run.
        int[] cellOf = new int[m];
        int[] cellStart = new int[cols * rows + 1];
        for (int j = 0; j < m; j++) {
            int cx = (int) ((ox[j] - minX) / cell);
            int cy = (int) ((oy[j] - minY) / cell);
            cellOf[j] = cy * cols + cx;
            cellStart[cellOf[j] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] sorted = new int[m];
        int[] fill = Arrays.copyOf(cellStart, cols * rows);
        for (int j = 0; j < m; j++) {
            sorted[fill[cellOf[j]]++] = j;
        }
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int s = 0; s < m; s++) {
            sx[s] = ox[sorted[s]];
            sy[s] = oy[sorted[s]];
        }

        double r2 = radiusMetres * radiusMetres;
        int[] pairOffer = new int[Math.max(16, n * 8)];
        long[] pairCostOf = new long[pairOffer.length];
        int count = 0;
        for (int a = 0; a < n; a++) {
            Ask ask = asks.get(a);
            double x = ask.lon() * xScale;
            double y = ask.lat() * METRES_PER_DEGREE;
            int cx = (int) Math.floor((x - minX) / cell);
            int cy = (int) Math.floor((y - minY) / cell);
            int fromCol = Math.max(0, cx - span);
            int toCol = Math.min(cols - 1, cx + span);
            for (int row = Math.max(0, cy - span); row <= Math.min(rows - 1, cy + span); row++) {
                if (fromCol > toCol) {
                    break;
                }
                int end = cellStart[row * cols + toCol + 1];
                for (int s = cellStart[row * cols + fromCol]; s < end; s++) {
                    double dx = sx[s] - x;
                    double dy = sy[s] - y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2) {
                        if (count == pairOffer.length) {
                            pairOffer = Arrays.copyOf(pairOffer, count * 2);
                            pairCostOf = Arrays.copyOf(pairCostOf, count * 2);
                        }
                        int j = sorted[s];
                        pairOffer[count] = j;
                        pairCostOf[count] = pairCost.cost(a, j, Math.sqrt(d2));
                        count++;
                    }
                }
            }
            start[a + 1] = count;
        }
        return new CandidatePairs(n, m, start, pairOffer, pairCostOf);
    }

    public int askCount() {
        return askCount;
    }

    public int offerCount() {
        return offerCount;
    }

    /** Number of pairs in all. */
    public int size() {
        return start[askCount];
    }

    /** First pair of {@code ask}; its pairs end at {@code start(ask + 1)}. */
    public int start(int ask) {
        return start[ask];
    }

    public int offer(int pair) {
        return offer[pair];
    }

    public long cost(int pair) {
        return cost[pair];
    }
}
