package nl.buurtkracht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy test: a unique string planted in a visit note, by a recipient who did not
 * agree to share her notes with the builder, appears in no page, API answer, export, email or report
 * that a role without that consent reads (street host, builder, analyst, a neighbour), while the
 * round's coordinator, who may read it, does see it — so the search would find it if it leaked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlantedVisitNoteReachesNobodyWithoutConsentIntegrationTests {

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

    @Test
    void aPlantedNoteAppearsNowhereARoleWithoutConsentCanSee() throws Exception {
        var fixtures = new ReportFixtures(jdbc, accounts, ledger);
        var roundFixtures = new RoundFixtures(jdbc, accounts, consent);
        String secret = "NOTITIE" + UUID.randomUUID().toString().substring(0, 8);

        long neighbourhood = fixtures.neighbourhood("Geheimbuurt");
        Street street = fixtures.street(neighbourhood, "Zwijgstraat", 30);
        List<Long> people = fixtures.residents(street, 1950);
        LocalDate today = rounds.today();
        for (int i = 0; i < 24; i += 2) {
            fixtures.contact(people.get(i), people.get(i + 1), today.minusDays(2), "g" + i);
        }
        List<Spot> spots = street
            .addressIds()
            .stream()
            .map(a -> new Spot(a, street.id(), neighbourhood, null))
            .toList();
        fixtures.block(street, street.addressIds(), people.get(0));
        CurrentUser host = fixtures.account(people.get(0), "Hanna Blokhoofd");
        CurrentUser neighbour = fixtures.account(people.get(1), "Nico Buurman");
        CurrentUser builder = fixtures.builder("Bouwer", neighbourhood);
        CurrentUser analyst = fixtures.analyst();

        CurrentUser coordinator = roundFixtures.people.resident("Truus Coördinator", spots.get(24), 1960);
        long initiative = roundFixtures.anInitiativeOwnedBy(neighbourhood, coordinator.residentId());
        double[] start = roundFixtures.where(spots.get(24));
        long round = rounds.create(coordinator, RoundFixtures.round(initiative, today, start[0], start[1]), null);
        // She agreed to be visited, not to share what she says with the builder.
        CurrentUser recipient = roundFixtures.agreedRecipient("Mevrouw Zwijger", spots.get(25));
        rounds.addRecipient(coordinator, round, RoundFixtures.recipient(recipient.residentId(), 13, 17), null);
        CurrentUser volunteer = roundFixtures.people.resident("Sanne Vrijwilliger", spots.get(26), 1992);
        rounds.addVolunteer(coordinator, round, new VolunteerForm(volunteer.residentId(), "WALKING", 10), null);
        rounds.signUp(volunteer, round, today, new SignupForm(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        rounds.plan(coordinator, round, today);
        rounds.moveStop(coordinator, round, today, recipient.residentId(), volunteer.residentId(), 1);
        visits.tick(volunteer, round, today, new VisitForm(recipient.residentId(), "VISITED", "WORRIED", secret, true));

        // The street host hears that a neighbour could use attention (without the note).
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    jdbc
                        .sql("select count(*) from notification where account_id = ? and topic = 'ROUND_SIGNALS'")
                        .param(host.accountId())
                        .query(Integer.class)
                        .single() >
                    0
            );

        String notes = "/api/v1/rounds/" + round + "/recipients/" + recipient.residentId() + "/notes";
        assertThat(read(coordinator, notes)).as("the coordinator may read the note").contains(secret);

        String from = today.minusDays(30).toString();
        String to = today.toString();
        List<String> paths = List.of(
            "/rounds",
            "/rounds/" + round,
            "/notifications",
            "/api/v1/signals",
            notes,
            "/builder/neighbourhoods/" + neighbourhood,
            "/builder/streets/" + street.id() + "/network",
            "/api/v1/neighbourhoods/" + neighbourhood + "/fabric",
            "/api/v1/streets/" + street.id() + "/fabric",
            "/reports/neighbourhoods/" + neighbourhood + "?from=" + from + "&to=" + to,
            "/reports/neighbourhoods/" + neighbourhood + "/report.csv?from=" + from + "&to=" + to,
            "/api/v1/reports/neighbourhoods/" + neighbourhood + "?from=" + from + "&to=" + to
        );
        int read = 0;
        for (CurrentUser reader : List.of(host, neighbour, builder, analyst)) {
            for (String path : paths) {
                String answer = read(reader, path);
                if (answer != null) {
                    read++;
                    assertThat(answer).as("%s reads %s", reader.displayName(), path).doesNotContain(secret);
                }
            }
        }
        // Most of those pages were open to someone: the search looked at real answers.
        assertThat(read).isGreaterThan(15);
        assertThat(
            jdbc
                .sql("select count(*) from email_outbox where body like ? or subject like ?")
                .params("%" + secret + "%", "%" + secret + "%")
                .query(Integer.class)
                .single()
        ).isZero();
        assertThat(
            jdbc
                .sql("select count(*) from notification where array_to_string(args, ' ') like ?")
                .param("%" + secret + "%")
                .query(Integer.class)
                .single()
        ).isZero();
    }

    /** The body of a page or API answer the reader may open, or null when refused. */
    private @Nullable String read(CurrentUser reader, String path) throws Exception {
        var response = mvc.perform(get(path).with(user(reader))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return null;
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
