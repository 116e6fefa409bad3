package nl.buurtkracht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.report.ReportFixtures.Street;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports over HTTP: JSON, CSV with {@code Accept: text/csv}, the page with its CSV and PDF; a wrong
 * period answers 400 naming the field, in Dutch and English, on the API and on the page; a builder of
 * another neighbourhood gets 403; a street of four residents is suppressed, not an error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContactLedger ledger;

    @Autowired
    Reports reports;

    ReportFixtures fixtures;
    long neighbourhood;
    Street big;
    Street small;
    CurrentUser analyst;
    LocalDate today;

    @BeforeEach
    void aNeighbourhood() {
        fixtures = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = fixtures.neighbourhood("Webbuurt");
        big = fixtures.street(neighbourhood, "Grote Straat", 40);
        small = fixtures.street(neighbourhood, "Klein Hofje", 4);
        List<Long> people = fixtures.residents(big, 1980);
        fixtures.residents(small, 1940);
        today = reports.today();
        for (int i = 0; i < 40; i += 2) {
            fixtures.contact(people.get(i), people.get(i + 1), today.minusDays(3), "w" + i);
        }
        analyst = fixtures.analyst();
    }

    @Test
    void theApiAnswersJsonAndCsvWithSuppressedCellsWithoutAValue() throws Exception {
        String from = today.minusDays(30).toString();
        String to = today.toString();
        mvc
            .perform(
                get("/api/v1/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", from)
                    .param("to", to)
                    .with(user(analyst))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.level").value("NEIGHBOURHOOD"))
            .andExpect(jsonPath("$.name").value("Webbuurt"))
            .andExpect(jsonPath("$.from").value(from))
            .andExpect(jsonPath("$.suppressedBelow").value(10))
            .andExpect(jsonPath("$.figures[?(@.measure == 'residents')].value").value(hasItem(44)))
            .andExpect(jsonPath("$.figures[?(@.measure == 'ties')].value").value(hasItem(20)))
            .andExpect(jsonPath("$.figures[?(@.measure == 'bridging_ties')].shown").value(hasItem("< 10")))
            .andExpect(jsonPath("$.figures[?(@.measure == 'bridging_ties')].value").value(hasItem((Object) null)))
            .andExpect(jsonPath("$.streets[*].name").value(containsInAnyOrder(big.name(), small.name())));

        String csv = mvc
            .perform(
                get("/api/v1/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", from)
                    .param("to", to)
                    .header("Accept", "text/csv")
                    .with(user(analyst))
            )
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(
            List.of("area_level", "area_id", "area_name", "from", "to", "section", "measure", "label", "value")
        );
        assertThat(rows)
            .filteredOn(r -> r.get("area_level").equals("NEIGHBOURHOOD") && r.get("measure").equals("residents"))
            .singleElement()
            .satisfies(r -> {
                assertThat(r.get("value")).isEqualTo("44");
                assertThat(r.get("label")).isEqualTo("Bewoners op het platform");
            });
        assertThat(rows)
            .filteredOn(r -> r.get("area_name").equals(small.name()))
            .isNotEmpty()
            .allSatisfy(r -> assertThat(r.get("value")).isEqualTo("< 10"));
    }

    @Test
    void aStreetOfFourResidentsIsSuppressedNotAnError() throws Exception {
        mvc
            .perform(get("/api/v1/reports/streets/{id}", small.id()).with(user(analyst)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.level").value("STREET"))
            .andExpect(
                jsonPath("$.figures[*].suppressed").value(
                    org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))
                )
            )
            .andExpect(
                jsonPath("$.figures[*].shown").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("< 10")))
            );
        mvc.perform(get("/reports/streets/{id}", small.id()).with(user(analyst))).andExpect(status().isOk());
    }

    @Test
    void aWrongPeriodIsA400NamingTheFieldInDutchAndEnglish() throws Exception {
        mvc
            .perform(
                get("/api/v1/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", "2026-03-31")
                    .param("to", "2026-01-01")
                    .with(user(analyst))
            )
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from")))
            .andExpect(
                jsonPath("$.errors[*].message").value(
                    hasItem("De begindag ligt na de einddag. Kies een begindag die eerder is.")
                )
            );
        mvc
            .perform(
                get("/api/v1/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", "1999-01-01")
                    .param("to", today.plusDays(1).toString())
                    .param("lang", "en")
                    .with(user(analyst))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to", "to")))
            .andExpect(jsonPath("$.errors[*].message").value(hasItem("Choose a first day from 1-1-2000 on.")))
            .andExpect(
                jsonPath("$.errors[*].message").value(
                    hasItem("A report covers at most 5 years. Choose a shorter period.")
                )
            );
        mvc
            .perform(
                get("/api/v1/reports/streets/{id}", small.id())
                    .param("from", "morgen")
                    .param("to", "")
                    .header("Accept", "text/csv")
                    .with(user(analyst))
            )
            .andExpect(status().isBadRequest());

        // The page shows the form again with the field named, and no figures.
        String page = mvc
            .perform(
                get("/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", "2026-03-31")
                    .param("to", "2026-01-01")
                    .param("lang", "en")
                    .with(user(analyst))
            )
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
        var html = Jsoup.parse(page);
        assertThat(html.select("#from-error").text()).contains("The first day is after the last day.");
        assertThat(html.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#from").attr("value")).isEqualTo("2026-03-31");
        assertThat(html.select("td.num")).isEmpty();
        // A download with a wrong period goes back to the page that says why.
        mvc
            .perform(
                get("/reports/neighbourhoods/{id}/report.csv", neighbourhood)
                    .param("from", "x")
                    .param("to", "y")
                    .with(user(analyst))
            )
            .andExpect(status().isSeeOther())
            .andExpect(header().string("Location", "/reports/neighbourhoods/" + neighbourhood + "?from=x&to=y"));
    }

    @Test
    void aBuilderOfAnotherNeighbourhoodIsRefused() throws Exception {
        long other = fixtures.neighbourhood("Elders");
        CurrentUser elsewhere = fixtures.builder("Elders", other);
        mvc
            .perform(get("/api/v1/reports/neighbourhoods/{id}", neighbourhood).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/reports/streets/{id}", small.id()).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/reports/neighbourhoods/{id}", neighbourhood).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/reports/neighbourhoods/{id}/report.pdf", neighbourhood).with(user(elsewhere)))
            .andExpect(status().isForbidden());
        mvc
            .perform(
                get("/api/v1/reports/neighbourhoods/{id}", neighbourhood).with(
                    user(fixtures.builder("Hier", neighbourhood))
                )
            )
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/neighbourhoods/{id}", 0).with(user(analyst))).andExpect(status().isNotFound());
    }

    @Test
    void thePageDownloadsTheSameFiguresAsCsvAndPdf() throws Exception {
        String from = today.minusDays(30).toString();
        String to = today.toString();
        String page = mvc
            .perform(
                get("/reports/neighbourhoods/{id}", neighbourhood)
                    .param("from", from)
                    .param("to", to)
                    .with(user(analyst))
            )
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        var html = Jsoup.parse(page);
        assertThat(html.select("a[href*=report.csv]").attr("href")).contains("from=" + from);
        assertThat(html.select("table").text()).contains("Bewoners op het platform 44").contains("< 10");

        var csv = mvc
            .perform(
                get("/reports/neighbourhoods/{id}/report.csv", neighbourhood)
                    .param("from", from)
                    .param("to", to)
                    .with(user(analyst))
            )
            .andExpect(status().isOk())
            .andExpect(
                header().string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString("attachment; filename=\"rapportage-webbuurt-")
                )
            )
            .andReturn()
            .getResponse();
        assertThat(csv.getContentAsString()).contains(
            "NEIGHBOURHOOD," +
            neighbourhood +
            ",Webbuurt," +
            from +
            "," +
            to +
            ",reach,residents,Bewoners op het platform,44"
        );

        byte[] pdf = mvc
            .perform(
                get("/reports/neighbourhoods/{id}/report.pdf", neighbourhood)
                    .param("from", from)
                    .param("to", to)
                    .with(user(analyst))
            )
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rapportage: Webbuurt").contains("Bewoners op het platform 44").contains("< 10");
        }
    }
}
