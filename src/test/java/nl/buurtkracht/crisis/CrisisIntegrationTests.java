package nl.buurtkracht.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.LayoutContribution.Notice;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crisis mode: only a builder of the neighbourhood switches it, once even when two switch at once;
 * street hosts get their block's list (names only where shared with the street) and tick it, two at
 * once without conflict; residents see the help desks on every page; switching off keeps the
 * check-ins and counts what was learned.
 */
@SpringBootTest
class CrisisIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ConsentLedger consent;

    @Autowired
    CrisisMode mode;

    @Autowired
    CheckIns checkIns;

    @Autowired
    List<LayoutContribution> layout;

    ReportFixtures fixtures;
    long neighbourhood;
    long other;
    Street street;
    List<Long> residents;
    CurrentUser builder;
    CurrentUser builderElsewhere;
    CurrentUser anna;
    CurrentUser henk;
    /** The neighbours on the hosts' list: the first block but its two hosts. */
    List<Long> listed;

    @BeforeEach
    void aNeighbourhoodWithTwoHostsOnOneBlock() {
        fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = fixtures.neighbourhood("Crisisbuurt");
        other = fixtures.neighbourhood("Rustige buurt");
        street = fixtures.street(neighbourhood, "Dijkstraat", 30);
        residents = fixtures.residents(street, 1950);
        long annaId = residents.get(0);
        long henkId = residents.get(1);
        fixtures.block(street, street.addressIds().subList(0, 15), annaId, henkId);
        // The second block has no host: nobody's list.
        fixtures.block(street, street.addressIds().subList(15, 30));
        anna = fixtures.account(annaId, "Anna");
        henk = fixtures.account(henkId, "Henk");
        listed = residents.subList(2, 15);
        builder = fixtures.builder("Samira", neighbourhood);
        builderElsewhere = fixtures.builder("Elders", other);
    }

    @Test
    void onlyABuilderOfTheNeighbourhoodSwitchesItAndTwoAtOnceMakeOneCrisis() throws Exception {
        assertThatThrownBy(() -> mode.switchOn(builderElsewhere, neighbourhood, "Storm"))
            .isInstanceOf(NotPermitted.class)
            .hasMessage("crisis.not-yours");
        assertThatThrownBy(() -> mode.switchOn(anna, neighbourhood, "Storm")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> mode.switchOn(builder, neighbourhood, "  ")).isInstanceOfSatisfying(
                InvalidInput.class,
                e ->
                    assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("reason:crisis.reason.required")
            );
        assertThatThrownBy(() -> mode.switchOn(builder, neighbourhood, "x".repeat(301))).isInstanceOfSatisfying(
                InvalidInput.class,
                e ->
                    assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("reason:crisis.reason.too-long")
            );
        assertThat(crises()).isZero();

        CurrentUser colleague = fixtures.builder("Collega", neighbourhood);
        List<Long> ids = race(
            8,
            i -> () -> mode.switchOn(i % 2 == 0 ? builder : colleague, neighbourhood, "Hittegolf")
        );
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(crises()).isEqualTo(1);
        assertThatThrownBy(() -> mode.switchOff(builderElsewhere, neighbourhood)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> mode.overview(builderElsewhere, neighbourhood)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void hostsSeeTheirBlockWithNamesOnlyWhereSharedAndCannotTickAnyoneElse() {
        assertThat(checkIns.lists(anna)).isEmpty();
        consent.record(
            listed.getFirst(),
            ConsentPurpose.NAME_VISIBLE_TO_STREET,
            true,
            null,
            false,
            ConsentMethod.ONLINE
        );
        long crisis = mode.switchOn(builder, neighbourhood, "Storm");

        List<CheckInList> lists = checkIns.lists(anna);
        assertThat(lists)
            .singleElement()
            .satisfies(l -> assertThat(l.crisis().id()).isEqualTo(crisis));
        List<CheckIn> neighbours = lists.getFirst().blocks().getFirst().neighbours();
        assertThat(neighbours).extracting(CheckIn::residentId).containsExactlyElementsOf(listed);
        assertThat(neighbours.getFirst().name()).isEqualTo("Bewoner 3");
        assertThat(neighbours.subList(1, neighbours.size())).allMatch(n -> n.name() == null);
        assertThat(neighbours.get(1).houseLabel()).isEqualTo("4");

        long otherBlock = residents.get(20);
        assertThatThrownBy(() -> checkIns.tick(anna, crisis, otherBlock, "OK"))
            .isInstanceOf(NotPermitted.class)
            .hasMessage("crisis.check.not-your-block");
        assertThatThrownBy(() -> checkIns.tick(anna, crisis, henk.residentId(), "OK")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> checkIns.tick(builder, crisis, listed.getFirst(), "OK")).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> checkIns.tick(anna, crisis, listed.getFirst(), "MAYBE")).isInstanceOfSatisfying(
                InvalidInput.class,
                e ->
                    assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("status")
            );
        assertThat(checks(crisis)).isEmpty();
    }

    @Test
    void twoHostsTickingTheSameNeighboursAtOnceNeverConflictAndTheWeightierWordStands() throws Exception {
        long crisis = mode.switchOn(builder, neighbourhood, "Storm");
        // Anna finds everyone OK; Henk at the same moment finds the even ones needing help and the odd
        // ones not at home. Needing help weighs more than OK; OK (someone reached them) more than not reached.
        List<TickOutcome> outcomes = race(2 * listed.size(), i -> {
            long neighbour = listed.get(i / 2);
            boolean even = (i / 2) % 2 == 0;
            return i % 2 == 0
                ? () -> checkIns.tick(anna, crisis, neighbour, "OK")
                : () -> checkIns.tick(henk, crisis, neighbour, even ? "NEEDS_HELP" : "NOT_REACHED");
        });
        assertThat(outcomes).hasSize(2 * listed.size());
        Map<Long, String> words = checks(crisis);
        assertThat(words).hasSize(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            assertThat(words.get(listed.get(i))).as("neighbour %d", i).isEqualTo(i % 2 == 0 ? "NEEDS_HELP" : "OK");
        }

        // Henk's lighter word does not undo Anna's fresh "needs help"; he hears who said what.
        long first = listed.getFirst();
        checkIns.tick(anna, crisis, first, "NEEDS_HELP");
        TickOutcome kept = checkIns.tick(henk, crisis, first, "OK");
        assertThat(kept.applied()).isFalse();
        assertThat(kept.status()).isEqualTo(CheckStatus.NEEDS_HELP);
        assertThat(kept.checkedBy()).isEqualTo("Anna");
        // Anna may correct herself.
        assertThat(checkIns.tick(anna, crisis, first, "OK").applied()).isTrue();
        assertThat(checks(crisis).get(first)).isEqualTo("OK");
    }

    @Test
    void switchingOffKeepsTheCheckInsAndWhatWasLearned() {
        long crisis = mode.switchOn(builder, neighbourhood, "Hittegolf");
        checkIns.tick(anna, crisis, listed.get(0), "OK");
        checkIns.tick(anna, crisis, listed.get(1), "OK");
        checkIns.tick(henk, crisis, listed.get(2), "NEEDS_HELP");
        checkIns.tick(henk, crisis, listed.get(3), "NOT_REACHED");
        CrisisMode.Overview on = mode.overview(builder, neighbourhood);
        assertThat(on.current()).isNotNull();
        assertThat(on.blocks()).hasSize(2);
        assertThat(on.blocks())
            .filteredOn(b -> b.hosts() > 0)
            .singleElement()
            .satisfies(b -> {
                assertThat(b.hosts()).isEqualTo(2);
                assertThat(b.listed()).isEqualTo(13);
                assertThat(b.ok()).isEqualTo(2);
                assertThat(b.needingHelp()).isEqualTo(1);
                assertThat(b.notReached()).isEqualTo(1);
                assertThat(b.open()).isEqualTo(9);
            });
        assertThat(on.blocks())
            .filteredOn(b -> b.hosts() == 0)
            .singleElement()
            .satisfies(b -> assertThat(b.listed()).isEqualTo(15));

        CrisisView ended = mode.switchOff(builder, neighbourhood).orElseThrow();
        assertThat(ended.on()).isFalse();
        assertThat(ended.summary()).isEqualTo(new CrisisView.Summary(13, 4, 1, 1));
        assertThat(checks(crisis)).hasSize(4);
        assertThat(checkIns.lists(anna)).isEmpty();
        assertThatThrownBy(() -> checkIns.tick(anna, crisis, listed.get(4), "OK"))
            .isInstanceOf(NotPermitted.class)
            .hasMessage("crisis.check.over");
        // Switching off twice is fine; a new crisis starts afresh and the old one stays in the history.
        assertThat(mode.switchOff(builder, neighbourhood)).isEmpty();
        long next = mode.switchOn(builder, neighbourhood, "Storm");
        assertThat(next).isNotEqualTo(crisis);
        CrisisMode.Overview again = mode.overview(builder, neighbourhood);
        assertThat(again.history()).extracting(CrisisView::id).containsExactly(crisis);
        assertThat(again.history().getFirst().summary().checked()).isEqualTo(4);
        assertThat(again.blocks())
            .filteredOn(b -> b.hosts() > 0)
            .singleElement()
            .satisfies(b -> assertThat(b.open()).isEqualTo(13));
    }

    @Test
    void residentsOfTheNeighbourhoodSeeTheHelpDesksOnEveryPageAndOthersDoNot() {
        fixtures.placeWithHelpDesk(neighbourhood, "Buurthuis De Dijk", "vragen over geld");
        CurrentUser resident = fixtures.account(residents.get(20), "Bewoner 21");
        CurrentUser elsewhere = fixtures.account(
            fixtures.resident(fixtures.street(other, "Kade", 1).addressIds().getFirst(), "Kees", 1960),
            "Kees"
        );
        assertThat(notices(resident)).isEmpty();

        mode.switchOn(builder, neighbourhood, "Hittegolf: let op elkaar.");
        List<Notice> notices = notices(resident);
        assertThat(notices)
            .singleElement()
            .satisfies(n -> {
                assertThat(n.heading()).isEqualTo("Crisis in Crisisbuurt: we letten extra op elkaar");
                assertThat(n.text()).startsWith("Hittegolf: let op elkaar.");
                assertThat(n.lines()).containsExactly(
                    "Buurthuis De Dijk: vragen over geld, elke dinsdag van 10:00 tot 12:00"
                );
                assertThat(n.linkPath()).isEqualTo("/help");
            });
        assertThat(notices(anna))
            .singleElement()
            .satisfies(n -> assertThat(n.linkPath()).isEqualTo("/crisis/check-ins"));
        assertThat(notices(builder))
            .singleElement()
            .satisfies(n -> assertThat(n.linkPath()).isEqualTo("/neighbourhoods/" + neighbourhood + "/crisis"));
        assertThat(notices(elsewhere)).isEmpty();
        assertThat(notices(builderElsewhere)).isEmpty();
        assertThat(notices(fixtures.analyst())).isEmpty();

        mode.switchOff(builder, neighbourhood);
        assertThat(notices(resident)).isEmpty();
    }

    private List<Notice> notices(CurrentUser user) {
        // Fresh from the database, as after signing in again.
        CurrentUser fresh = accounts.findById(user.accountId()).orElseThrow();
        return layout
            .stream()
            .flatMap(c -> c.notices(fresh, Locale.forLanguageTag("nl")).stream())
            .toList();
    }

    private int crises() {
        return jdbc
            .sql("select count(*) from crisis where neighbourhood_id = ?")
            .param(neighbourhood)
            .query(Integer.class)
            .single();
    }

    private Map<Long, String> checks(long crisis) {
        record Row(long residentId, String status) {}
        return jdbc
            .sql("select resident_id, status from crisis_check where crisis_id = ?")
            .param(crisis)
            .query(Row.class)
            .stream()
            .collect(Collectors.toMap(Row::residentId, Row::status, (a, b) -> a, java.util.TreeMap::new))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Runs the tasks all at once from a common start, and returns their results; any failure fails the test. */
    private static <T> List<T> race(int n, Function<Integer, Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> c = task.apply(i);
                futures.add(
                    pool.submit(() -> {
                        start.await();
                        return c.call();
                    })
                );
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
