package nl.buurtkracht.area;

import static nl.buurtkracht.area.ImportFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.Scope;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page and API: translated reasons per row on the page, problem JSON for scripts. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportControllerTests {

    private static final CurrentUser BUILDER = person(Role.COMMUNITY_BUILDER);
    private static final CurrentUser RESIDENT = person(Role.RESIDENT);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ImportFixtures fixtures;
    String postcode;

    @BeforeEach
    void area() {
        fixtures = new ImportFixtures(jdbc);
        postcode = fixtures.freePostcode();
    }

    @Test
    void thePageOffersBothUploadsWithLabelsInDutchAndInEnglish() throws Exception {
        Document dutch = page(mvc.perform(get("/imports").with(user(BUILDER))).andExpect(status().isOk()));
        Document english = page(
            mvc.perform(get("/imports").param("lang", "en").with(user(BUILDER))).andExpect(status().isOk())
        );

        assertThat(dutch.select("h1").text()).isEqualTo("Adressen en grenzen inlezen");
        assertThat(dutch.select("label[for=onlyValidRows]").text()).isEqualTo("Alleen de goede regels inlezen");
        assertThat(dutch.select("label[for=addressFile]")).hasSize(1);
        assertThat(dutch.select("label[for=outlineFile]")).hasSize(1);
        assertThat(dutch.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(2);
        assertThat(english.select("label[for=onlyValidRows]").text()).isEqualTo("Import only the valid rows");
        assertThat(english.select("h1").text()).isEqualTo("Import addresses and outlines");
    }

    @Test
    void aFileWithErrorsShowsEveryBadRowWithATranslatedReason() throws Exception {
        Document dutch = page(uploadAddresses(badFile(), false, "nl"));
        Document english = page(uploadAddresses(badFile(), false, "en"));

        assertThat(dutch.select("[role=alert] h2").text()).isEqualTo("Er is niets ingelezen");
        assertThat(dutch.select("table#problems caption").text()).isEqualTo("Fouten in het bestand");
        assertThat(dutch.select("table#problems th[scope=col]").eachText()).containsExactly(
            "Regel",
            "Kolom",
            "Wat is er mis"
        );
        assertThat(dutch.select("table#problems tbody tr").eachText()).containsExactly(
            "3 postcode Deze postcode klopt niet. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.",
            "4 lat Dit punt ligt niet in Nederland. Het getal moet tussen 50,7 en 53,7 liggen. Staan lat en lon misschien omgedraaid?"
        );
        assertThat(english.select("[role=alert] h2").text()).isEqualTo("Nothing was imported");
        assertThat(english.select("table#problems tbody tr").first().text()).isEqualTo(
            "3 postcode This postcode is not right. A postcode has 4 digits and 2 letters, like 1234 AB."
        );
        assertThat(fixtures.addressCount(postcode)).isZero();
    }

    @Test
    void withOnlyValidRowsTheGoodRowsAreImportedAndTheSkippedOnesShown() throws Exception {
        Document page = page(uploadAddresses(badFile(), true, "nl"));

        assertThat(page.select("[role=status] h2").text()).isEqualTo("Klaar: het bestand is ingelezen");
        assertThat(page.select("[role=status] p").eachText()).containsExactly(
            "Regels gelezen: 3. Nieuwe adressen: 1. Bijgewerkte adressen: 0.",
            "2 regels met een fout hebben we overgeslagen. U ziet de fouten hieronder."
        );
        assertThat(page.select("table#problems tbody tr")).hasSize(2);
        assertThat(page.select("input#onlyValidRows").hasAttr("checked")).isTrue();
        assertThat(fixtures.addressCount(postcode)).isEqualTo(1);
    }

    @Test
    void withoutAFileTheFieldSaysSo() throws Exception {
        Document page = page(
            mvc
                .perform(
                    multipart("/imports/outlines")
                        .file(new MockMultipartFile("file", "", "application/geo+json", new byte[0]))
                        .with(csrf())
                        .with(user(BUILDER))
                )
                .andExpect(status().isOk())
        );

        assertThat(page.select("#error-summary[role=alert] a[href=#outlineFile]").text()).isEqualTo(
            "Kies eerst een bestand."
        );
        assertThat(page.select("#outlineFile").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#outlineFile").attr("aria-describedby")).isEqualTo(
            "outlineFile-hint outlineFile-error"
        );
    }

    @Test
    void residentsMayNotImport() throws Exception {
        mvc.perform(get("/imports").with(user(RESIDENT))).andExpect(status().isForbidden());
        mvc
            .perform(post("/api/v1/imports/addresses").contentType("text/csv").content(badFile()).with(user(RESIDENT)))
            .andExpect(status().isForbidden());
        assertThat(fixtures.addressCount(postcode)).isZero();
    }

    @Test
    void theApiAnswersAFileWithErrorsWithProblemJsonAndImportsNothing() throws Exception {
        mvc
            .perform(
                post("/api/v1/imports/addresses")
                    .param("lang", "en")
                    .contentType("text/csv")
                    .content(badFile())
                    .with(user(BUILDER))
            )
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(422))
            .andExpect(jsonPath("$.detail").value("Nothing was imported. The file has 2 errors."))
            .andExpect(jsonPath("$.applied").value(false))
            .andExpect(jsonPath("$.rowsRead").value(3))
            .andExpect(jsonPath("$.imported").value(0))
            .andExpect(jsonPath("$.problems[0].line").value(3))
            .andExpect(jsonPath("$.problems[0].field").value("postcode"))
            .andExpect(
                jsonPath("$.problems[0].message").value(
                    "This postcode is not right. A postcode has 4 digits and 2 letters, like 1234 AB."
                )
            )
            .andExpect(jsonPath("$.problems[1].field").value("lat"));
        assertThat(fixtures.addressCount(postcode)).isZero();
    }

    @Test
    void theApiImportsTheGoodRowsWhenAsked() throws Exception {
        mvc
            .perform(
                post("/api/v1/imports/addresses")
                    .param("onlyValidRows", "true")
                    .contentType("text/csv")
                    .content(badFile())
                    .with(user(BUILDER))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.applied").value(true))
            .andExpect(jsonPath("$.imported").value(1))
            .andExpect(jsonPath("$.problems.length()").value(2))
            .andExpect(
                jsonPath("$.problems[0].message").value(
                    "Deze postcode klopt niet. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB."
                )
            );
        assertThat(fixtures.addressCount(postcode)).isEqualTo(1);
    }

    @Test
    void theApiRefusesAPointAsAnOutline() throws Exception {
        String point = """
            {"type": "Feature", "properties": {"code": "%s"}, "geometry": {"type": "Point", "coordinates": [5.1, 52.1]}}""".formatted(
                fixtures.wijk(1)
            );

        mvc
            .perform(
                post("/api/v1/imports/outlines").contentType("application/geo+json").content(point).with(user(BUILDER))
            )
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.problems[0].line").value(1))
            .andExpect(jsonPath("$.problems[0].field").value("geometry"))
            .andExpect(
                jsonPath("$.problems[0].message").value(
                    "Dit is een Point, geen vlak. Alleen een Polygon of MultiPolygon kan een grens zijn."
                )
            );
    }

    /** Line 2 is good; line 3 has a bad postcode and line 4 a latitude outside the country. */
    private String badFile() {
        return """
        %1$s
        %2$s,1,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        9999XYZ,2,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        %2$s,3,,,Kerkstraat,%3$s,12.5,5.1,%4$s,%5$s,,
        """.formatted(HEADER, postcode, fixtures.place, fixtures.buurt(1, 1), fixtures.wijk(1));
    }

    private org.springframework.test.web.servlet.ResultActions uploadAddresses(
        String csv,
        boolean onlyValidRows,
        String language
    ) throws Exception {
        var request = multipart("/imports/addresses")
            .file(new MockMultipartFile("file", "adressen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("lang", language)
            .with(csrf())
            .with(user(BUILDER));
        if (onlyValidRows) {
            request.param("onlyValidRows", "true");
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static CurrentUser person(Role role) {
        return new CurrentUser(
            900_000 + role.ordinal(),
            null,
            "Test " + role,
            role.name().toLowerCase() + "@imports.example.org",
            "{noop}unused",
            Set.of(role),
            Scope.NONE
        );
    }
}
