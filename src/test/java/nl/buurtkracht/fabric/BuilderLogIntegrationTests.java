package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The builder's log: a builder writes what she did with the hours, once per form token; every wrong
 * field is named with nothing written; hours add up per month and period; and a builder of another
 * neighbourhood can neither read nor write this one's log.
 */
@SpringBootTest
class BuilderLogIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    BuilderLog log;

    @Autowired
    TransactionTemplate transactions;

    ReportFixtures fixtures;
    long neighbourhood;
    long other;
    CurrentUser samira;
    CurrentUser elsewhere;
    LocalDate today;

    @BeforeEach
    void twoNeighbourhoods() {
        fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = fixtures.neighbourhood("Logbuurt");
        other = fixtures.neighbourhood("Andere logbuurt");
        samira = fixtures.builder("Samira", neighbourhood);
        elsewhere = fixtures.builder("Elders", other);
        today = log.today();
    }

    @Test
    void aLineIsWrittenOncePerTokenAndHoursAddUpPerMonth() {
        long initiative = jdbc
            .sql(
                "insert into initiative (title, what, neighbourhood_id, state) values ('Bingo', 'Bingo', ?, 'ACTIVE') returning id"
            )
            .param(neighbourhood)
            .query(Long.class)
            .single();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(3);
        long first = log.add(
            samira,
            neighbourhood,
            new BuilderLogForm(
                lastMonth.toString(),
                "SUPPORTED_INITIATIVE",
                "Subsidie aangevraagd",
                "2,5",
                "" + initiative
            ),
            "token-1"
        );
        long again = log.add(
            samira,
            neighbourhood,
            new BuilderLogForm(
                lastMonth.toString(),
                "SUPPORTED_INITIATIVE",
                "Subsidie aangevraagd",
                "2,5",
                "" + initiative
            ),
            "token-1"
        );
        assertThat(again).isEqualTo(first);
        log.add(
            samira,
            neighbourhood,
            new BuilderLogForm(today.toString(), "COUPLED", "Ans aan Piet", "0.75", ""),
            null
        );

        BuilderLog.Page page = log.read(samira, neighbourhood, lastMonth.withDayOfMonth(1), today);
        assertThat(page.entries()).hasSize(2);
        assertThat(page.hours()).isEqualByComparingTo("3.25");
        assertThat(page.hoursPerMonth()).containsEntry(YearMonth.from(lastMonth), new BigDecimal("2.50"));
        assertThat(page.entries().getLast().initiativeTitle()).isEqualTo("Bingo");
        assertThat(page.entries()).allMatch(BuilderLogEntry::mine);
        assertThat(log.hours(neighbourhood, lastMonth, today)).isEqualTo(
            new BuilderLogHours(new BigDecimal("3.25"), 2, 1)
        );
        assertThat(log.hours(other, lastMonth, today).hours()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsWritten() {
        long elsewhereInitiative = jdbc
            .sql(
                "insert into initiative (title, what, neighbourhood_id, state) values ('Elders', 'x', ?, 'ACTIVE') returning id"
            )
            .param(other)
            .query(Long.class)
            .single();
        assertProblems(
            new BuilderLogForm(today.plusDays(1).toString(), "JUGGLED", " ", "25", "" + elsewhereInitiative),
            "day:builder-log.day.future",
            "kind:builder-log.kind.choose",
            "note:builder-log.note.required",
            "hours:builder-log.hours.range",
            "initiative:builder-log.initiative.not-here"
        );
        assertProblems(
            new BuilderLogForm("", "OTHER", "x".repeat(301), "", null),
            "day:builder-log.day.required",
            "note:builder-log.note.too-long",
            "hours:builder-log.hours.required"
        );
        assertProblems(
            new BuilderLogForm("31-02-2027", "OTHER", "iets", "een uur", "abc"),
            "day:input.date",
            "hours:input.decimal",
            "initiative:input.choice"
        );
        assertProblems(
            new BuilderLogForm(today.minusDays(400).toString(), "OTHER", "iets", "-1", null),
            "day:builder-log.day.too-old",
            "hours:builder-log.hours.range"
        );
        assertThat(
            jdbc
                .sql("select count(*) from builder_log where neighbourhood_id = ?")
                .param(neighbourhood)
                .query(Integer.class)
                .single()
        ).isZero();
    }

    @Test
    void aBuilderOfAnotherNeighbourhoodCanNeitherReadNorWriteThisLog() {
        log.add(samira, neighbourhood, new BuilderLogForm(today.toString(), "VISITED", "Buurthuis", "1", null), null);
        assertThatThrownBy(() -> log.read(elsewhere, neighbourhood, today.minusDays(7), today))
            .isInstanceOf(NotPermitted.class)
            .hasMessage("builder-log.not-yours");
        assertThatThrownBy(() ->
            log.add(elsewhere, neighbourhood, new BuilderLogForm(today.toString(), "VISITED", "x", "1", null), null)
        ).isInstanceOf(NotPermitted.class);
        CurrentUser analyst = fixtures.analyst();
        assertThatThrownBy(() -> log.read(analyst, neighbourhood, today.minusDays(7), today)).isInstanceOf(
            NotPermitted.class
        );
        // The administrator may read, not write.
        CurrentUser admin = fixtures.login(nl.buurtkracht.demo.DemoData.ADMINISTRATOR);
        assertThat(log.read(admin, neighbourhood, today.minusDays(7), today).entries())
            .hasSize(1)
            .noneMatch(BuilderLogEntry::mine);
        assertThatThrownBy(() ->
            log.add(admin, neighbourhood, new BuilderLogForm(today.toString(), "VISITED", "x", "1", null), null)
        ).isInstanceOf(NotPermitted.class);
    }

    private void assertProblems(BuilderLogForm form, String... expected) {
        assertThatThrownBy(() ->
            transactions.executeWithoutResult(t -> log.add(samira, neighbourhood, form, null))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems())
                    .extracting((FieldProblem p) -> p.field() + ":" + p.messageKey())
                    .containsExactlyInAnyOrder(expected)
            );
    }
}
