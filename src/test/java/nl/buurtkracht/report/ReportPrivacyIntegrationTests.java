package nl.buurtkracht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.BuilderLogForm;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.help.HelpFixtures.Spot;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.round.RoundFixtures;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.Visits;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No personal data in reports: a unique string planted in a visit note (written through the round's
 * own service), a resident's unique name and a unique line of the builder's log appear in no report
 * page, CSV, PDF or API answer that the analyst or the builder reads, and neither does any resident's
 * name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ConsentLedger consent;

    @Autowired
    RoundManagement rounds;

    @Autowired
    Visits visits;

    @Autowired
    BuilderLog builderLog;

    @Test
    void plantedWordsAndNamesAppearInNoReport() throws Exception {
        var fixtures = new ReportFixtures(jdbc, accounts, ledger);
        var roundFixtures = new RoundFixtures(jdbc, accounts, consent);
        String secretWish = "GEHEIM" + UUID.randomUUID().toString().substring(0, 8);
        String secretName = "Zwaantje Privacy" + UUID.randomUUID().toString().substring(0, 8);
        String secretLog = "LOGREGEL" + UUID.randomUUID().toString().substring(0, 8);

        long neighbourhood = fixtures.neighbourhood("Privacybuurt");
        Street street = fixtures.street(neighbourhood, "Stille Straat", 30);
        List<Long> people = fixtures.residents(street, 1950);
        LocalDate today = rounds.today();
        for (int i = 0; i < 24; i += 2) {
            fixtures.contact(people.get(i), people.get(i + 1), today.minusDays(2), "p" + i);
        }
        List<Spot> spots = street
            .addressIds()
            .stream()
            .map(a -> new Spot(a, street.id(), neighbourhood, null))
            .toList();

        // A round in the neighbourhood; the volunteer writes a note with the secret after her visit.
        CurrentUser coordinator = roundFixtures.people.resident("Truus Coördinator", spots.get(24), 1960);
        long initiative = roundFixtures.anInitiativeOwnedBy(neighbourhood, coordinator.residentId());
        double[] start = roundFixtures.where(spots.get(24));
        long round = rounds.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
        CurrentUser recipient = roundFixtures.agreedRecipient(secretName, spots.get(25));
        consent.record(
            recipient.residentId(),
            ConsentPurpose.VISIT_NOTES_SHARED_WITH_BUILDER,
            true,
            recipient.accountId(),
            false,
            ConsentMethod.ONLINE
        );
        rounds.addRecipient(coordinator, round, RoundFixtures.recipient(recipient.residentId(), 13, 17), null);
        CurrentUser volunteer = roundFixtures.people.resident("Sanne Vrijwilliger", spots.get(26), 1992);
        rounds.addVolunteer(coordinator, round, new VolunteerForm(volunteer.residentId(), "WALKING", 10), null);
        rounds.signUp(volunteer, round, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        rounds.plan(coordinator, round, today);
        rounds.moveStop(coordinator, round, today, recipient.residentId(), volunteer.residentId(), 1);
        visits.tick(
            volunteer,
            round,
            today,
            new VisitForm(recipient.residentId(), "VISITED", "WORRIED", secretWish, true)
        );
        assertThat(
            jdbc.sql("select count(*) from visit_note where wish = ?").param(secretWish).query(Integer.class).single()
        ).isOne();

        CurrentUser builder = fixtures.builder("Bouwer", neighbourhood);
        builderLog.add(
            builder,
            neighbourhood,
            new BuilderLogForm(today.toString(), "COUPLED", secretLog + " gekoppeld aan " + secretName, "1", null),
            null
        );

        List<String> names = jdbc
            .sql(
                "select r.display_name from resident r join address a on a.id = r.address_id where a.neighbourhood_id = ?"
            )
            .param(neighbourhood)
            .query(String.class)
            .list();
        assertThat(names).contains(secretName, "Truus Coördinator", "Sanne Vrijwilliger");
        List<String> forbidden = new ArrayList<>(names);
        forbidden.add(secretWish);
        forbidden.add(secretLog);

        String from = today.minusDays(30).toString();
        String to = today.toString();
        for (CurrentUser reader : List.of(fixtures.analyst(), builder)) {
            List<String> answers = new ArrayList<>();
            answers.add(text(get("/reports"), reader));
            answers.add(
                text(get("/reports/neighbourhoods/{id}", neighbourhood).param("from", from).param("to", to), reader)
            );
            answers.add(text(get("/reports/streets/{id}", street.id()).param("from", from).param("to", to), reader));
            answers.add(
                text(
                    get("/reports/neighbourhoods/{id}/report.csv", neighbourhood).param("from", from).param("to", to),
                    reader
                )
            );
            answers.add(
                text(
                    get("/api/v1/reports/neighbourhoods/{id}", neighbourhood).param("from", from).param("to", to),
                    reader
                )
            );
            answers.add(
                text(
                    get("/api/v1/reports/neighbourhoods/{id}", neighbourhood)
                        .param("from", from)
                        .param("to", to)
                        .header("Accept", "text/csv"),
                    reader
                )
            );
            answers.add(
                text(get("/api/v1/reports/streets/{id}", street.id()).param("from", from).param("to", to), reader)
            );
            byte[] pdf = mvc
                .perform(
                    get("/reports/neighbourhoods/{id}/report.pdf", neighbourhood)
                        .param("from", from)
                        .param("to", to)
                        .with(user(reader))
                )
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                answers.add(new PDFTextStripper().getText(document));
            }
            // The reports did count what happened: a tie of 12 pairs and the street.
            assertThat(answers.get(1)).contains("Stille Straat");
            for (String answer : answers) {
                for (String word : forbidden) {
                    assertThat(answer).as("what %s reads", reader).doesNotContain(word);
                }
            }
        }
    }

    private String text(
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
        CurrentUser reader
    ) throws Exception {
        return mvc
            .perform(request.with(user(reader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }
}
