package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.BuilderLogForm;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.report.ReportPeriod;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality analyst downloads the quarterly report and sees no personal data: Anton signs in and
 * lands on the reports, opens last quarter's report of the Molenkwartier, sees the reach, the new and
 * bridging contacts and the builder's hours, with the small street shown as "< 10", and downloads the
 * CSV and the PDF; no resident's name and no word of the builder's log is in any of them. The menu
 * offers him nothing with names.
 */
class AMunicipalityAnalystDownloadsTheQuarterlyReportAndSeesNoPersonalDataJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    BuilderLog builderLog;

    String neighbourhoodName;
    List<String> personal = new ArrayList<>();

    @BeforeEach
    void aQuarterInTheMolenkwartier() {
        var fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhoodName = "Molenkwartier " + UUID.randomUUID().toString().substring(0, 4);
        long neighbourhood = fixtures.neighbourhood(neighbourhoodName);
        Street molenstraat = fixtures.street(neighbourhood, "Molenstraat", 40);
        Street wiekpad = fixtures.street(neighbourhood, "Wiekpad", 30);
        Street hofje = fixtures.street(neighbourhood, "Maalhofje", 4);
        List<Long> m = fixtures.residents(molenstraat, 1948);
        List<Long> w = fixtures.residents(wiekpad, 1995);
        fixtures.residents(hofje, 1970);
        String mrsBakker = "Mevrouw Bakker-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("update resident set display_name = ? where id = ?").params(mrsBakker, m.getFirst()).update();
        personal.add(mrsBakker);
        personal.add("Bewoner 2");
        personal.add("Bewoner 17");

        ReportPeriod quarter = ReportPeriod.lastQuarter(builderLog.today());
        LocalDate day = quarter.from().plusDays(20);
        for (int i = 0; i < 40; i += 2) {
            fixtures.contact(m.get(i), m.get(i + 1), day, "m" + i);
        }
        for (int i = 0; i < 30; i += 2) {
            fixtures.contact(w.get(i), w.get(i + 1), day, "w" + i);
        }
        for (int i = 0; i < 24; i++) {
            fixtures.contact(m.get(i), w.get(i), day.plusDays(7), "mw" + i);
        }
        CurrentUser builder = fixtures.builder("Samira", neighbourhood);
        String secret = "Mevrouw Bakker gekoppeld aan de soepclub " + UUID.randomUUID().toString().substring(0, 6);
        personal.add(secret);
        builderLog.add(
            builder,
            neighbourhood,
            new BuilderLogForm(day.toString(), "COUPLED", secret, "3,5", null),
            null
        );
        builderLog.add(
            builder,
            neighbourhood,
            new BuilderLogForm(day.plusDays(14).toString(), "VISITED", "Rondje Wiekpad", "2", null),
            null
        );
    }

    @Test
    void antonDownloadsLastQuartersReportWithoutAnyName() throws Exception {
        logIn(DemoData.ANALYST);
        assertThat(page).hasURL(url("/reports"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapportages"))).isVisible();
        for (String withNames : List.of("Zoeken", "Hulp en gezelschap", "Rondes", "Initiatieven")) {
            assertThat(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(withNames).setExact(true))
            ).hasCount(0);
        }
        assertAccessible();
        screenshot("120-anton-lands-on-the-reports");

        page
            .getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rapportage van " + neighbourhoodName + " over het vorige kwartaal")
            )
            .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Rapportage: " + neighbourhoodName
        );
        var reach = table("Bereik");
        assertThat(reach).containsText("Bewoners op het platform 74");
        assertThat(table("Contacten tussen bewoners")).containsText("Contacten tussen straten 24");
        assertThat(table("Tijd")).containsText("Uren van opbouwwerkers 5,5");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Maalhofje")).first()).containsText("< 10");
        assertAccessible();
        screenshot("121-anton-reads-the-quarter-of-the-molenkwartier");

        Download csv = page.waitForDownload(() ->
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloaden als CSV")).click()
        );
        String csvText = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("area_level,area_id,area_name,from,to,section,measure,label,value");
        assertThat(csvText).contains(",reach,residents,Bewoners op het platform,74").contains("< 10");

        Download pdf = page.waitForDownload(() ->
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloaden als PDF")).click()
        );
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        String pdfText;
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertThat(pdfText).contains("Rapportage: " + neighbourhoodName).contains("Bewoners op het platform 74");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        Files.copy(
            pdf.path(),
            java.nio.file.Path.of("target", "screenshots", "121-quarterly-report.pdf"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING
        );

        String pageText = page.content();
        for (String word : personal) {
            assertThat(pageText).doesNotContain(word);
            assertThat(csvText).doesNotContain(word);
            assertThat(pdfText).doesNotContain(word);
        }
    }

    private com.microsoft.playwright.Locator table(String caption) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(caption).setExact(true));
    }
}
