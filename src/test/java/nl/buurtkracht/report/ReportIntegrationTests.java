package nl.buurtkracht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.BuilderLogForm;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A neighbourhood of 54 residents on three streets, with contacts in the ledger, an initiative whose
 * fund ends and a builder's hours: the report counts them, suppresses every cell under ten people and
 * the cells that would give one away, and a street of four residents is suppressed, not an error.
 */
@SpringBootTest
class ReportIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    Reports reports;

    @Autowired
    BuilderLog builderLog;

    ReportFixtures fixtures;
    long neighbourhood;
    Street lindelaan;
    Street berkstraat;
    Street hofje;
    List<Long> l;
    List<Long> b;
    ReportPeriod period;
    CurrentUser builder;

    @BeforeEach
    void aNeighbourhood() {
        fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = fixtures.neighbourhood("Rapportbuurt");
        lindelaan = fixtures.street(neighbourhood, "Lindelaan", 30);
        berkstraat = fixtures.street(neighbourhood, "Berkstraat", 20);
        hofje = fixtures.street(neighbourhood, "Hofje", 4);
        l = fixtures.residents(lindelaan, 1950);
        b = fixtures.residents(berkstraat, 1990);
        fixtures.residents(hofje, 1960);
        LocalDate today = reports.today();
        period = new ReportPeriod(today.minusDays(89), today);
        LocalDate day = today.minusDays(10);
        // 15 pairs on Lindelaan, all new, same street, same generation.
        for (int i = 0; i < 30; i += 2) {
            fixtures.contact(l.get(i), l.get(i + 1), day, "l" + i);
        }
        // 12 new pairs between Lindelaan and Berkstraat: bridging, and 40 years apart.
        for (int i = 0; i < 12; i++) {
            fixtures.contact(l.get(i), b.get(i), day, "lb" + i);
        }
        // One pair on Berkstraat that met before the period, and again in it: not new.
        fixtures.contact(b.get(0), b.get(1), period.from().minusDays(30), "old");
        fixtures.contact(b.get(0), b.get(1), day, "old-again");
        // Three Berkstraat residents without any contact join an initiative: reached by taking part.
        long initiative = jdbc
            .sql(
                "insert into initiative (title, what, neighbourhood_id, state) values ('Soepclub', 'Soep', ?, 'ACTIVE') returning id"
            )
            .param(neighbourhood)
            .query(Long.class)
            .single();
        for (int i = 15; i < 18; i++) {
            jdbc
                .sql(
                    "insert into initiative_member (initiative_id, resident_id, kind, since) values (?, ?, 'MEMBER', now())"
                )
                .params(initiative, b.get(i))
                .update();
        }
        jdbc
            .sql(
                """
                insert into initiative_funding (initiative_id, fund, amount_cents, starts_on, ends_on)
                values (?, 'Oranje Fonds', 250000, ?, ?)"""
            )
            .params(initiative, period.from().minusYears(1), period.to().plusDays(60))
            .update();
        builder = fixtures.builder("Bouwer", neighbourhood);
        builderLog.add(
            builder,
            neighbourhood,
            new BuilderLogForm(day.toString(), "COUPLED", "Twee buren gekoppeld", "2,5", null),
            null
        );
        builderLog.add(
            builder,
            neighbourhood,
            new BuilderLogForm(
                day.toString(),
                "SUPPORTED_INITIATIVE",
                "Soepclub geholpen",
                "1",
                String.valueOf(initiative)
            ),
            null
        );
    }

    @Test
    void theNeighbourhoodIsCountedAndSmallCellsAndTheirGiveawaysAreSuppressed() {
        AreaReport report = reports.neighbourhood(fixtures.analyst(), neighbourhood, period);
        Map<Measure, Figure> f = byMeasure(report.figures());

        assertThat(f.get(Measure.RESIDENTS).value()).isEqualByComparingTo("54");
        assertThat(f.get(Measure.TIES).value()).isEqualByComparingTo("28");
        assertThat(f.get(Measure.BRIDGING_TIES).value()).isEqualByComparingTo("12");
        assertThat(f.get(Measure.INTERGENERATIONAL_TIES).value()).isEqualByComparingTo("12");
        // 27 new ties, but 28 - 27 would tell that one pair met before: the new ties are not shown.
        assertThat(f.get(Measure.NEW_TIES).suppressed()).isTrue();
        assertThat(f.get(Measure.NEW_TIES).value()).isNull();
        // Not small itself, so not "< 10": hidden as a complement.
        assertThat(f.get(Measure.NEW_TIES).hidden()).isEqualTo(Figure.Hidden.COMPLEMENT);
        assertThat(f.get(Measure.NEW_TIES).shown()).isEqualTo("x");
        assertThat(f.get(Measure.REACHED_BY_TAKING_PART_ONLY).hidden()).isEqualTo(Figure.Hidden.SMALL);
        // 3 reached by taking part only: suppressed, and so is a cell that would give it away.
        assertThat(f.get(Measure.REACHED_BY_TAKING_PART_ONLY).suppressed()).isTrue();
        assertThat(f.get(Measure.REACHED).suppressed() || f.get(Measure.REACHED_BY_CONTACT).suppressed()).isTrue();
        // 54 - 45 reached = 9 not reached: "reached" may not show beside the residents.
        assertThat(f.get(Measure.REACHED).suppressed()).isTrue();

        // Not about people: always shown.
        assertThat(f.get(Measure.INITIATIVES_ALIVE).value()).isEqualByComparingTo("1");
        assertThat(f.get(Measure.FUNDING_SOURCES_ENDING).value()).isEqualByComparingTo("1");
        assertThat(f.get(Measure.FUNDING_ENDING_EUROS).value()).isEqualByComparingTo("2500");
        assertThat(f.get(Measure.PROFESSIONAL_HOURS).value()).isEqualByComparingTo("3.5");
        // Time of fewer than ten volunteers is not shown.
        assertThat(f.get(Measure.ROUND_VOLUNTEER_HOURS).suppressed()).isTrue();
        assertThat(f.get(Measure.HELP_HOURS).suppressed()).isTrue();

        assertNoSumGivesASmallCellAway(report);
    }

    @Test
    void aStreetOfFourResidentsIsSuppressedNotAnErrorAndMatchesTheNeighbourhoodTable() {
        AreaReport street = reports.street(fixtures.analyst(), hofje.id(), period);
        assertThat(street.area().level()).isEqualTo(AreaReport.Level.STREET);
        assertThat(street.figures()).isNotEmpty().allMatch(Figure::suppressed);
        assertThat(street.figures()).extracting(Figure::shown).containsOnly("< 10");

        // A street report is the street's column of the neighbourhood's table.
        AreaReport whole = reports.neighbourhood(fixtures.analyst(), neighbourhood, period);
        assertThat(whole.streets())
            .filteredOn(s -> s.streetId() == hofje.id())
            .singleElement()
            .satisfies(s -> assertThat(s.figures()).isEqualTo(street.figures()));
        AreaReport linde = reports.street(fixtures.analyst(), lindelaan.id(), period);
        assertThat(byMeasure(linde.figures()).get(Measure.RESIDENTS).value()).isEqualByComparingTo("30");
    }

    @Test
    void aBuilderReadsHerOwnNeighbourhoodOnlyAndAResidentNone() {
        assertThat(reports.neighbourhood(builder, neighbourhood, period).figures()).isNotEmpty();
        long other = fixtures.neighbourhood("Andere buurt");
        CurrentUser elsewhere = fixtures.builder("Elders", other);
        assertThatThrownBy(() -> reports.neighbourhood(elsewhere, neighbourhood, period))
            .isInstanceOf(NotPermitted.class)
            .hasMessage("reports.not-yours");
        assertThatThrownBy(() -> reports.street(elsewhere, hofje.id(), period)).isInstanceOf(NotPermitted.class);
        CurrentUser resident = fixtures.account(l.getFirst(), "Bewoner 1");
        assertThatThrownBy(() -> reports.neighbourhood(resident, neighbourhood, period)).isInstanceOf(
            NotPermitted.class
        );
        assertThat(reports.readable(elsewhere))
            .extracting(n -> n.id())
            .containsExactly(other);
    }

    @Test
    void aPeriodBeforeTheContactsShowsNoneOfThem() {
        LocalDate before = period.from().minusDays(200);
        AreaReport report = reports.neighbourhood(
            fixtures.analyst(),
            neighbourhood,
            new ReportPeriod(before, before.plusDays(10))
        );
        Map<Measure, Figure> f = byMeasure(report.figures());
        assertThat(f.get(Measure.TIES).suppressed()).isTrue();
        assertThat(f.get(Measure.PROFESSIONAL_HOURS).value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /**
     * With the figures a reader sees, no difference of a total and its shown parts may come out under
     * ten: checked for the sums of the neighbourhood's column and across its streets.
     */
    private void assertNoSumGivesASmallCellAway(AreaReport report) {
        Map<Measure, Figure> n = byMeasure(report.figures());
        checkDifference(n.get(Measure.RESIDENTS), List.of(n.get(Measure.REACHED)));
        checkDifference(n.get(Measure.REACHED), List.of(n.get(Measure.REACHED_BY_CONTACT)));
        checkDifference(n.get(Measure.REACHED), List.of(n.get(Measure.REACHED_BY_TAKING_PART_ONLY)));
        checkDifference(n.get(Measure.TIES), List.of(n.get(Measure.NEW_TIES)));
        checkDifference(n.get(Measure.TIES), List.of(n.get(Measure.BRIDGING_TIES)));
        checkDifference(n.get(Measure.TIES), List.of(n.get(Measure.INTERGENERATIONAL_TIES)));
        for (Measure m : List.of(
            Measure.RESIDENTS,
            Measure.REACHED,
            Measure.REACHED_BY_CONTACT,
            Measure.REACHED_BY_TAKING_PART_ONLY
        )) {
            List<Figure> streets = report
                .streets()
                .stream()
                .map(s -> byMeasure(s.figures()).get(m))
                .toList();
            long hidden = streets.stream().filter(Figure::suppressed).count();
            assertThat(hidden).as("suppressed streets for %s", m).isNotEqualTo(1L);
            if (hidden == 0 && n.get(m).suppressed()) {
                throw new AssertionError(m + " of the neighbourhood is the sum of its streets, all shown");
            }
        }
    }

    /** When a total and all but one of its parts are shown, the remaining part may not be under ten. */
    private static void checkDifference(Figure total, List<Figure> shownParts) {
        if (total.suppressed() || shownParts.stream().anyMatch(Figure::suppressed)) {
            return;
        }
        BigDecimal rest = total.value();
        for (Figure p : shownParts) {
            rest = rest.subtract(p.value());
        }
        assertThat(rest).as("%s minus %s", total.measure(), shownParts).isGreaterThanOrEqualTo(BigDecimal.TEN);
    }

    private static Map<Measure, Figure> byMeasure(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::measure, Function.identity()));
    }
}
