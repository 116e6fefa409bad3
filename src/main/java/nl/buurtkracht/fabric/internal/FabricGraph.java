package nl.buurtkracht.fabric.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an analytics run reads, in plain arrays so that a city of a million residents and ten million
 * ties fits comfortably: the residents in the picture (node i is the i-th smallest id) with street,
 * neighbourhood, birth year and the day they joined, and one row per pair of residents who had
 * contact, folded from the ledger: its weight over the last year, its last day and the months whose
 * windows it falls in (see {@link FabricCalendar}).
 */
public final class FabricGraph {

    /** Marks an unknown street, neighbourhood or birth year. */
    public static final int NONE = -1;

    final long[] residentIds;
    final int[] street;
    final int[] neighbourhood;
    final long[] streetIds;
    final long[] neighbourhoodIds;
    final int[] birthYear;
    final int[] joinedDay;
    final int pairs;
    final int[] pairA;
    final int[] pairB;
    final float[] pairWeight;
    final int[] pairLastDay;
    final int[] pairRecent;
    final int[] pairIsolation;

    private FabricGraph(Builder b) {
        this.residentIds = Arrays.copyOf(b.residentIds, b.residents);
        this.street = Arrays.copyOf(b.street, b.residents);
        this.neighbourhood = Arrays.copyOf(b.neighbourhood, b.residents);
        this.birthYear = Arrays.copyOf(b.birthYear, b.residents);
        this.joinedDay = Arrays.copyOf(b.joinedDay, b.residents);
        this.streetIds = ids(b.streetIndex);
        this.neighbourhoodIds = ids(b.neighbourhoodIndex);
        this.pairs = b.pairs;
        this.pairA = b.pairA;
        this.pairB = b.pairB;
        this.pairWeight = b.pairWeight;
        this.pairLastDay = b.pairLastDay;
        this.pairRecent = b.pairRecent;
        this.pairIsolation = b.pairIsolation;
    }

    private static long[] ids(Map<Long, Integer> index) {
        long[] ids = new long[index.size()];
        index.forEach((id, i) -> ids[i] = id);
        return ids;
    }

    public int residents() {
        return residentIds.length;
    }

    public int pairs() {
        return pairs;
    }

    public long residentId(int node) {
        return residentIds[node];
    }

    /** The node of a resident, or {@link #NONE} when the resident is not in the picture. */
    public int node(long residentId) {
        int i = Arrays.binarySearch(residentIds, residentId);
        return i < 0 ? NONE : i;
    }

    public long[] streetIds() {
        return streetIds.clone();
    }

    public long[] neighbourhoodIds() {
        return neighbourhoodIds.clone();
    }

    /** Collects residents (in increasing id order) and then the pairs between them. */
    public static final class Builder {

        private long[] residentIds;
        private int[] street;
        private int[] neighbourhood;
        private int[] birthYear;
        private int[] joinedDay;
        private int residents;
        private final Map<Long, Integer> streetIndex = new HashMap<>();
        private final Map<Long, Integer> neighbourhoodIndex = new HashMap<>();
        private int pairs;
        private int[] pairA;
        private int[] pairB;
        private float[] pairWeight;
        private int[] pairLastDay;
        private int[] pairRecent;
        private int[] pairIsolation;
        private int skipped;

        public Builder(int expectedResidents, int expectedPairs) {
            int r = Math.max(16, expectedResidents);
            residentIds = new long[r];
            street = new int[r];
            neighbourhood = new int[r];
            birthYear = new int[r];
            joinedDay = new int[r];
            int p = Math.max(16, expectedPairs);
            pairA = new int[p];
            pairB = new int[p];
            pairWeight = new float[p];
            pairLastDay = new int[p];
            pairRecent = new int[p];
            pairIsolation = new int[p];
        }

        /**
         * Adds a resident; ids must come in increasing order. A street, neighbourhood or birth year
         * of null is unknown (someone registered without an address).
         */
        public Builder resident(
            long id,
            @Nullable Long streetId,
            @Nullable Long neighbourhoodId,
            @Nullable Integer birthYearOrNull,
            long joinedEpochDay
        ) {
            if (residents > 0 && id <= residentIds[residents - 1]) {
                throw new IllegalArgumentException("residents must come in increasing id order");
            }
            if (residents == residentIds.length) {
                int size = residents + (residents >> 1) + 16;
                residentIds = Arrays.copyOf(residentIds, size);
                street = Arrays.copyOf(street, size);
                neighbourhood = Arrays.copyOf(neighbourhood, size);
                birthYear = Arrays.copyOf(birthYear, size);
                joinedDay = Arrays.copyOf(joinedDay, size);
            }
            residentIds[residents] = id;
            street[residents] = streetId == null
                ? NONE
                : streetIndex.computeIfAbsent(streetId, k -> streetIndex.size());
            neighbourhood[residents] = neighbourhoodId == null
                ? NONE
                : neighbourhoodIndex.computeIfAbsent(neighbourhoodId, k -> neighbourhoodIndex.size());
            birthYear[residents] = birthYearOrNull == null ? NONE : birthYearOrNull;
            joinedDay[residents] = Math.toIntExact(joinedEpochDay);
            residents++;
            return this;
        }

        /**
         * Adds the folded contacts of two residents. A pair with someone not in the picture (who
         * withdrew) is left out; returns whether it was added.
         */
        public boolean pair(
            long residentA,
            long residentB,
            double yearWeight,
            long lastEpochDay,
            int recentMask,
            int isolationMask
        ) {
            int a = Arrays.binarySearch(residentIds, 0, residents, residentA);
            int b = Arrays.binarySearch(residentIds, 0, residents, residentB);
            if (a < 0 || b < 0 || a == b) {
                skipped++;
                return false;
            }
            if (pairs == pairA.length) {
                int size = pairs + (pairs >> 1) + 16;
                pairA = Arrays.copyOf(pairA, size);
                pairB = Arrays.copyOf(pairB, size);
                pairWeight = Arrays.copyOf(pairWeight, size);
                pairLastDay = Arrays.copyOf(pairLastDay, size);
                pairRecent = Arrays.copyOf(pairRecent, size);
                pairIsolation = Arrays.copyOf(pairIsolation, size);
            }
            pairA[pairs] = Math.min(a, b);
            pairB[pairs] = Math.max(a, b);
            pairWeight[pairs] = (float) yearWeight;
            pairLastDay[pairs] = Math.toIntExact(lastEpochDay);
            pairRecent[pairs] = recentMask;
            pairIsolation[pairs] = isolationMask;
            pairs++;
            return true;
        }

        /** Pairs left out because one of the two is not in the picture. */
        public int skipped() {
            return skipped;
        }

        public FabricGraph build() {
            return new FabricGraph(this);
        }
    }
}
