package nl.buurtkracht.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Open now" from weekly hours and closures, in Amsterdam local time, across summer and winter time. */
class OpeningHoursTests {

    private static final OpeningHours LINDE = new OpeningHours(
        List.of(
            new WeeklyPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)),
            new WeeklyPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new WeeklyPeriod(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new WeeklyPeriod(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(4, 0))
        ),
        List.of()
    );

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OpeningHours.ZONE);
    }

    @Test
    void openDuringAPeriodUntilItsEndAndClosedBetweenPeriods() {
        // Monday 23 November 2026.
        assertThat(LINDE.statusAt(at("2026-11-23T10:00"))).isEqualTo(
            new OpeningStatus(OpeningStatus.Kind.OPEN, LocalDateTime.parse("2026-11-23T12:30"), null)
        );
        assertThat(LINDE.statusAt(at("2026-11-23T12:30"))).isEqualTo(
            new OpeningStatus(OpeningStatus.Kind.OPENS_LATER, LocalDateTime.parse("2026-11-23T13:30"), null)
        );
        assertThat(LINDE.statusAt(at("2026-11-23T17:00")).changesAt()).isEqualTo("2026-11-24T09:00");
    }

    @Test
    void aMomentInAnotherZoneIsReadInAmsterdamTime() {
        // 08:30 UTC on a Monday in winter is 09:30 in Amsterdam: open.
        ZonedDateTime utc = ZonedDateTime.parse("2026-11-23T08:30:00Z");
        assertThat(LINDE.statusAt(utc).kind()).isEqualTo(OpeningStatus.Kind.OPEN);
    }

    @Test
    void overTheWeekendItOpensOnMondayMorning() {
        assertThat(LINDE.statusAt(at("2026-11-28T15:00")).changesAt()).isEqualTo("2026-11-29T01:30");
        assertThat(LINDE.statusAt(at("2026-11-29T05:00")).changesAt()).isEqualTo("2026-11-30T09:00");
    }

    @Test
    void onTheNightSummerTimeStartsTheHoursStayLocal() {
        // Sunday 29 March 2026 the clocks go from 2:00 to 3:00: 1:30–4:00 lasts one hour less, but
        // at 3:30 summer time (01:30 UTC) the place is open, until 4:00 local time.
        ZonedDateTime halfPastThree = ZonedDateTime.parse("2026-03-29T01:30:00Z");
        assertThat(halfPastThree.withZoneSameInstant(OpeningHours.ZONE).toLocalTime()).isEqualTo("03:30");
        assertThat(LINDE.statusAt(halfPastThree)).isEqualTo(
            new OpeningStatus(OpeningStatus.Kind.OPEN, LocalDateTime.parse("2026-03-29T04:00"), null)
        );
        // 00:45 UTC is 01:45 winter time, still open; 02:00 UTC is 04:00 summer time, closed.
        assertThat(LINDE.statusAt(ZonedDateTime.parse("2026-03-29T00:45:00Z")).kind()).isEqualTo(
            OpeningStatus.Kind.OPEN
        );
        assertThat(LINDE.statusAt(ZonedDateTime.parse("2026-03-29T02:00:00Z")).changesAt()).isEqualTo(
            "2026-03-30T09:00"
        );
    }

    @Test
    void onTheNightWinterTimeStartsTheRepeatedHourIsOpenTwice() {
        // Sunday 25 October 2026 the clocks go from 3:00 back to 2:00: 2:30 happens twice, open both times.
        assertThat(LINDE.statusAt(ZonedDateTime.parse("2026-10-25T00:30:00Z")).kind()).isEqualTo(
            OpeningStatus.Kind.OPEN
        );
        assertThat(LINDE.statusAt(ZonedDateTime.parse("2026-10-25T01:30:00Z")).kind()).isEqualTo(
            OpeningStatus.Kind.OPEN
        );
        assertThat(LINDE.statusAt(ZonedDateTime.parse("2026-10-25T03:00:00Z")).kind()).isEqualTo(
            OpeningStatus.Kind.OPENS_LATER
        );
    }

    @Test
    void aClosureKeepsThePlaceShutAllDayAndTheNextOpeningSkipsIt() {
        var works = new PlaceClosure(LocalDate.parse("2026-11-20"), LocalDate.parse("2027-07-01"), "verbouwing");
        var hours = new OpeningHours(LINDE.periods(), List.of(works));

        OpeningStatus now = hours.statusAt(at("2026-11-23T10:00"));
        assertThat(now.kind()).isEqualTo(OpeningStatus.Kind.CLOSED_FOR_A_WHILE);
        assertThat(now.closure()).isEqualTo(works);
        assertThat(hours.openOn(LocalDate.parse("2027-06-28"))).isEmpty();
        assertThat(hours.openOn(LocalDate.parse("2027-07-05"))).hasSize(2);
        // The evening before the closure starts: it "opens" again only after the closure, on 4 July (a Sunday).
        OpeningStatus before = hours.statusAt(at("2026-11-19T20:00"));
        assertThat(before.changesAt()).isEqualTo("2027-07-04T01:30");
    }

    @Test
    void aSpecialOpeningOpensTheDoorsForOneDayEvenDuringAClosure() {
        var works = new PlaceClosure(LocalDate.parse("2026-11-20"), LocalDate.parse("2027-07-01"), "verbouwing");
        var market = new SpecialOpening(
            LocalDate.parse("2026-12-12"),
            LocalTime.of(10, 0),
            LocalTime.of(14, 0),
            "kerstmarkt"
        );
        var hours = new OpeningHours(LINDE.periods(), List.of(works), List.of(market));

        assertThat(hours.closureOn(LocalDate.parse("2026-12-12"))).isEmpty();
        assertThat(hours.closureOn(LocalDate.parse("2026-12-13"))).contains(works);
        assertThat(hours.statusAt(at("2026-12-12T11:00"))).isEqualTo(
            new OpeningStatus(OpeningStatus.Kind.OPEN, LocalDateTime.parse("2026-12-12T14:00"), null)
        );
        assertThat(hours.statusAt(at("2026-12-01T11:00")).kind()).isEqualTo(OpeningStatus.Kind.CLOSED_FOR_A_WHILE);
        assertThat(hours.statusAt(at("2026-12-11T23:00")).kind()).isEqualTo(OpeningStatus.Kind.CLOSED_FOR_A_WHILE);
        assertThat(hours.openDuring(LocalDate.parse("2026-12-12"), LocalTime.of(10, 0), LocalTime.of(12, 0))).isTrue();
        assertThat(hours.openDuring(LocalDate.parse("2026-12-12"), LocalTime.of(13, 0), LocalTime.of(15, 0))).isFalse();
        // On a normal Monday a special opening replaces the weekly hours for that day only.
        var evening = new SpecialOpening(LocalDate.parse("2026-11-23"), LocalTime.of(19, 0), LocalTime.of(21, 0), "");
        var monday = new OpeningHours(LINDE.periods(), List.of(), List.of(evening));
        assertThat(monday.statusAt(at("2026-11-23T10:00")).changesAt()).isEqualTo("2026-11-23T19:00");
        assertThat(monday.statusAt(at("2026-11-30T10:00")).kind()).isEqualTo(OpeningStatus.Kind.OPEN);
    }

    @Test
    void closedUntilFurtherNoticeHasNoNextOpening() {
        var hours = new OpeningHours(
            LINDE.periods(),
            List.of(new PlaceClosure(LocalDate.parse("2026-11-01"), null, "lekkage"))
        );
        assertThat(hours.statusAt(at("2027-03-01T10:00")).kind()).isEqualTo(OpeningStatus.Kind.CLOSED_FOR_A_WHILE);
        assertThat(hours.statusAt(at("2026-10-31T20:00")).kind()).isEqualTo(OpeningStatus.Kind.CLOSED);
    }

    @Test
    void withoutHoursNothingIsClaimed() {
        assertThat(new OpeningHours(List.of(), List.of()).statusAt(at("2026-11-23T10:00")).kind()).isEqualTo(
            OpeningStatus.Kind.NO_HOURS
        );
    }

    @Test
    void aBookingMustFitInsideOnePeriodOfAnOpenDay() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        assertThat(LINDE.openDuring(monday, LocalTime.of(9, 0), LocalTime.of(12, 30))).isTrue();
        assertThat(LINDE.openDuring(monday, LocalTime.of(12, 0), LocalTime.of(14, 0))).isFalse();
        assertThat(LINDE.openDuring(monday, LocalTime.of(8, 30), LocalTime.of(10, 0))).isFalse();
        assertThat(LINDE.openDuring(monday.plusDays(2), LocalTime.of(10, 0), LocalTime.of(11, 0))).isFalse();
    }

    @Test
    void helpDeskHoursNeverCountOnAClosedDay() {
        var formHelp = new HelpDeskHours(
            1,
            DayOfWeek.TUESDAY,
            LocalTime.of(10, 0),
            LocalTime.of(12, 0),
            "Formulierenhulp"
        );
        var holiday = new PlaceClosure(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), "studiedag");
        var hours = new OpeningHours(LINDE.periods(), List.of(holiday));

        HelpDeskSession monday = hours.helpDesk(formHelp, at("2026-11-23T10:00"));
        assertThat(monday.skipped()).isEqualTo("2026-11-24");
        assertThat(monday.skippedBecause()).isEqualTo(holiday);
        assertThat(monday.next()).isEqualTo("2026-12-01");
        assertThat(monday.now()).isFalse();

        HelpDeskSession during = LINDE.helpDesk(formHelp, at("2026-11-24T11:00"));
        assertThat(during.now()).isTrue();
        assertThat(during.next()).isEqualTo("2026-11-24");
        assertThat(LINDE.helpDesk(formHelp, at("2026-11-24T12:00")).next()).isEqualTo("2026-12-01");
    }
}
