package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.buurtkracht.activity.ActivityAttended;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.ArrangementMet;
import nl.buurtkracht.help.AskMatched;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.initiative.InitiativeJoined;
import nl.buurtkracht.round.VisitMade;
import nl.buurtkracht.round.VisitMissed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact ledger on PostgreSQL, learning from the events of help, rounds, activities and
 * initiatives: each makes its tie, a replay counts once, a corrected attendance list replaces the
 * one before, and a withdrawn consent takes its ties with it.
 */
@SpringBootTest
class FabricLedgerIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentLedger consents;

    @Autowired
    ContactLedger ledger;

    FabricFixtures fixtures;
    long neighbourhood;
    FabricFixtures.Street street;
    long[] people;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void street() {
        fixtures = new FabricFixtures(jdbc, consents, ledger);
        neighbourhood = fixtures.aNewNeighbourhood();
        street = fixtures.aNewStreet(neighbourhood, 14);
        people = new long[14];
        for (int i = 0; i < people.length; i++) {
            people[i] = fixtures.resident(street, i, "Buur " + i, 1940 + 5 * i);
        }
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void eventually(Supplier<Integer> count, int expected) {
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> count.get() == expected);
    }

    private int tiesOf(String ref) {
        return fixtures.ties("source_ref = ?", ref);
    }

    @Test
    void eachEventMakesItsTie() {
        long ask = 900_000 + people[0];
        publish(new AskMatched(ask, people[0], people[1], neighbourhood, HelpKind.COFFEE, false, null));
        eventually(() -> tiesOf("ask:" + ask), 1);

        publish(new ArrangementMet(ask, today.minusDays(1), people[0], people[1], HelpKind.COFFEE, true));
        eventually(() -> tiesOf("arrangement:" + ask), 1);
        assertThat(
            fixtures.ties(
                "source_ref = ? and neighbourhood_id = ? and source = 'ARRANGEMENT_MET'",
                "arrangement:" + ask,
                neighbourhood
            )
        ).isEqualTo(1);

        publish(new VisitMade(ask, today, people[2], people[3], neighbourhood));
        eventually(() -> tiesOf("round:" + ask), 1);
        assertThat(fixtures.ties("source_ref = ? and purpose = 'VISITED_BY_ROUND'", "round:" + ask)).isEqualTo(1);

        publish(new ActivityAttended(ask, today, neighbourhood, Set.of(people[4], people[5], people[6])));
        eventually(() -> tiesOf("activity:" + ask), 3);

        long initiative = jdbc
            .sql(
                "insert into initiative (title, what, neighbourhood_id, state) values ('Soep', 'Soep koken', ?, 'ACTIVE') returning id"
            )
            .param(neighbourhood)
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into initiative_owner (initiative_id, kind, resident_id) values (?, 'RESIDENT', ?)")
            .params(initiative, people[7])
            .update();
        jdbc
            .sql(
                "insert into initiative_member (initiative_id, resident_id, kind) values (?, ?, 'MEMBER'), (?, ?, 'MEMBER')"
            )
            .params(initiative, people[8], initiative, people[9])
            .update();
        jdbc
            .sql("insert into initiative_member (initiative_id, resident_id, kind) values (?, ?, 'FOLLOWER')")
            .params(initiative, people[10])
            .update();
        publish(new InitiativeJoined(initiative, people[9], neighbourhood));
        // Tied to the owner and the other member; the follower only listens.
        eventually(() -> tiesOf("initiative:" + initiative), 2);
        assertThat(
            fixtures.ties(
                "source_ref = ? and (resident_a = ? or resident_b = ?)",
                "initiative:" + initiative,
                people[10],
                people[10]
            )
        ).isZero();
        assertThat(ledger.lastContact(people[2])).contains(today);
    }

    @Test
    void aReplayedEventCountsOnce() {
        long ask = 910_000 + people[0];
        var matched = new AskMatched(ask, people[0], people[1], neighbourhood, HelpKind.WALK, false, null);
        publish(matched);
        publish(matched);
        var met = new ArrangementMet(ask, today, people[0], people[1], HelpKind.WALK, false);
        publish(met);
        publish(met);
        eventually(() -> tiesOf("ask:" + ask) + tiesOf("arrangement:" + ask), 2);
        // Handled on another day (a replay after a restart), a help match is still one tie.
        boolean again = ledger.record(
            new Contact(people[1], people[0], today.plusDays(3), ContactSource.HELP_MATCHED, "ask:" + ask, null, 1L)
        );
        assertThat(again).isFalse();
        assertThat(tiesOf("ask:" + ask)).isEqualTo(1);
        // A meeting on another day is another contact.
        publish(new ArrangementMet(ask, today.minusDays(7), people[0], people[1], HelpKind.WALK, false));
        eventually(() -> tiesOf("arrangement:" + ask), 2);
    }

    @Test
    void theLatestAttendanceListOfADayCounts() {
        long activity = 920_000 + people[0];
        String ref = "activity:" + activity;
        publish(
            new ActivityAttended(activity, today, neighbourhood, Set.of(people[0], people[1], people[2], people[3]))
        );
        eventually(() -> tiesOf(ref), 6);

        publish(new ActivityAttended(activity, today, neighbourhood, Set.of(people[0], people[1])));
        eventually(() -> tiesOf(ref), 1);
        assertThat(
            fixtures.ties("source_ref = ? and resident_a = ? and resident_b = ?", ref, people[0], people[1])
        ).isEqualTo(1);

        // Another day of the same activity keeps its own list.
        publish(new ActivityAttended(activity, today.minusDays(7), neighbourhood, Set.of(people[2], people[3])));
        eventually(() -> tiesOf(ref), 2);

        // Corrected to thirteen people, today's meeting was a crowd: no ties for it.
        Set<Long> crowd = LongStream.range(0, 13)
            .map(i -> people[(int) i])
            .boxed()
            .collect(Collectors.toSet());
        publish(new ActivityAttended(activity, today, neighbourhood, crowd));
        eventually(() -> tiesOf(ref), 1);
        assertThat(fixtures.ties("source_ref = ? and happened_on = ?", ref, today.minusDays(7))).isEqualTo(1);
    }

    @Test
    void withdrawingConsentTakesItsTiesAlong() {
        long round = 930_000 + people[0];
        String ref = "round:" + round;
        publish(new VisitMade(round, today, people[0], people[1], neighbourhood));
        publish(new VisitMade(round, today.minusDays(14), people[0], people[1], neighbourhood));
        publish(new VisitMade(round, today, people[0], people[2], neighbourhood));
        eventually(() -> tiesOf(ref), 3);
        publish(new AskMatched(round, people[1], people[3], neighbourhood, HelpKind.SHOPPING, false, null));
        eventually(() -> tiesOf("ask:" + round), 1);

        consents.record(people[1], ConsentPurpose.VISITED_BY_ROUND, false, null, false, ConsentMethod.VERBAL);

        // Both visits to her are gone, the visit to her neighbour and her help match stay.
        eventually(() -> tiesOf(ref), 1);
        assertThat(fixtures.ties("source_ref = ? and resident_b = ?", ref, Math.max(people[0], people[2]))).isEqualTo(
            1
        );
        assertThat(tiesOf("ask:" + round)).isEqualTo(1);
    }

    @Test
    void aVisitTickedAsMissedAfterAllIsForgotten() {
        long round = 940_000 + people[0];
        publish(new VisitMade(round, today, people[4], people[5], neighbourhood));
        eventually(() -> tiesOf("round:" + round), 1);

        publish(new VisitMissed(round, today, people[4], people[5], neighbourhood));
        eventually(() -> tiesOf("round:" + round), 0);
    }
}
