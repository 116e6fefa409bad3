package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentLedger.ConsentEntry;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.HostAndBuilderFixtures.Street;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A street host signs up a neighbour without email, sees that neighbour's page and keeps their consent. */
@SpringBootTest
@AutoConfigureMockMvc
class NeighboursControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Areas areas;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    MessageSource messages;

    HostAndBuilderFixtures fixtures;
    Street street;
    CurrentUser host;

    @BeforeEach
    void area() {
        fixtures = new HostAndBuilderFixtures(jdbc, accounts, areas);
        street = fixtures.aStreetInANewNeighbourhood(3);
        host = fixtures.aHostOf(street);
    }

    @Test
    void aHostSignsUpANeighbourAndFindsHerOnTheList() throws Exception {
        String location = mvc
            .perform(form("Truus", street.postcode(), "2").with(user(host)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/neighbours/*?registered"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

        long id = Long.parseLong(location.replaceAll("\\D", ""));
        Document page = page(
            mvc
                .perform(get(location).with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(page.selectFirst("h1").text()).isEqualTo("Truus");
        assertThat(page.select("[role=status]").text()).contains("Truus");
        Document list = page(
            mvc
                .perform(get("/neighbours").with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        assertThat(list.select("a[href=/neighbours/" + id + "]").text()).isEqualTo("Truus");
        assertThat(list.text()).contains(street.name() + " 2");
    }

    @Test
    void theFormShowsTheStreetsWhereTheHostMaySignPeopleUp() throws Exception {
        Document page = page(get("/neighbours/new"), "nl");

        assertThat(page.text()).contains(street.name());
        assertThat(page.select("fieldset legend").eachText()).contains(message("neighbours.method.legend", "nl"));
        assertThat(page.select("input[type=radio][name=method]").eachAttr("value")).containsExactly("VERBAL", "PAPER");
        assertThat(page.selectFirst("label[for=agreedToRepresentation]").text()).isEqualTo(
            message("neighbours.new.agreed", "nl")
        );
    }

    @Test
    void withoutTheNeighboursAgreementNothingIsWrittenAndTheReasonIsShownInEitherLanguage() throws Exception {
        String name = HostAndBuilderFixtures.named("Zonder Akkoord");
        for (String language : List.of("nl", "en")) {
            Document page = page(form(name, street.postcode(), "2", false), language);

            assertThat(page.selectFirst("#agreedToRepresentation-error").text()).isEqualTo(
                message("assisted.consent.required", language)
            );
            assertThat(page.selectFirst(".error-summary a[href=#agreedToRepresentation]")).isNotNull();
            // What was typed is shown again.
            assertThat(page.selectFirst("#displayName").val()).isEqualTo(name);
        }
        assertThat(message("assisted.consent.required", "nl")).isNotEqualTo(message("assisted.consent.required", "en"));
        assertThat(fixtures.count("resident", "display_name = ?", name)).isZero();
    }

    @Test
    void aMissingChoiceOfMethodIsReportedTogetherWithTheOtherFields() throws Exception {
        Document page = page(
            post("/neighbours")
                .param("displayName", "")
                .param("postcode", street.postcode())
                .param("houseNumber", "2")
                .param("agreedToRepresentation", "true")
                .with(csrf()),
            "nl"
        );

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#displayName", "#method");
        assertThat(page.selectFirst("#method-error").text()).isEqualTo(message("assisted.method.invalid", "nl"));
    }

    @Test
    void anAddressOutsideTheMunicipalityIsReportedOnThePostcode() throws Exception {
        String name = HostAndBuilderFixtures.named("Onbekend Adres");
        for (String language : List.of("nl", "en")) {
            Document page = page(form(name, "9999 SD", "99999"), language);

            assertThat(page.selectFirst("#postcode-error").text()).isEqualTo(
                message("address.not-in-municipality", language)
            );
        }
        assertThat(fixtures.count("resident", "display_name = ?", name)).isZero();
    }

    @Test
    void anAddressInAnotherStreetIsKindlyRefusedAndNothingIsWritten() throws Exception {
        Street other = fixtures.aStreetIn(street.neighbourhoodId(), 2);
        String name = HostAndBuilderFixtures.named("Ergens Anders");

        String body = mvc
            .perform(form(name, other.postcode(), "1").with(user(host)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        Document page = page(body);
        assertThat(page.selectFirst("#postcode-error").text()).isEqualTo(
            message("access.address.outside-your-area", "nl")
        );
        assertThat(page.text()).contains(street.name());
        assertThat(fixtures.count("resident", "display_name = ?", name)).isZero();
    }

    @Test
    void anotherHostCannotSeeOrChangeTheNeighbour() throws Exception {
        long id = signUp("Geheim");
        CurrentUser otherHost = fixtures.aHostOf(fixtures.aStreetInANewNeighbourhood(2));
        int consents = ledger.history(id).size();

        String body = mvc
            .perform(get("/neighbours/" + id).with(user(otherHost)))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
        mvc
            .perform(consentChange(id, "NAME_VISIBLE_TO_STREET", "false", "VERBAL").with(user(otherHost)))
            .andExpect(status().isForbidden());

        assertThat(page(body).text()).contains(message("neighbours.not-yours", "nl")).doesNotContain("Geheim");
        assertThat(ledger.history(id)).hasSize(consents);
        assertThat(fixtures.count("sensitive_read", "subject_resident_id = ?", id)).isZero();
    }

    @Test
    void everyViewOfTheNeighboursPageIsLoggedOnce() throws Exception {
        long id = signUp("Bekeken");

        Document page = page(
            mvc
                .perform(get("/neighbours/" + id).with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );

        assertThat(page.text()).contains("030 123 4567").contains("1938");
        assertThat(
            jdbc
                .sql("select reader_account_id, data_kind, context from sensitive_read where subject_resident_id = ?")
                .param(id)
                .query()
                .listOfRows()
        ).containsExactly(
            java.util.Map.of(
                "reader_account_id",
                host.accountId(),
                "data_kind",
                "assisted-profile",
                "context",
                "/neighbours/" + id
            )
        );
    }

    @Test
    void theHostRecordsAWithdrawalThatCountsAtOnce() throws Exception {
        long id = signUp("Intrekker");

        mvc
            .perform(consentChange(id, "NAME_VISIBLE_TO_STREET", "false", "PAPER").with(user(host)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/neighbours/*?changed"));

        assertThat(ledger.has(id, ConsentPurpose.NAME_VISIBLE_TO_STREET)).isFalse();
        ConsentEntry newest = ledger.history(id).getFirst();
        assertThat(newest.purpose()).isEqualTo(ConsentPurpose.NAME_VISIBLE_TO_STREET);
        assertThat(newest.granted()).isFalse();
        assertThat(newest.onBehalf()).isTrue();
        assertThat(newest.method()).isEqualTo(ConsentMethod.PAPER);
        assertThat(newest.recordedByAccountId()).isEqualTo(host.accountId());
    }

    @Test
    void anUnknownPurposeOrAnOnlineMethodIsRefusedWithATranslatedReason() throws Exception {
        long id = signUp("Verkeerd Formulier");
        int consents = ledger.history(id).size();

        Document page = page(
            mvc
                .perform(consentChange(id, "EVERYTHING", "true", "ONLINE").param("lang", "en").with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );

        assertThat(page.selectFirst("#purpose-error").text()).isEqualTo(
            message("neighbours.change.purpose.choose", "en")
        );
        assertThat(page.selectFirst("#method-error").text()).isEqualTo(message("assisted.method.invalid", "en"));
        assertThat(ledger.history(id)).hasSize(consents);
    }

    @Test
    void onceTheNeighbourWithdrawsLeaveToActTheHostCanOnlyWithdraw() throws Exception {
        long id = signUp("Eigen Baas");
        mvc
            .perform(consentChange(id, "ACT_ON_BEHALF", "false", "VERBAL").with(user(host)))
            .andExpect(status().is3xxRedirection());

        Document refused = page(
            mvc
                .perform(consentChange(id, "TALENTS_VISIBLE_TO_STREET", "true", "VERBAL").with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
        mvc
            .perform(consentChange(id, "NAME_VISIBLE_TO_STREET", "false", "VERBAL").with(user(host)))
            .andExpect(status().is3xxRedirection());

        assertThat(refused.selectFirst("#granted-error").text()).isEqualTo(
            message("neighbours.change.act-withdrawn", "nl")
        );
        assertThat(ledger.has(id, ConsentPurpose.TALENTS_VISIBLE_TO_STREET)).isFalse();
        assertThat(ledger.has(id, ConsentPurpose.NAME_VISIBLE_TO_STREET)).isFalse();
    }

    @Test
    void anAdministratorMaySeeTheNeighbourButABuilderWhoDidNotSignHerUpMayNot() throws Exception {
        long id = signUp("Voor Beheer");

        mvc.perform(get("/neighbours/" + id).with(user(fixtures.anAdministrator()))).andExpect(status().isOk());
        mvc
            .perform(get("/neighbours/" + id).with(user(fixtures.aBuilderIn(List.of(street.neighbourhoodId())))))
            .andExpect(status().isForbidden());
    }

    private long signUp(String name) throws Exception {
        String location = mvc
            .perform(form(name, street.postcode(), "3").with(user(host)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    private static MockHttpServletRequestBuilder form(String name, String postcode, String houseNumber) {
        return form(name, postcode, houseNumber, true);
    }

    /** The form as a browser sends it: an unticked box is not sent at all. */
    private static MockHttpServletRequestBuilder form(
        String name,
        String postcode,
        String houseNumber,
        boolean agreed
    ) {
        var request = post("/neighbours")
            .param("displayName", name)
            .param("postcode", postcode)
            .param("houseNumber", houseNumber)
            .param("phone", "030 123 4567")
            .param("birthYear", "1938")
            .param("showNameToStreet", "true")
            .param("method", "VERBAL")
            .with(csrf());
        return agreed ? request.param("agreedToRepresentation", "true") : request;
    }

    private static MockHttpServletRequestBuilder consentChange(long id, String purpose, String granted, String method) {
        return post("/neighbours/" + id + "/consents")
            .param("purpose", purpose)
            .param("granted", granted)
            .param("method", method)
            .with(csrf());
    }

    /** The page the host gets for the request, in the given language. */
    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return page(
            mvc
                .perform(request.param("lang", language).with(user(host)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
        );
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
