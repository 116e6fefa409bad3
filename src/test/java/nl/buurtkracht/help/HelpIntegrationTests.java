package nl.buurtkracht.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Help on the real database: ranking that puts neighbours and earlier contact first and never puts
 * forward who declined, claims that give an ask to one helper only, bad input that stores nothing,
 * arrangements that are confirmed, followed up and noticed when they stop.
 */
@SpringBootTest
@RecordApplicationEvents
class HelpIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    HelpManagement management;

    @Autowired
    Asks asks;

    @Autowired
    Arrangements arrangements;

    @Autowired
    ConsentLedger consent;

    @Autowired
    ApplicationEvents events;

    @Autowired
    nl.buurtkracht.help.internal.WaitingAsks waitingAsks;

    HelpFixtures fixtures;
    LocalDate soon;
    List<Spot> street;
    List<Spot> otherStreet;

    @BeforeEach
    void neighbourhood() {
        fixtures = new HelpFixtures(jdbc, accounts);
        soon = management.today().plusDays(7);
        CurrentUser ria = fixtures.ria();
        street = fixtures.spotsOn(ria.scope().homeStreetId());
        otherStreet = fixtures.spotsOn(
            fixtures.otherStreets(ria.scope().homeNeighbourhoodId(), ria.scope().homeStreetId()).getFirst()
        );
    }

    @Test
    void neighboursWhoMetBeforeAndShareALanguageRankHighAndWhoDeclinedIsNeverPutForwardAgain() {
        Spot home = street.getFirst();
        Spot sameBlock = street
            .stream()
            .filter(s -> s != home && java.util.Objects.equals(s.blockId(), home.blockId()))
            .findFirst()
            .orElseThrow();
        Spot farEnd = street.getLast();
        CurrentUser asker = fixtures.resident("Bep", home, 1941);
        CurrentUser blockHelper = fixtures.resident("Anouk", sameBlock, 1990);
        CurrentUser streetHelper = fixtures.resident("Piet", farEnd, 1960);
        CurrentUser friend = fixtures.resident("Emre", otherStreet.getFirst(), 1985);
        for (CurrentUser helper : List.of(blockHelper, streetHelper, friend)) {
            management.offer(helper, HelpFixtures.offer(HelpKind.COFFEE, "NEIGHBOURHOOD"), null);
        }
        fixtures.profileItem(asker, "LANGUAGE", "turks", "Turks");
        fixtures.profileItem(friend, "LANGUAGE", "turks", "Turks");
        fixtures.profileItem(asker, "LIKE", "tuinieren", "tuinieren");
        fixtures.profileItem(friend, "LIKE", "tuinieren", "tuinieren");

        long first = management.ask(asker, HelpFixtures.ask(HelpKind.COFFEE, soon, ""), null);
        List<CandidateView> before = mine(asks.candidates(asker, first, 50), blockHelper, streetHelper, friend);
        assertThat(before).extracting(CandidateView::residentId).contains(blockHelper.residentId());
        CandidateView block = before
            .stream()
            .filter(c -> c.residentId() == blockHelper.residentId())
            .findFirst()
            .orElseThrow();
        assertThat(block.reasons())
            .extracting(Reason::key)
            .contains(home.blockId() != null ? "help.reason.same-block" : "help.reason.same-street");
        CandidateView emre = before
            .stream()
            .filter(c -> c.residentId() == friend.residentId())
            .findFirst()
            .orElseThrow();
        assertThat(emre.reasons()).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo("help.reason.language");
                assertThat(r.args()).containsExactly("Turks");
            });
        assertThat(emre.reasons())
            .extracting(Reason::key)
            .contains("help.reason.interest")
            .doesNotContain("help.reason.met-before");

        // Emre helps once; the next time he is remembered. Piet says no, and is not asked again.
        assertThat(management.claim(friend, first).won()).isTrue();
        long second = management.ask(asker, HelpFixtures.ask(HelpKind.CHAT, soon.plusDays(1), ""), null);
        management.invite(asker, second, List.of(streetHelper.residentId()));
        management.decline(streetHelper, second);
        long third = management.ask(asker, HelpFixtures.ask(HelpKind.WALK, soon.plusDays(2), ""), null);
        List<CandidateView> after = mine(asks.candidates(asker, third, 50), blockHelper, streetHelper, friend);
        assertThat(after).extracting(CandidateView::residentId).doesNotContain(streetHelper.residentId());
        CandidateView emreAgain = after
            .stream()
            .filter(c -> c.residentId() == friend.residentId())
            .findFirst()
            .orElseThrow();
        assertThat(emreAgain.reasons()).extracting(Reason::key).contains("help.reason.met-before");
        assertThat(emreAgain.score()).isGreaterThan(emre.score());
    }

    @Test
    void ofTwentyHelpersTappingAtOnceExactlyOneGetsTheAskAndTheOthersSeeOtherAsks() throws Exception {
        CurrentUser asker = fixtures.resident("Truus", street.get(1), 1938);
        List<CurrentUser> helpers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            helpers.add(fixtures.resident("Helper " + i, street.get(2 + (i % (street.size() - 2))), 1980));
        }
        long askId = management.ask(asker, HelpFixtures.ask(HelpKind.SHOPPING, soon, ""), null);
        CyclicBarrier gate = new CyclicBarrier(helpers.size());
        List<Callable<ClaimOutcome>> claims = helpers
            .stream()
            .<Callable<ClaimOutcome>>map(
                h ->
                    () -> {
                        gate.await();
                        return management.claim(h, askId);
                    }
            )
            .toList();
        List<ClaimOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(helpers.size())) {
            for (Future<ClaimOutcome> f : pool.invokeAll(claims)) {
                outcomes.add(f.get());
            }
        }
        assertThat(outcomes).filteredOn(ClaimOutcome::won).hasSize(1);
        assertThat(outcomes)
            .filteredOn(o -> !o.won())
            .hasSize(19);
        assertThat(fixtures.rows("help_invitation", "ask_id = ? and answer = 'ACCEPTED'", askId)).isEqualTo(1);
        assertThat(events.stream(AskMatched.class).filter(e -> e.askId() == askId)).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        CurrentUser asker = fixtures.resident("Gerrit", street.get(3), 1950);
        int before = fixtures.rows("help_ask", "asker_resident_id = ?", asker.residentId());
        assertThat(
            problem(() -> management.ask(asker, HelpFixtures.ask(HelpKind.CHAT, soon.minusDays(30), ""), null))
        ).isEqualTo("day:help.day.past");
        assertThat(
            problem(() -> management.ask(asker, HelpFixtures.ask(HelpKind.CHAT, soon, "FREQ=WEEKLY"), null))
        ).isEqualTo("rrule:help.rrule.unbounded");
        AskForm juggling = HelpFixtures.ask(HelpKind.CHAT, soon, "");
        juggling = new AskForm(
            "JUGGLING",
            "",
            soon,
            null,
            null,
            "",
            "",
            "WHENEVER",
            "STREET",
            false,
            null,
            "ONLINE",
            null
        );
        AskForm unknownKind = juggling;
        assertThat(problem(() -> management.ask(asker, unknownKind, null))).isEqualTo("kind:help.kind.unknown");
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", asker.residentId())).isEqualTo(before);

        long offer = management.offer(asker, HelpFixtures.offer(HelpKind.WALK, "STREET"), null);
        AcceptForm weekly = new AcceptForm(soon, java.time.LocalTime.of(10, 0), "FREQ=WEEKLY;COUNT=4", "", null, null);
        assertThat(problem(() -> management.acceptOffer(asker, offer, weekly, null))).isEqualTo("offer:help.offer.own");
        long own = management.ask(asker, HelpFixtures.ask(HelpKind.CHAT, soon, ""), null);
        assertThat(problem(() -> management.claim(asker, own))).isEqualTo("ask:help.claim.own-ask");
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", asker.residentId())).isEqualTo(before + 1);
    }

    @Test
    void aHostAsksForANeighbourOnlyWithHerConsentAndHerAskIsLoggedWhenOthersReadIt() {
        CurrentUser henk = fixtures.login(nl.buurtkracht.demo.DemoData.STREET_HOST);
        Spot spot = fixtures.spotsOn(henk.scope().hostedStreetIds().iterator().next()).get(4);
        long mien = fixtures.assisted("Mien", spot, 1936);
        AskForm forMien = new AskForm(
            "COFFEE",
            "Mien zou graag wekelijks koffie drinken",
            soon,
            java.time.LocalTime.of(10, 0),
            60,
            "FREQ=WEEKLY;COUNT=12",
            "",
            "WHENEVER",
            "STREET",
            false,
            mien,
            "PHONE",
            null
        );
        assertThat(problem(() -> management.ask(henk, forMien, null))).isEqualTo("consentMethod:help.consent.needed");
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", mien)).isZero();

        AskForm withConsent = new AskForm(
            forMien.kind(),
            forMien.description(),
            forMien.day(),
            forMien.start(),
            forMien.minutes(),
            forMien.rrule(),
            "",
            "WHENEVER",
            "STREET",
            false,
            mien,
            "PHONE",
            ConsentMethod.VERBAL
        );
        long askId = management.ask(henk, withConsent, "mien-1");
        assertThat(management.ask(henk, withConsent, "mien-1")).as("a retry asks nothing twice").isEqualTo(askId);
        assertThat(fixtures.rows("help_ask", "asker_resident_id = ?", mien)).isEqualTo(1);
        assertThat(consent.has(mien, ConsentPurpose.HELP_ASKED_FOR_ME)).isTrue();
        AskView seen = asks.view(henk, askId);
        assertThat(seen.relation()).isEqualTo(AskView.Relation.ACTING_FOR);
        assertThat(seen.onBehalf()).isTrue();
        assertThat(
            fixtures.rows("sensitive_read", "subject_resident_id = ? and data_kind = 'help-ask'", mien)
        ).isEqualTo(1);

        CurrentUser kees = fixtures.login(nl.buurtkracht.demo.DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        assertThatThrownBy(() -> asks.view(kees, askId)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> asks.candidates(kees, askId, 10)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> management.claim(kees, askId)).isInstanceOf(NotPermitted.class);

        // Mien has no account: Henk, who acts for her, keeps the arrangement for her, and that is logged.
        jdbc
            .sql("insert into representation (representative_account_id, resident_id) values (?, ?)")
            .params(henk.accountId(), mien)
            .update();
        CurrentUser neighbour = fixtures.resident("Fatma", spot, 1979);
        Long arrangementId = management.claim(neighbour, askId).arrangementId();
        assertThat(arrangementId).isNotNull();
        ArrangementView keptForMien = arrangements.view(henk, arrangementId);
        assertThat(keptForMien.askerName()).isEqualTo("Mien");
        assertThat(keptForMien.iAmHelper()).isFalse();
        assertThat(
            fixtures.rows("sensitive_read", "subject_resident_id = ? and data_kind = 'help-arrangement'", mien)
        ).isEqualTo(1);
        assertThatThrownBy(() -> arrangements.view(kees, arrangementId)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void aWeeklyWalkIsConfirmedInOneTapAskedHowItWasAndNoticedWhenItStops() {
        CurrentUser walker = fixtures.resident("Joop", street.get(5), 1962);
        CurrentUser widower = fixtures.resident("Wim", street.get(6), 1940);
        long offer = management.offer(walker, HelpFixtures.offer(HelpKind.WALK, "STREET", "TUESDAY-MORNING"), null);
        LocalDate tuesday = soon.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
        ClaimOutcome accepted = management.acceptOffer(
            widower,
            offer,
            new AcceptForm(tuesday, java.time.LocalTime.of(10, 0), "FREQ=WEEKLY;COUNT=8", "Graag!", null, null),
            null
        );
        assertThat(accepted.arrangementId()).isNotNull();
        long id = accepted.arrangementId();
        assertThat(fixtures.rows("help_arrangement_time", "arrangement_id = ?", id)).isEqualTo(8);
        assertThat(
            events.stream(AskMatched.class).filter(e -> e.arrangementId() != null && e.arrangementId() == id)
        ).hasSize(1);

        // Move the first times into the past, as if weeks went by.
        jdbc
            .sql(
                "update help_arrangement_time set starts_at = starts_at - interval '35 days', day = day - 35 where arrangement_id = ?"
            )
            .param(id)
            .update();
        jdbc
            .sql("update help_arrangement set created_at = created_at - interval '40 days' where id = ?")
            .param(id)
            .update();
        LocalDate firstDay = jdbc
            .sql("select min(day) from help_arrangement_time where arrangement_id = ?")
            .param(id)
            .query(LocalDate.class)
            .single();
        arrangements.answer(widower, id, firstDay, "MET");
        arrangements.answer(walker, id, firstDay, "MET");
        assertThat(events.stream(ArrangementMet.class).filter(e -> e.arrangementId() == id))
            .singleElement()
            .satisfies(e -> assertThat(e.first()).isTrue());
        arrangements.feedback(widower, id, "GOOD", "Fijne man");
        assertThat(arrangements.view(widower, id).myFeeling()).isEqualTo("GOOD");
        assertThat(arrangements.view(walker, id).myFeeling()).as("private to who wrote it").isNull();
        CurrentUser stranger = fixtures.resident("Kim", street.get(7), 1999);
        assertThatThrownBy(() -> arrangements.view(stranger, id)).isInstanceOf(NotPermitted.class);

        // The next two times pass without a word: the arrangement lapsed, and without consent no host hears.
        arrangements.noticeLapses();
        assertThat(events.stream(ArrangementLapsed.class).filter(e -> e.arrangementId() == id))
            .singleElement()
            .satisfies(e -> {
                assertThat(e.reason()).isEqualTo(ArrangementLapsed.Reason.TWO_MISSED_IN_A_ROW);
                assertThat(e.streetHostResidentIds()).isEmpty();
            });
        arrangements.noticeLapses();
        assertThat(events.stream(ArrangementLapsed.class).filter(e -> e.arrangementId() == id))
            .as("told once")
            .hasSize(1);
        assertThat(arrangements.view(widower, id).status()).isEqualTo("LAPSED");
    }

    @Test
    void anAskNobodyAnsweredForADayGetsTheNearestFittingHelperInvitedButNoHelperMoreThanThreeAtOnce() {
        CurrentUser helper = fixtures.resident("Sjaak", otherStreet.get(2), 1970);
        management.offer(helper, HelpFixtures.offer(HelpKind.SMALL_REPAIR, "NEIGHBOURHOOD"), null);
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CurrentUser asker = fixtures.resident("Vrager " + i, otherStreet.get(3 + i), 1945);
            waiting.add(management.ask(asker, HelpFixtures.ask(HelpKind.SMALL_REPAIR, soon, ""), null));
        }
        long fresh = management.ask(
            fixtures.resident("Nieuw", otherStreet.get(9), 1950),
            HelpFixtures.ask(HelpKind.SMALL_REPAIR, soon, ""),
            null
        );
        jdbc
            .sql("update help_ask set created_at = created_at - interval '2 days' where id = any(?)")
            .param(waiting.toArray(Long[]::new))
            .update();

        waitingAsks.inviteForWaitingAsks();

        assertThat(fixtures.rows("help_invitation", "helper_resident_id = ? and answer is null", helper.residentId()))
            .as("at most three at once")
            .isEqualTo(3);
        assertThat(fixtures.rows("help_invitation", "ask_id = ?", fresh)).as("a day has not passed").isZero();
        assertThat(events.stream(HelperInvited.class).filter(e -> e.helperResidentId() == helper.residentId())).hasSize(
            3
        );
        waitingAsks.inviteForWaitingAsks();
        assertThat(fixtures.rows("help_invitation", "helper_resident_id = ?", helper.residentId()))
            .as("nothing twice")
            .isEqualTo(3);
    }

    private static List<CandidateView> mine(List<CandidateView> all, CurrentUser... people) {
        List<Long> ids = java.util.Arrays.stream(people).map(CurrentUser::residentId).toList();
        return all
            .stream()
            .filter(c -> ids.contains(c.residentId()))
            .toList();
    }

    private static String problem(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.problems().getFirst().field() + ":" + e.problems().getFirst().messageKey();
        }
        throw new AssertionError("no problem reported");
    }

    private static String problem(Callable<?> action) {
        return problem(() -> {
            try {
                action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
