package nl.buurtkracht.fabric.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Metric;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Result;
import org.junit.jupiter.api.Test;

/**
 * The analytics on graphs small enough to check by hand: two groups of four joined by one tie,
 * across two streets and two generations, and someone nobody has been in touch with.
 */
class FabricAnalysisTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    static final FabricCalendar CALENDAR = new FabricCalendar(AS_OF, 8);

    /**
     * Residents 1–4 on street 10 (born 1950), 5–8 on street 20 (born 1990), all in neighbourhood 1;
     * each four know each other (ties of last week), 4 and 5 met once, two months ago; 9 lives on
     * street 10, joined two years ago and was last in contact fourteen months ago.
     */
    static FabricGraph twoGroups() {
        var b = new FabricGraph.Builder(9, 20);
        long joined = AS_OF.minusYears(2).toEpochDay();
        for (long id = 1; id <= 9; id++) {
            boolean first = id <= 4 || id == 9;
            b.resident(id, first ? 10L : 20L, 1L, first ? 1950 : 1990, joined);
        }
        long lastWeek = AS_OF.minusWeeks(1).toEpochDay();
        for (long from : new long[] { 1, 5 }) {
            for (long x = from; x < from + 4; x++) {
                for (long y = x + 1; y < from + 4; y++) {
                    tie(b, x, y, lastWeek);
                }
            }
        }
        tie(b, 4, 5, AS_OF.minusMonths(2).toEpochDay());
        long longAgo = AS_OF.minusMonths(14).toEpochDay();
        b.pair(9, 1, 0, longAgo, CALENDAR.recentMask(longAgo), CALENDAR.isolationMask(longAgo));
        return b.build();
    }

    static void tie(FabricGraph.Builder b, long x, long y, long day) {
        assertThat(b.pair(x, y, 1.0, day, CALENDAR.recentMask(day), CALENDAR.isolationMask(day))).isTrue();
    }

    @Test
    void theTwoGroupsAreFoundAndTheirModularityIsNewmans() {
        FabricGraph g = twoGroups();
        Result r = FabricAnalysis.run(g, CALENDAR, null, 1);

        int[] c = r.community;
        assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]).isEqualTo(c[3]);
        assertThat(c[4]).isEqualTo(c[5]).isEqualTo(c[6]).isEqualTo(c[7]);
        assertThat(c[0]).isNotEqualTo(c[4]);
        assertThat(r.communities).isEqualTo(2);
        // 13 ties; each group has 6 inside and total degree 13: 2 x (6/13 - (13/26)^2) = 0.4231.
        assertThat(r.modularity).isCloseTo(2 * (6.0 / 13 - 0.25), within(1e-9));
        assertThat(r.networkPairs).isEqualTo(13);
    }

    @Test
    void aWarmStartFromThePreviousCommunitiesFindsTheSame() {
        FabricGraph g = twoGroups();
        int[] previous = { 7, 7, 7, 7, 3, 3, 3, 3, -1 };
        Result r = FabricAnalysis.run(g, CALENDAR, previous, 1);

        assertThat(r.modularity).isCloseTo(2 * (6.0 / 13 - 0.25), within(1e-9));
        assertThat(FabricAnalysis.compact(previous)).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2);
    }

    @Test
    void theBridgeBetweenTheGroupsIsBridgingAndIntergenerational() {
        Result r = FabricAnalysis.run(twoGroups(), CALENDAR, null, 1);
        var streets = r.streets;
        int street10 = streets.id(0) == 10 ? 0 : 1;
        int now = FabricCalendar.NOW;

        // Street 10: its 6 inner ties and the bridge 4-5 (two months ago, within 12 weeks).
        assertThat(streets.value(Metric.TIES, street10, now)).isEqualTo(7);
        assertThat(streets.value(Metric.BRIDGING, street10, now)).isEqualTo(1);
        assertThat(streets.value(Metric.BRIDGING_COMMUNITY, street10, now)).isEqualTo(1);
        assertThat(streets.value(Metric.BRIDGING_STREET, street10, now)).isEqualTo(1);
        assertThat(streets.value(Metric.BRIDGING_AGE, street10, now)).isEqualTo(1);
        assertThat(streets.value(Metric.INTERGENERATIONAL, street10, now)).isEqualTo(1);
        // The neighbourhood counts each of the 13 ties once.
        assertThat(r.neighbourhoods.value(Metric.TIES, 0, now)).isEqualTo(13);
        assertThat(r.neighbourhoods.value(Metric.INTERGENERATIONAL, 0, now)).isEqualTo(1);
        // Four months ago none of this had happened yet.
        assertThat(r.neighbourhoods.value(Metric.TIES, 0, now - 4)).isZero();
    }

    @Test
    void whoIsConnectedAndWhoIsIsolatedPerMonth() {
        Result r = FabricAnalysis.run(twoGroups(), CALENDAR, null, 1);
        int now = FabricCalendar.NOW;

        assertThat(r.neighbourhoods.value(Metric.RESIDENTS, 0, now)).isEqualTo(9);
        assertThat(r.neighbourhoods.value(Metric.CONNECTED, 0, now)).isEqualTo(8);
        assertThat(r.neighbourhoods.value(Metric.ISOLATED, 0, now)).isEqualTo(1);
        // Four months ago: nobody had a contact in the last 8 weeks.
        assertThat(r.neighbourhoods.value(Metric.ISOLATED, 0, now - 4)).isEqualTo(9);
        assertThat(r.neighbourhoods.value(Metric.CONNECTED, 0, now - 4)).isZero();

        int nine = 8;
        assertThat(r.isolated(nine)).isTrue();
        assertThat(LocalDate.ofEpochDay(r.isolatedSince[nine])).isEqualTo(AS_OF.minusMonths(14));
        assertThat(LocalDate.ofEpochDay(r.lastDay[nine])).isEqualTo(AS_OF.minusMonths(14));
        assertThat(r.isolated(0)).isFalse();
        assertThat(r.recentContacts[3]).isEqualTo(4);
        assertThat(r.recentContacts[nine]).isZero();
    }

    @Test
    void someoneWhoJustJoinedIsNotIsolatedYet() {
        var b = new FabricGraph.Builder(1, 0);
        b.resident(1, 10L, 1L, null, AS_OF.minusWeeks(2).toEpochDay());
        Result r = FabricAnalysis.run(b.build(), CALENDAR, null, 1);

        assertThat(r.isolated(0)).isFalse();
        assertThat(r.neighbourhoods.value(Metric.RESIDENTS, 0, FabricCalendar.NOW)).isEqualTo(1);
        // Two months ago she had not joined: not counted at all.
        assertThat(r.neighbourhoods.value(Metric.RESIDENTS, 0, FabricCalendar.NOW - 2)).isZero();
    }

    @Test
    void aPairWithSomeoneOutsideThePictureIsLeftOut() {
        var b = new FabricGraph.Builder(2, 1);
        b.resident(1, 10L, 1L, 1950, 0);
        b.resident(3, 10L, 1L, 1950, 0);
        long day = AS_OF.toEpochDay();

        assertThat(b.pair(1, 2, 1, day, 0, 0)).isFalse();
        assertThat(b.pair(1, 3, 1, day, 0, 0)).isTrue();
        assertThat(b.skipped()).isEqualTo(1);
    }

    @Test
    void theMonthsWindowsEndOnTheirLastDayAndNowOnTheRunsDay() {
        assertThat(CALENDAR.window(FabricCalendar.NOW).end()).isEqualTo(AS_OF);
        assertThat(CALENDAR.window(FabricCalendar.NOW - 1).end()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(CALENDAR.window(0).month().toString()).isEqualTo("2025-07");
        // A contact on 1 May counts as recent for May and June (12 weeks), not for April.
        int mask = CALENDAR.recentMask(LocalDate.of(2026, 5, 1).toEpochDay());
        assertThat(mask).isEqualTo((1 << FabricCalendar.NOW) | (1 << (FabricCalendar.NOW - 1)));
        assertThat(CALENDAR.isolationMask(LocalDate.of(2026, 5, 1).toEpochDay())).isEqualTo(
            (1 << FabricCalendar.NOW) | (1 << (FabricCalendar.NOW - 1))
        );
        assertThat(CALENDAR.recentMask(AS_OF.plusDays(1).toEpochDay())).isZero();
    }
}
