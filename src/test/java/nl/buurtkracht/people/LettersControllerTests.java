package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.HostAndBuilderFixtures.Street;
import nl.buurtkracht.system.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A community builder prints the letters of a street in her own neighbourhood, and only there. */
@SpringBootTest
@AutoConfigureMockMvc
class LettersControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Areas areas;

    @Autowired
    MessageSource messages;

    HostAndBuilderFixtures fixtures;
    Street street;
    Street elsewhere;
    CurrentUser builder;

    @BeforeEach
    void area() {
        fixtures = new HostAndBuilderFixtures(jdbc, accounts, areas);
        street = fixtures.aStreetInANewNeighbourhood(3);
        elsewhere = fixtures.aStreetInANewNeighbourhood(2);
        builder = fixtures.aBuilderIn(List.of(street.neighbourhoodId()));
    }

    @Test
    void theBuilderPicksFromTheStreetsOfHerOwnNeighbourhoodsOnly() throws Exception {
        Document page = page(mvc.perform(get("/letters").with(user(builder))).andExpect(status().isOk()).andReturn());

        String neighbourhood = areas.neighbourhood(street.neighbourhoodId()).orElseThrow().name();
        var group = page.selectFirst("select#streetId optgroup[label=\"" + neighbourhood + "\"]");
        assertThat(page.select("select#streetId optgroup")).hasSize(1);
        assertThat(group).isNotNull();
        assertThat(group.select("option").eachAttr("value")).containsExactly(String.valueOf(street.id()));
        assertThat(page.select("select#streetId option[value=" + elsewhere.id() + "]")).isEmpty();
        assertThat(page.selectFirst("label[for=streetId]")).isNotNull();
    }

    @Test
    void anAdministratorSeesEveryNeighbourhood() throws Exception {
        Document page = page(
            mvc.perform(get("/letters").with(user(fixtures.anAdministrator()))).andExpect(status().isOk()).andReturn()
        );

        assertThat(page.select("select#streetId option").eachAttr("value")).contains(
            String.valueOf(street.id()),
            String.valueOf(elsewhere.id())
        );
    }

    @Test
    void theDownloadHasOnePagePerAddressWithThatAddressesCode() throws Exception {
        var response = mvc
            .perform(post("/letters").param("streetId", String.valueOf(street.id())).with(user(builder)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header().string(
                    "Content-Disposition",
                    "attachment; filename=\"brieven-" +
                    street.name().toLowerCase(Locale.ROOT).replace(' ', '-') +
                    ".pdf\""
                )
            )
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse();

        List<String> codes = jdbc
            .sql(
                """
                select c.code from household_code c join address a on a.id = c.address_id
                where a.street_id = ? order by a.house_number"""
            )
            .param(street.id())
            .query(String.class)
            .list();
        assertThat(codes).hasSize(3);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                String code = codes.get(page - 1);
                assertThat(pageText(pdf, page))
                    .contains(code.substring(0, 4) + "-" + code.substring(4))
                    .contains(street.name() + " " + page + ",");
            }
        }
    }

    @Test
    void aBuilderFromAnotherNeighbourhoodIsRefusedAndNoCodesAreMade() throws Exception {
        String body = mvc
            .perform(
                post("/letters").param("streetId", String.valueOf(elsewhere.id())).with(user(builder)).with(csrf())
            )
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(Jsoup.parse(body).text()).contains(message("letters.street.not-yours", "nl"));
        assertThat(
            fixtures.count(
                "household_code",
                "address_id in (select id from address where street_id = ?)",
                elsewhere.id()
            )
        ).isZero();
    }

    @Test
    void anUnknownStreetIsShownBesideTheFieldInTheBuildersLanguage() throws Exception {
        for (String language : List.of("nl", "en")) {
            Document page = page(
                mvc
                    .perform(
                        post("/letters")
                            .param("streetId", "987654321")
                            .param("lang", language)
                            .with(user(builder))
                            .with(csrf())
                    )
                    .andExpect(status().isOk())
                    .andReturn()
            );

            assertThat(page.selectFirst("#streetId-error").text()).isEqualTo(
                message("letters.street.unknown", language)
            );
            assertThat(page.selectFirst(".error-summary a[href=#streetId]")).isNotNull();
        }
    }

    @Test
    void aStreetHostCannotPrintLetters() throws Exception {
        CurrentUser host = fixtures.aHostOf(street);

        mvc.perform(get("/letters").with(user(host))).andExpect(status().isForbidden());
        mvc
            .perform(post("/letters").param("streetId", String.valueOf(street.id())).with(user(host)).with(csrf()))
            .andExpect(status().isForbidden());
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static String pageText(PDDocument pdf, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
