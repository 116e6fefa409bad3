package nl.buurtkracht.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The sociale kaart pages and API: who sees what, translated reasons beside each field, problem JSON for scripts. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ServiceDirectory directory;

    CurrentUser builder;
    CurrentUser resident;
    CurrentUser otherResident;
    CurrentUser analyst;
    String suffix;

    @BeforeEach
    void people() {
        builder = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        resident = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        otherResident = accounts.findByLogin(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT).orElseThrow();
        analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void residentsSeeTheServicesOfTheirOwnNeighbourhoodWithoutWaysToChangeThem() throws Exception {
        Document ria = page(mvc.perform(get("/services").with(user(resident))).andExpect(status().isOk()));
        Document kees = page(mvc.perform(get("/services").with(user(otherResident))).andExpect(status().isOk()));
        Document anton = page(
            mvc.perform(get("/services").param("lang", "en").with(user(analyst))).andExpect(status().isOk())
        );

        assertThat(ria.select("h1").text()).isEqualTo("Sociale kaart");
        assertThat(ria.select("article h2").eachText())
            .contains("Taalcafé", "Repair Café")
            .doesNotContain("Sportief wandelen 55+");
        assertThat(kees.select("article h2").eachText()).contains("Sportief wandelen 55+").doesNotContain("Taalcafé");
        assertThat(ria.select("article dt").eachText()).contains("Waarvoor", "Openingstijden (mag leeg blijven)");
        assertThat(ria.select("a[href=/services/new], form[action*=/delete]")).isEmpty();
        assertThat(anton.select("h1").text()).isEqualTo("Service directory");
        assertThat(anton.select("article h2").eachText()).contains("Taalcafé", "Sportief wandelen 55+");
    }

    @Test
    void theFormHasLabelsHintsAndAFieldsetForTheNeighbourhoodsInDutchAndEnglish() throws Exception {
        Document dutch = page(mvc.perform(get("/services/new").with(user(builder))).andExpect(status().isOk()));
        Document english = page(
            mvc.perform(get("/services/new").param("lang", "en").with(user(builder))).andExpect(status().isOk())
        );

        assertThat(dutch.select("h1").text()).isEqualTo("Dienst toevoegen");
        assertThat(dutch.select("label[for=name]").text()).isEqualTo("Naam");
        assertThat(dutch.select("label[for=purpose]").text()).isEqualTo("Waarvoor");
        assertThat(dutch.select("#purpose").attr("aria-describedby")).isEqualTo("purpose-hint");
        assertThat(dutch.select("fieldset#neighbourhoods legend").text()).isEqualTo("Buurten");
        assertThat(dutch.select("fieldset#neighbourhoods input[type=checkbox]")).hasSize(3);
        assertThat(dutch.select("form input[name=_csrf]")).hasSize(2);
        assertThat(english.select("h1").text()).isEqualTo("Add a service");
        assertThat(english.select("fieldset#neighbourhoods legend").text()).isEqualTo("Neighbourhoods");
    }

    @Test
    void aBadFormComesBackWithEveryProblemBesideItsFieldInDutchAndEnglish() throws Exception {
        Document dutch = page(postForm("nl", "", "52,1", "", "x".repeat(301)).andExpect(status().isOk()));
        Document english = page(postForm("en", "", "vijf", "", "").andExpect(status().isOk()));

        assertThat(dutch.select("#error-summary[role=alert] a").eachText()).containsExactly(
            "Vul de naam in.",
            "Het contact is te lang: hoogstens 300 tekens.",
            "Vul ook de lengtegraad (lon) in, of maak de breedtegraad leeg.",
            "Kies minstens een buurt."
        );
        assertThat(dutch.select("#error-summary a").eachAttr("href")).containsExactly(
            "#name",
            "#contact",
            "#lon",
            "#neighbourhoods"
        );
        assertThat(dutch.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(dutch.select("#neighbourhoods-error").text()).isEqualTo("Kies minstens een buurt.");
        assertThat(dutch.select("#lat").val()).isEqualTo("52,1");
        assertThat(english.select("#error-summary a").eachText()).containsExactly(
            "Fill in the name.",
            "The latitude (lat) is not a number. Write it like 52.0907.",
            "Choose at least one neighbourhood."
        );
    }

    @Test
    void aBuilderAddsAServiceAndItIsShownAsText() throws Exception {
        mvc
            .perform(
                post("/services")
                    .param("name", "<i>Klushulp</i> " + suffix)
                    .param("purpose", "Kleine klussen")
                    .param("lat", "52,1")
                    .param("lon", "5.1")
                    .param("neighbourhoods", "1", "2")
                    .with(csrf())
                    .with(user(builder))
            )
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/services?created=*"));

        Document list = page(mvc.perform(get("/services").param("created", "1").with(user(builder))));
        assertThat(list.select("[role=status]").text()).isEqualTo("Klaar: de dienst staat op de sociale kaart.");
        assertThat(list.select("article h2").eachText()).contains("<i>Klushulp</i> " + suffix);
        assertThat(list.select("article h2 i")).isEmpty();
        ServiceView added = directory
            .all()
            .stream()
            .filter(s -> s.name().endsWith(suffix))
            .findFirst()
            .orElseThrow();
        assertThat(added.lat()).isEqualTo(52.1);

        Document edit = page(
            mvc.perform(get("/services/" + added.id() + "/edit").with(user(builder))).andExpect(status().isOk())
        );
        assertThat(edit.select("#name").val()).isEqualTo("<i>Klushulp</i> " + suffix);
        assertThat(edit.select("input[name=neighbourhoods][checked]").eachAttr("value")).containsExactly("1", "2");

        mvc
            .perform(post("/services/" + added.id() + "/delete").with(csrf()).with(user(builder)))
            .andExpect(status().is3xxRedirection());
        assertThat(directory.find(added.id())).isEmpty();
    }

    @Test
    void aBuilderOutsideHerNeighbourhoodsIsToldBesideTheNeighbourhoodsAndCannotEditOthers() throws Exception {
        CurrentUser onlyFirst = new CurrentUser(
            builder.accountId(),
            null,
            "Bouwer",
            "bouwer@example.org",
            "",
            Set.of(Role.COMMUNITY_BUILDER),
            new Scope(null, null, Set.of(), Set.of(1L))
        );
        long shared = directory.create(
            builder,
            new ServiceForm("Gedeeld " + suffix, "Voor twee buurten", "", "", "", null, null, Set.of(1L, 2L))
        );

        Document page = page(
            mvc
                .perform(
                    post("/services")
                        .param("name", "Buiten " + suffix)
                        .param("purpose", "Ergens anders")
                        .param("neighbourhoods", "2")
                        .with(csrf())
                        .with(user(onlyFirst))
                )
                .andExpect(status().isOk())
        );

        assertThat(page.select("#neighbourhoods-error").text()).isEqualTo(
            "U kunt alleen buurten kiezen waar u zelf werkt."
        );
        mvc.perform(get("/services/" + shared + "/edit").with(user(onlyFirst))).andExpect(status().isForbidden());
        mvc
            .perform(post("/services/" + shared + "/delete").with(csrf()).with(user(onlyFirst)))
            .andExpect(status().isForbidden());
        mvc
            .perform(post("/services").param("name", "X").with(csrf()).with(user(resident)))
            .andExpect(status().isForbidden());
        assertThat(directory.find(shared)).isPresent();
    }

    @Test
    void theApiCreatesChangesListsAndDeletesAndAnswersProblemsAsJson() throws Exception {
        String created = mvc
            .perform(
                post("/api/v1/services")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name": "Api %s", "purpose": "Via de API", "lat": 52.1, "lon": 5.1, "neighbourhoodIds": [2]}""".formatted(
                                suffix
                            )
                    )
                    .with(user(builder))
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("Api " + suffix))
            .andExpect(jsonPath("$.neighbourhoods[0].code").value("BU99990001"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
        assertThat(created).startsWith("/api/v1/services/");

        mvc
            .perform(
                put(created)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\": \"Api %s\", \"purpose\": \"Anders\", \"neighbourhoodIds\": [2, 3]}".formatted(
                            suffix
                        )
                    )
                    .with(user(builder))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.purpose").value("Anders"))
            .andExpect(jsonPath("$.lat").doesNotExist());
        mvc
            .perform(get("/api/v1/services").param("neighbourhood", "3").with(user(resident)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.name == 'Api %s')].purpose".formatted(suffix)).value("Anders"));
        mvc
            .perform(
                post("/api/v1/services")
                    .param("lang", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"\", \"purpose\": \"x\", \"lat\": 52.1, \"neighbourhoodIds\": [4242]}")
                    .with(user(builder))
            )
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("name"))
            .andExpect(jsonPath("$.errors[0].message").value("Fill in the name."))
            .andExpect(jsonPath("$.errors[1].field").value("lon"))
            .andExpect(jsonPath("$.errors[2].field").value("neighbourhoods"))
            .andExpect(
                jsonPath("$.errors[2].message").value(
                    "We do not know one of the chosen neighbourhoods. Please choose again."
                )
            );
        mvc.perform(delete(created).with(user(builder))).andExpect(status().isNoContent());
        mvc.perform(delete(created).with(user(builder))).andExpect(status().isNotFound());
    }

    @Test
    void theImportPageAndApiShowEveryBadRowWithATranslatedReason() throws Exception {
        String bad = """
            naam;waarvoor;buurtcodes
            Goed %1$s;Prima;BU99990000
            ;Geen naam;BU99990000
            """.formatted(suffix);

        Document dutch = page(
            mvc
                .perform(
                    multipart("/services/import")
                        .file(
                            new MockMultipartFile(
                                "file",
                                "diensten.csv",
                                "text/csv",
                                bad.getBytes(StandardCharsets.UTF_8)
                            )
                        )
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
        );
        assertThat(dutch.select("[role=alert] h2").text()).isEqualTo("Er is niets ingelezen");
        assertThat(dutch.select("table#problems caption").text()).isEqualTo("Fouten in het bestand");
        assertThat(dutch.select("table#problems tbody tr").eachText()).containsExactly("3 naam Vul de naam in.");

        mvc
            .perform(
                post("/api/v1/services/import")
                    .param("lang", "en")
                    .contentType("text/csv")
                    .content(bad)
                    .with(user(builder))
            )
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("Nothing was imported. The file has 1 errors."))
            .andExpect(jsonPath("$.applied").value(false))
            .andExpect(jsonPath("$.problems[0].line").value(3))
            .andExpect(jsonPath("$.problems[0].field").value("naam"))
            .andExpect(jsonPath("$.problems[0].message").value("Fill in the name."));
        assertThat(directory.all()).extracting(ServiceView::name).doesNotContain("Goed " + suffix);

        mvc
            .perform(
                post("/api/v1/services/import")
                    .param("onlyValidRows", "true")
                    .contentType("text/csv")
                    .content(bad)
                    .with(user(builder))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.imported").value(1))
            .andExpect(jsonPath("$.problems[0].message").value("Vul de naam in."));
    }

    private ResultActions postForm(String lang, String name, String lat, String lon, String contact) throws Exception {
        return mvc.perform(
            post("/services")
                .param("lang", lang)
                .param("name", name)
                .param("purpose", "Iets")
                .param("contact", contact)
                .param("lat", lat)
                .param("lon", lon)
                .with(csrf())
                .with(user(builder))
        );
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
