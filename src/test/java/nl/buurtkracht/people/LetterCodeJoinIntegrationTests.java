package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.HouseholdCodes.Letter;
import nl.buurtkracht.people.Registration.JoinRequest;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Joining with a household letter code: the rules of the code, and people using it at once. */
@SpringBootTest
class LetterCodeJoinIntegrationTests {

    /** Demo street 3 (Narcissendreef), used only by this test class. */
    private static final long STREET = 3;

    @Autowired
    Registration registration;

    @Autowired
    HouseholdCodes codes;

    @Autowired
    ConsentLedger consent;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenPeopleUsingTheSameCodeAtOnceCreateExactlyTheAllowedAccounts() throws Exception {
        Letter letter = letterFor(20);
        jdbc.sql("update household_code set max_uses = 4, uses = 0 where code = ?").param(letter.code()).update();
        int before = residentsAt(letter);

        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                String email = "race" + i + "." + System.nanoTime() + "@example.nl";
                outcomes.add(
                    pool.submit(() -> {
                        start.await();
                        try {
                            registration.join(
                                new JoinRequest(
                                    letter.printedCode(),
                                    "Buur",
                                    email,
                                    "lang genoeg wachtwoord",
                                    null,
                                    true
                                )
                            );
                            return "joined";
                        } catch (InvalidInput e) {
                            return e.problems().getFirst().messageKey();
                        }
                    })
                );
            }
            start.countDown();
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }

        assertThat(results).filteredOn("joined"::equals).hasSize(4);
        assertThat(results).filteredOn("join.code.used"::equals).hasSize(6);
        assertThat(residentsAt(letter)).isEqualTo(before + 4);
        assertThat(
            jdbc
                .sql("select uses from household_code where code = ?")
                .param(letter.code())
                .query(Integer.class)
                .single()
        ).isEqualTo(4);
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsWritten() {
        Letter letter = letterFor(21);
        int before = residentsAt(letter);
        int usesBefore = uses(letter);

        assertThatThrownBy(() ->
            registration.join(new JoinRequest(letter.code(), " ", "not-an-email", "short", 1850, true))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("displayName", "email", "password", "birthYear")
        );

        assertThat(residentsAt(letter)).isEqualTo(before);
        assertThat(uses(letter)).isEqualTo(usesBefore);
    }

    @Test
    void anUnknownOrExpiredCodeSaysSoAndTheSameEmailCannotJoinTwice() {
        Letter letter = letterFor(22);
        String email = "once." + System.nanoTime() + "@example.nl";

        assertThat(
            problem(new JoinRequest("ABCD-EF23", "Buur", "x" + email, "lang genoeg wachtwoord", null, false))
        ).isEqualTo("join.code.unknown");

        long resident = registration.join(
            new JoinRequest(letter.code(), "Buur", email, "lang genoeg wachtwoord", 1950, false)
        );
        assertThat(consent.has(resident, ConsentPurpose.NAME_VISIBLE_TO_STREET)).isFalse();
        assertThat(
            problem(new JoinRequest(letter.code(), "Buur", email.toUpperCase(), "lang genoeg wachtwoord", null, false))
        ).isEqualTo("join.email.taken");

        jdbc
            .sql("update household_code set expires_at = now() - interval '1 day' where code = ?")
            .param(letter.code())
            .update();
        assertThat(
            problem(new JoinRequest(letter.code(), "Buur", "y" + email, "lang genoeg wachtwoord", null, false))
        ).isEqualTo("join.code.expired");
    }

    private String problem(JoinRequest request) {
        try {
            registration.join(request);
            return "joined";
        } catch (InvalidInput e) {
            return e.problems().getFirst().messageKey();
        }
    }

    private Letter letterFor(int houseNumber) {
        return codes
            .issueForStreet(STREET)
            .stream()
            .filter(l -> l.address().houseNumber() == houseNumber)
            .findFirst()
            .orElseThrow();
    }

    private int residentsAt(Letter letter) {
        return jdbc
            .sql("select count(*) from resident where address_id = ?")
            .param(letter.address().id())
            .query(Integer.class)
            .single();
    }

    private int uses(Letter letter) {
        return jdbc
            .sql("select uses from household_code where code = ?")
            .param(letter.code())
            .query(Integer.class)
            .single();
    }
}
