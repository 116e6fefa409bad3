package nl.buurtkracht.fabric.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days an analytics run looks at: twelve months ending with the run's own, each measured on its
 * last day (the running month on the run's day), "recent" being the 12 weeks up to that day and
 * "isolated" meaning no contact in the chosen number of weeks up to it. A tie's day becomes two
 * bit masks, bit k for month k (0 = eleven months ago, 11 = now): one for the recent window, one for
 * the isolation window. The store computes the same masks in SQL from {@link #window(int)}.
 */
public final class FabricCalendar {

    public static final int MONTHS = 12;
    public static final int NOW = MONTHS - 1;
    public static final int RECENT_WEEKS = 12;
    /** The network that communities are found in: ties of the last year. */
    public static final int NETWORK_DAYS = 365;

    /** One month's measuring day and the last day before each of its two windows. */
    public record Window(YearMonth month, LocalDate end, LocalDate recentAfter, LocalDate isolationAfter) {}

    private final LocalDate asOf;
    private final int isolationWeeks;
    private final Window[] windows = new Window[MONTHS];
    private final long[] ends = new long[MONTHS];
    private final long[] recentAfter = new long[MONTHS];
    private final long[] isolationAfter = new long[MONTHS];

    public FabricCalendar(LocalDate asOf, int isolationWeeks) {
        if (isolationWeeks < 1 || isolationWeeks > 52) {
            throw new IllegalArgumentException("isolation weeks between 1 and 52");
        }
        this.asOf = asOf;
        this.isolationWeeks = isolationWeeks;
        for (int k = 0; k < MONTHS; k++) {
            YearMonth month = YearMonth.from(asOf).minusMonths(NOW - k);
            LocalDate end = k == NOW ? asOf : month.atEndOfMonth();
            windows[k] = new Window(month, end, end.minusWeeks(RECENT_WEEKS), end.minusWeeks(isolationWeeks));
            ends[k] = end.toEpochDay();
            recentAfter[k] = windows[k].recentAfter().toEpochDay();
            isolationAfter[k] = windows[k].isolationAfter().toEpochDay();
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int isolationWeeks() {
        return isolationWeeks;
    }

    public Window window(int k) {
        return windows[k];
    }

    /** The measuring day of month k, as an epoch day. */
    public long end(int k) {
        return ends[k];
    }

    /** The last day before the isolation window of month k, as an epoch day. */
    public long isolationAfter(int k) {
        return isolationAfter[k];
    }

    /** The last day left out of the network that communities are found in. */
    public LocalDate networkAfter() {
        return asOf.minusDays(NETWORK_DAYS);
    }

    /** The months' bits of the recent window in which a contact on this epoch day falls. */
    public int recentMask(long day) {
        return mask(day, recentAfter);
    }

    /** The months' bits of the isolation window in which a contact on this epoch day falls. */
    public int isolationMask(long day) {
        return mask(day, isolationAfter);
    }

    private int mask(long day, long[] after) {
        int mask = 0;
        for (int k = 0; k < MONTHS; k++) {
            if (day > after[k] && day <= ends[k]) {
                mask |= 1 << k;
            }
        }
        return mask;
    }
}
