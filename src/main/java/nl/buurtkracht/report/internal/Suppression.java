package nl.buurtkracht.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression for a table of report figures. A cell is sensitive when it is about fewer than
 * {@link #THRESHOLD} people (or, for a count of people or ties, when the count itself is below it):
 * such a cell is never shown (primary suppression). Cells that add up ({@code total = a + b + ...},
 * including parts that are never shown, such as "not reached" = residents − reached) must not give a
 * hidden sensitive cell away by subtraction: in every such sum, if exactly one member is unknown and it
 * is sensitive or suppressed, the smallest shown member is suppressed too (secondary suppression),
 * until no sum has a single unknown left to protect.
 */
public final class Suppression {

    public static final int THRESHOLD = 10;

    private record Cell(BigDecimal value, int people, boolean countsPeople, boolean shown) {
        boolean sensitive() {
            return people < THRESHOLD || (countsPeople && value.compareTo(BigDecimal.valueOf(THRESHOLD)) < 0);
        }
    }

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<List<String>> sums = new ArrayList<>();

    /**
     * A cell to be shown unless sensitive. {@code countsPeople}: the value itself counts people or ties
     * (so a value under ten is sensitive); otherwise (hours) only {@code people} decides.
     */
    public void shown(String key, BigDecimal value, int people, boolean countsPeople) {
        put(key, new Cell(value, people, countsPeople, true));
    }

    /** A count of people (value = people) to be shown unless under the threshold. */
    public void people(String key, long count) {
        shown(key, BigDecimal.valueOf(count), (int) Math.min(Integer.MAX_VALUE, count), true);
    }

    /** A cell never shown, whose value a reader could still work out from a sum it is part of. */
    public void hidden(String key, long value, int people) {
        put(key, new Cell(BigDecimal.valueOf(value), people, true, false));
    }

    /** {@code total} is the sum of {@code parts}. */
    public void sum(String total, List<String> parts) {
        List<String> members = new ArrayList<>();
        members.add(total);
        members.addAll(parts);
        for (String m : members) {
            if (!cells.containsKey(m)) {
                throw new IllegalArgumentException("no cell " + m);
            }
        }
        sums.add(members);
    }

    /** Why a cell is not shown: it is about fewer than ten people, or it would give such a cell away. */
    public enum Reason {
        SMALL,
        COMPLEMENT,
    }

    /** The shown cells that must not be shown, with why. */
    public Map<String, Reason> suppressed() {
        Map<String, Reason> suppressed = new LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            if (cell.shown() && cell.sensitive()) {
                suppressed.put(key, Reason.SMALL);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> sum : sums) {
                List<String> unknown = sum
                    .stream()
                    .filter(k -> !cells.get(k).shown() || suppressed.containsKey(k))
                    .toList();
                if (unknown.size() != 1) {
                    continue;
                }
                String only = unknown.getFirst();
                boolean exposed = suppressed.containsKey(only) || cells.get(only).sensitive();
                if (!exposed) {
                    continue;
                }
                // Suppress the smallest shown member; a part before the total, so totals stay when they can.
                var next = sum
                    .stream()
                    .filter(k -> cells.get(k).shown() && !suppressed.containsKey(k))
                    .min(
                        Comparator.comparing((String k) -> cells.get(k).value())
                            .thenComparing(k -> k.equals(sum.getFirst()))
                            .thenComparing(sum::indexOf)
                    );
                if (next.isPresent()) {
                    suppressed.put(next.get(), Reason.COMPLEMENT);
                    changed = true;
                }
            }
        }
        return suppressed;
    }

    private void put(String key, Cell cell) {
        if (cells.putIfAbsent(key, cell) != null) {
            throw new IllegalArgumentException("cell twice: " + key);
        }
    }
}
