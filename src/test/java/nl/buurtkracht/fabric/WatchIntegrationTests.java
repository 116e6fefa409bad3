package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentLedger.ConsentEntry;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.fabric.WatchFixtures.Street;
import nl.buurtkracht.notification.DailyDigest;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RoundFixtures;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.Visits;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The out-of-sight watch on the real database, with a clock that lets days pass: ten quiet days ask
 * the circle once, any contact starts the count again, a pause asks nobody, the street host hears a
 * few days later and the builder only with consent, two neighbours answering at once (and two
 * instances checking at once) count once, bad settings are refused whole, a host sets it up for a
 * neighbour only with her consent, and nobody but those asked reads or answers anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WatchClockConfiguration.class)
class WatchIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consent;

    @Autowired
    ContactLedger ledger;

    @Autowired
    Watches watches;

    @Autowired
    WatchNudges nudges;

    @Autowired
    WatchChecks checks;

    @Autowired
    WatchSignals signals;

    @Autowired
    DailyDigest digest;

    @Autowired
    RoundManagement roundManagement;

    @Autowired
    Visits visits;

    @Autowired
    WatchClock clock;

    WatchFixtures fixtures;
    Street street;
    CurrentUser bakker;
    CurrentUser ahmed;
    CurrentUser els;
    CurrentUser host;

    @BeforeEach
    void aStreetWithNeighboursAndAHost() {
        clock.reset();
        fixtures = new WatchFixtures(jdbc, accounts, consent);
        street = fixtures.aStreet();
        bakker = fixtures.neighbour("Mevrouw Bakker", street, 1);
        ahmed = fixtures.neighbour("Ahmed", street, 2);
        els = fixtures.neighbour("Els", street, 3);
        host = fixtures.host("Henk de Blokhoofd", street, 10);
    }

    private static WatchForm form(int days, boolean tellBuilder, CurrentUser... circle) {
        return new WatchForm(days, Arrays.stream(circle).map(CurrentUser::residentId).toList(), tellBuilder, null);
    }

    private int stage(long watchId) {
        return jdbc.sql("select stage from watch where id = ?").param(watchId).query(Integer.class).single();
    }

    private LocalDate quietSince(long watchId) {
        return jdbc.sql("select quiet_since from watch where id = ?").param(watchId).query(LocalDate.class).single();
    }

    private List<String> messages(CurrentUser who, String prefix) {
        return fixtures
            .watchMessages(who.accountId())
            .stream()
            .filter(m -> m.startsWith(prefix))
            .toList();
    }

    /** Waits until the person got {@code count} watch messages starting with the prefix, and answers them. */
    private List<String> waitFor(CurrentUser who, String prefix, int count) {
        await()
            .atMost(PATIENCE)
            .until(() -> messages(who, prefix).size() >= count);
        return messages(who, prefix);
    }

    private static List<String> problems(InvalidInput e) {
        return e
            .problems()
            .stream()
            .map(p -> p.field() + ":" + p.messageKey())
            .toList();
    }

    @Test
    void tenQuietDaysAskTheCircleOnceAndAnyContactStartsTheCountAgain() {
        long watchId = watches.save(bakker, null, form(10, false, ahmed, els));
        assertThat(waitFor(ahmed, "notification.watch.joined", 1)).containsExactly(
            "notification.watch.joined:Mevrouw Bakker"
        );
        assertThat(consent.has(bakker.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)).isTrue();

        clock.later(9);
        checks.checkAll();
        assertThat(stage(watchId)).isZero();

        clock.later(1);
        checks.checkAll();
        assertThat(stage(watchId)).isEqualTo(1);
        assertThat(waitFor(ahmed, "notification.watch.nudge", 1)).containsExactly(
            "notification.watch.nudge.circle:Mevrouw Bakker|10"
        );
        waitFor(els, "notification.watch.nudge", 1);
        assertThat(messages(host, "notification.watch.nudge")).isEmpty();
        assertThat(watches.view(bakker, null).asked()).isTrue();

        // The nudge reaches Ahmed's mail in the morning digest, with the link to answer.
        digest.sendDigests();
        String mail = jdbc
            .sql("select body from email_outbox where to_address = ? order by id desc limit 1")
            .param(ahmed.email())
            .query(String.class)
            .single();
        assertThat(mail)
            .contains("Heeft u Mevrouw Bakker de laatste tijd gezien? Laat het ons even weten.")
            .contains("/watch/nudges/" + watchId);

        // Checked again the same day (a second instance, a retry): nobody is asked twice.
        checks.checkAll();
        assertThat(stage(watchId)).isEqualTo(1);

        // Els and Mrs. Bakker meet as arranged: the ledger has it, and her own page shows it at once.
        clock.later(1);
        ledger.record(
            new Contact(
                bakker.residentId(),
                els.residentId(),
                clock.today(),
                ContactSource.ARRANGEMENT_MET,
                "test:" + watchId,
                null,
                street.neighbourhoodId()
            )
        );
        WatchView mine = watches.view(bakker, null);
        assertThat(mine.asked()).isFalse();
        assertThat(mine.lastContact()).isEqualTo(clock.today());
        checks.checkAll();
        assertThat(stage(watchId)).isZero();
        assertThat(quietSince(watchId)).isEqualTo(clock.today());

        clock.later(9);
        checks.checkAll();
        assertThat(stage(watchId)).isZero();
        clock.later(1);
        checks.checkAll();
        assertThat(stage(watchId)).isEqualTo(1);
        assertThat(waitFor(ahmed, "notification.watch.nudge", 2)).hasSize(2);
        assertThat(waitFor(els, "notification.watch.nudge", 2)).hasSize(2);
    }

    @Test
    void aPausedWatchAsksNobodyAndPausingEndsWhatWasAsked() {
        long watchId = watches.save(bakker, null, form(7, false, ahmed));
        clock.later(7);
        checks.checkAll();
        assertThat(stage(watchId)).isEqualTo(1);

        LocalDate today = clock.today();
        assertThatThrownBy(() -> watches.pause(bakker, null, today)).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(problems(e)).containsExactly("pausedUntil:watch.pause.past")
        );
        assertThatThrownBy(() -> watches.pause(bakker, null, today.plusDays(184))).isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(problems(e)).containsExactly("pausedUntil:watch.pause.too-far")
        );
        LocalDate until = today.plusDays(13);
        watches.pause(bakker, null, until);
        assertThat(stage(watchId)).isZero();
        assertThat(watches.view(bakker, null).pausedUntil()).isEqualTo(until);
        // A nudge answered while paused is over: nothing is recorded.
        assertThat(nudges.answer(ahmed, watchId, WatchAnswer.SEEN)).isEqualTo(WatchOutcome.NOTHING_OPEN);
        assertThat(
            fixtures.rows("contact_tie", "source = 'WATCH_SEEN' and source_ref like ?", "watch:" + watchId + ":%")
        ).isZero();

        for (int day = 1; day < 20; day++) {
            clock.later(1);
            checks.checkAll();
            assertThat(stage(watchId)).as("day %d of the pause and after", day).isZero();
        }
        // Seven quiet days after the last day of the pause.
        clock.later(1);
        assertThat(clock.today()).isEqualTo(until.plusDays(7));
        checks.checkAll();
        assertThat(stage(watchId)).isEqualTo(1);
        assertThat(watches.view(bakker, null).pausedUntil()).isNull();

        // Back early: the count starts today.
        watches.pause(bakker, null, clock.today().plusDays(30));
        watches.resume(bakker, null);
        assertThat(quietSince(watchId)).isEqualTo(clock.today());
        assertThat(watches.view(bakker, null).pausedUntil()).isNull();
    }

    @Test
    void theStreetHostHearsAFewDaysLaterAndTheBuilderOnlyWithConsent() {
        CurrentUser deWit = fixtures.neighbour("Mevrouw De Wit", street, 4);
        long bakkersWatch = watches.save(bakker, null, form(10, false, ahmed));
        long deWitsWatch = watches.save(deWit, null, form(10, true, els));
        CurrentUser samira = fixtures.builder(street);

        clock.later(10);
        checks.checkAll();
        clock.later(2);
        checks.checkAll();
        assertThat(stage(bakkersWatch)).isEqualTo(1);
        assertThat(stage(deWitsWatch)).isEqualTo(1);
        clock.later(1);
        checks.checkAll();
        assertThat(stage(bakkersWatch)).isEqualTo(2);
        assertThat(stage(deWitsWatch)).isEqualTo(2);
        assertThat(waitFor(host, "notification.watch.nudge", 2)).containsExactlyInAnyOrder(
            "notification.watch.nudge.host:Mevrouw Bakker|13",
            "notification.watch.nudge.host:Mevrouw De Wit|13"
        );
        assertThat(watchSignals(host))
            .extracting(WatchSignals.Signal::name, WatchSignals.Signal::kind, WatchSignals.Signal::stage)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Mevrouw Bakker", "QUIET", 2),
                org.assertj.core.groups.Tuple.tuple("Mevrouw De Wit", "QUIET", 2)
            );
        assertThat(watchSignals(samira)).isEmpty();
        assertThat(watchSignals(ahmed)).isEmpty();

        clock.later(3);
        checks.checkAll();
        assertThat(stage(bakkersWatch)).as("no consent to tell the builder").isEqualTo(2);
        assertThat(stage(deWitsWatch)).isEqualTo(3);
        assertThat(waitFor(samira, "notification.watch.nudge", 1)).contains(
            "notification.watch.nudge.builder:Mevrouw De Wit|16"
        );
        assertThat(messages(samira, "notification.watch.nudge.builder:Mevrouw Bakker")).isEmpty();
        assertThat(watchSignals(samira))
            .extracting(WatchSignals.Signal::name, WatchSignals.Signal::stage)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Mevrouw De Wit", 3));
        assertThat(
            fixtures.rows(
                "sensitive_read",
                "subject_resident_id = ? and data_kind = 'watch-signal' and reader_account_id = ?",
                deWit.residentId(),
                samira.accountId()
            )
        ).isPositive();
        // The builder may answer for Mrs. De Wit, never open Mrs. Bakker's.
        assertThat(nudges.view(samira, deWitsWatch).open()).isTrue();
        assertThatThrownBy(() -> nudges.view(samira, bakkersWatch)).isInstanceOf(NotPermitted.class);

        // Mrs. De Wit takes back her yes for the builder: the builder no longer sees her at once.
        watches.save(deWit, null, form(10, false, els));
        assertThat(watchSignals(samira)).isEmpty();
        assertThat(watchSignals(host)).hasSize(2);
    }

    private List<WatchSignals.Signal> watchSignals(CurrentUser who) {
        return signals
            .open(who)
            .stream()
            .filter(s -> s.source() == WatchSignals.Source.WATCH && s.streetName().equals(street.name()))
            .toList();
    }

    @Test
    void twoNeighboursAnsweringAtOnceMakeOneContactAndTwoChecksAtOnceAskOnce() throws Exception {
        List<CurrentUser> circle = List.of(
            ahmed,
            els,
            fixtures.neighbour("Kees", street, 5),
            fixtures.neighbour("Fatima", street, 6),
            fixtures.neighbour("Joop", street, 7)
        );
        long watchId = watches.save(bakker, null, form(7, false, circle.toArray(CurrentUser[]::new)));
        int rounds = 6;
        int alreadySeen = 0;
        for (int round = 1; round <= rounds; round++) {
            clock.later(7);
            race(List.<Callable<Integer>>of(checks::checkAll, checks::checkAll));
            assertThat(stage(watchId)).isEqualTo(1);

            List<WatchOutcome> outcomes = race(
                circle
                    .stream()
                    .map(member -> (Callable<WatchOutcome>) () -> nudges.answer(member, watchId, WatchAnswer.SEEN))
                    .toList()
            );
            Map<WatchOutcome, Long> counted = outcomes
                .stream()
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
            assertThat(counted).containsEntry(WatchOutcome.SEEN, 1L);
            assertThat(counted.keySet()).isSubsetOf(
                WatchOutcome.SEEN,
                WatchOutcome.SEEN_ALREADY,
                WatchOutcome.NOTHING_OPEN
            );
            alreadySeen += counted.getOrDefault(WatchOutcome.SEEN_ALREADY, 0L).intValue();
            assertThat(stage(watchId)).isZero();
            assertThat(quietSince(watchId)).isEqualTo(clock.today());
        }
        System.out.printf(
            "watch race: %d rounds of 5 neighbours answering at once; %d answers lost the conditional update%n",
            rounds,
            alreadySeen
        );
        assertThat(
            fixtures.rows("contact_tie", "source = 'WATCH_SEEN' and source_ref like ?", "watch:" + watchId + ":%")
        ).isEqualTo(rounds);
        for (CurrentUser member : circle) {
            waitFor(member, "notification.watch.nudge", rounds);
        }
        // Every event has arrived by now: each neighbour was asked exactly once per quiet stretch.
        for (CurrentUser member : circle) {
            assertThat(messages(member, "notification.watch.nudge")).hasSize(rounds);
        }
    }

    /** Runs the calls on threads of their own, released at the same moment; answers in order. */
    private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(
                    pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return call.call();
                    })
                );
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badSettingsAreRefusedWholeWithEveryFieldNamedAndNothingWritten() {
        long elsewhere = fixtures.someoneElsewhere(street.neighbourhoodId());
        long mien = fixtures.people.assisted("Mien", street.spots().get(4), 1936);
        assertThatThrownBy(() ->
            watches.save(
                bakker,
                null,
                new WatchForm(
                    3,
                    List.of(ahmed.residentId(), elsewhere, mien, bakker.residentId(), 987_654_321L),
                    true,
                    null
                )
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(problems(e)).containsExactlyInAnyOrder(
                "quietDays:watch.period.choice",
                "circle:watch.circle.not-neighbour",
                "circle:watch.circle.no-account",
                "circle:watch.circle.self",
                "circle:watch.circle.unknown"
            )
        );
        assertThatThrownBy(() ->
            watches.save(bakker, null, new WatchForm(null, List.of(), false, null))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(problems(e)).containsExactly("quietDays:watch.period.required", "circle:watch.circle.required")
        );
        List<CurrentUser> six = new ArrayList<>(List.of(ahmed, els, host));
        for (int house = 5; house <= 7; house++) {
            six.add(fixtures.neighbour("Buur " + house, street, house));
        }
        assertThatThrownBy(() ->
            watches.save(bakker, null, form(10, false, six.toArray(CurrentUser[]::new)))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("watch.circle.too-many")
        );
        // Nothing half-written: no watch, no consent, no circle.
        assertThat(fixtures.rows("watch", "resident_id = ?", bakker.residentId())).isZero();
        assertThat(consent.has(bakker.residentId(), ConsentPurpose.OUT_OF_SIGHT_WATCH)).isFalse();
        assertThat(consent.has(bakker.residentId(), ConsentPurpose.WATCH_TOLD_TO_BUILDER)).isFalse();
    }

    @Test
    void aHostSetsUpAWatchForANeighbourWithoutEmailOnlyWithHerConsentAndNobodyElseReadsIt() {
        long mien = fixtures.people.assisted("Mevrouw Mien", street.spots().get(4), 1936);
        assertThatThrownBy(() -> watches.save(host, mien, form(14, false, ahmed))).isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(problems(e)).containsExactly("consentMethod:watch.consent.needed")
        );
        assertThatThrownBy(() ->
            watches.save(host, mien, new WatchForm(14, List.of(ahmed.residentId()), false, ConsentMethod.ONLINE))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(problems(e)).containsExactly("consentMethod:watch.consent.not-online")
        );
        assertThat(fixtures.rows("watch", "resident_id = ?", mien)).isZero();

        long watchId = watches.save(
            host,
            mien,
            new WatchForm(14, List.of(ahmed.residentId()), true, ConsentMethod.VERBAL)
        );
        List<ConsentEntry> history = consent.history(mien);
        assertThat(history)
            .extracting(
                ConsentEntry::purpose,
                ConsentEntry::onBehalf,
                ConsentEntry::method,
                ConsentEntry::recordedByAccountId
            )
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(
                    ConsentPurpose.OUT_OF_SIGHT_WATCH,
                    true,
                    ConsentMethod.VERBAL,
                    host.accountId()
                ),
                org.assertj.core.groups.Tuple.tuple(
                    ConsentPurpose.WATCH_TOLD_TO_BUILDER,
                    true,
                    ConsentMethod.VERBAL,
                    host.accountId()
                )
            );
        // Changing it later needs no new consent while hers is in force.
        watches.save(host, mien, form(21, true, ahmed, els));

        WatchView seenByHost = watches.view(host, mien);
        assertThat(seenByHost.quietDays()).isEqualTo(21);
        assertThat(seenByHost.forSomeoneElse()).isTrue();
        assertThat(
            fixtures.rows(
                "sensitive_read",
                "subject_resident_id = ? and reader_account_id = ? and data_kind = 'watch'",
                mien,
                host.accountId()
            )
        ).isPositive();
        CurrentUser samira = fixtures.builder(street);
        assertThat(watches.view(samira, mien).circle()).hasSize(2);

        // The circle and other neighbours never read her settings; they only ever see a nudge.
        for (CurrentUser nobody : List.of(
            ahmed,
            bakker,
            fixtures.people.login(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT)
        )) {
            assertThatThrownBy(() -> watches.view(nobody, mien)).isInstanceOfSatisfying(NotPermitted.class, e ->
                assertThat(e.messageKey()).isEqualTo("watch.not-yours")
            );
            assertThatThrownBy(() -> watches.stop(nobody, mien)).isInstanceOf(NotPermitted.class);
        }
        assertThatThrownBy(() -> nudges.view(bakker, watchId)).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("watch.nudge.not-yours")
        );
        WatchNudgeView ahmedsView = nudges.view(ahmed, watchId);
        assertThat(ahmedsView.open()).isFalse();
        assertThat(ahmedsView.name()).isEqualTo("Mevrouw Mien");

        // The host stops it for her: gone, and her consents withdrawn on her behalf.
        assertThat(watches.stop(host, mien)).isTrue();
        assertThat(fixtures.rows("watch", "resident_id = ?", mien)).isZero();
        assertThat(consent.has(mien, ConsentPurpose.OUT_OF_SIGHT_WATCH)).isFalse();
        assertThat(consent.has(mien, ConsentPurpose.WATCH_TOLD_TO_BUILDER)).isFalse();
    }

    @Test
    void onlyThoseAskedAnswerAWorryReachesTheHostAtOnceAndSeenIsAContact() {
        long watchId = watches.save(bakker, null, form(10, false, ahmed, els));
        CurrentUser outsider = fixtures.neighbour("Nieuwsgierige buur", street, 6);
        clock.later(10);
        checks.checkAll();

        assertThatThrownBy(() -> nudges.answer(outsider, watchId, WatchAnswer.SEEN)).isInstanceOf(NotPermitted.class);
        assertThat(nudges.answer(host, watchId, WatchAnswer.SEEN))
            .as("the host is asked from the second stage on")
            .isEqualTo(WatchOutcome.NOTHING_OPEN);
        assertThat(stage(watchId)).isEqualTo(1);

        assertThat(nudges.answer(ahmed, watchId, WatchAnswer.GOING)).isEqualTo(WatchOutcome.GOING);
        assertThat(nudges.view(ahmed, watchId).earlierAnswer()).isEqualTo(WatchAnswer.GOING);

        assertThat(nudges.answer(els, watchId, WatchAnswer.WORRIED)).isEqualTo(WatchOutcome.WORRY_HOST);
        assertThat(nudges.answer(els, watchId, WatchAnswer.WORRIED)).isEqualTo(WatchOutcome.WORRY_HOST);
        assertThat(waitFor(host, "notification.watch.worry", 1)).containsExactly(
            "notification.watch.worry:Mevrouw Bakker|Els"
        );
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    fixtures.rows(
                        "email_outbox",
                        "to_address = ? and subject like ?",
                        host.email(),
                        "Els maakt zich zorgen%"
                    ) ==
                    1
            );
        assertThat(watchSignals(host)).extracting(WatchSignals.Signal::kind).containsExactly("WORRY");

        assertThat(nudges.answer(ahmed, watchId, WatchAnswer.SEEN)).isEqualTo(WatchOutcome.SEEN);
        assertThat(stage(watchId)).isZero();
        assertThat(
            jdbc
                .sql(
                    """
                    select purpose from contact_tie where source = 'WATCH_SEEN' and resident_a = least(?, ?)
                      and resident_b = greatest(?, ?)"""
                )
                .params(bakker.residentId(), ahmed.residentId(), bakker.residentId(), ahmed.residentId())
                .query(String.class)
                .list()
        ).containsExactly("OUT_OF_SIGHT_WATCH");
        assertThat(watchSignals(host)).as("the worry closes once she is seen").isEmpty();

        // Ahmed leaves the circle: he reads nothing of her any more and is not asked again.
        nudges.leave(ahmed, watchId);
        assertThatThrownBy(() -> nudges.view(ahmed, watchId)).isInstanceOf(NotPermitted.class);
        clock.later(10);
        checks.checkAll();
        waitFor(els, "notification.watch.nudge", 2);
        assertThat(messages(ahmed, "notification.watch.nudge")).hasSize(1);
    }

    @Test
    void theStreetHostSeesTheSignalsOfRoundsAndOfTheWatchTogether() {
        // A round visits Mrs. Bakker; the volunteer notes that someone should look in on her.
        RoundFixtures rounds = new RoundFixtures(jdbc, accounts, consent);
        consent.record(
            bakker.residentId(),
            ConsentPurpose.VISITED_BY_ROUND,
            true,
            bakker.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        CurrentUser coordinator = fixtures.neighbour("Truus", street, 8);
        CurrentUser volunteer = fixtures.neighbour("Anouk", street, 9);
        long initiative = rounds.anInitiativeOwnedBy(street.neighbourhoodId(), coordinator.residentId());
        LocalDate today = roundManagement.today();
        long roundId = roundManagement.create(coordinator, RoundFixtures.round(initiative, today, 52.09, 5.12), null);
        roundManagement.addRecipient(
            coordinator,
            roundId,
            new RecipientForm(bakker.residentId(), LocalTime.of(0, 0), LocalTime.of(23, 59), "", null),
            null
        );
        roundManagement.addVolunteer(
            coordinator,
            roundId,
            new VolunteerForm(volunteer.residentId(), "WALKING", 5),
            null
        );
        roundManagement.signUp(volunteer, roundId, today, new SignupForm(LocalTime.of(0, 0), LocalTime.of(23, 59)));
        roundManagement.plan(coordinator, roundId, today);
        visits.tick(volunteer, roundId, today, new VisitForm(bakker.residentId(), "VISITED", "NOT_SO_WELL", "", true));

        // Els worries about Mr. Jansen, whose watch asked her.
        CurrentUser jansen = fixtures.neighbour("Meneer Jansen", street, 4);
        long watchId = watches.save(jansen, null, form(7, false, els));
        clock.later(7);
        checks.checkAll();
        nudges.answer(els, watchId, WatchAnswer.WORRIED);

        List<WatchSignals.Signal> open = signals
            .open(host)
            .stream()
            .filter(s -> s.streetName().equals(street.name()))
            .toList();
        assertThat(open)
            .extracting(WatchSignals.Signal::source, WatchSignals.Signal::kind, WatchSignals.Signal::name)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(WatchSignals.Source.WATCH, "WORRY", "Meneer Jansen"),
                org.assertj.core.groups.Tuple.tuple(
                    WatchSignals.Source.ROUND,
                    "VISIT_NEEDS_ATTENTION",
                    "Mevrouw Bakker"
                )
            );
        assertThat(open.getFirst().link()).isEqualTo("/watch/nudges/" + watchId);
        assertThat(open.get(1).wish()).as("what she wished is for the builder, with her consent").isNull();
    }

    @Test
    void withdrawingConsentOnThePrivacyPageStopsTheWatch() {
        watches.save(bakker, null, form(10, false, ahmed));
        consent.record(
            bakker.residentId(),
            ConsentPurpose.OUT_OF_SIGHT_WATCH,
            false,
            bakker.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        await()
            .atMost(PATIENCE)
            .until(() -> fixtures.rows("watch", "resident_id = ?", bakker.residentId()) == 0);
        assertThat(watches.view(bakker, null).on()).isFalse();
    }
}
