package nl.buurtkracht.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A resident changes her consents herself, sees what she chose before and who read her data. */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountDirectory directory;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    AuditLog auditLog;

    CurrentUser resident;
    CurrentUser builder;

    @BeforeEach
    void people() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        resident = aResidentWithAnAccount(unique);
        builder = directory
            .findById(
                accounts.createProfessional(
                    "Bouwer Bram",
                    "privacy-builder-" + unique + "@example.org",
                    "a long enough password",
                    Set.of(Role.COMMUNITY_BUILDER),
                    List.of()
                )
            )
            .orElseThrow();
        ledger.record(residentId(), ConsentPurpose.NAME_VISIBLE_TO_STREET, true, null, false, ConsentMethod.ONLINE);
    }

    @Test
    void withdrawingTakesEffectAtOnceAndIsKeptInTheHistory() throws Exception {
        int before = ledger.history(residentId()).size();

        Document page = submit(save().param("shown", names(needingAYes())));

        assertThat(ledger.has(residentId(), ConsentPurpose.NAME_VISIBLE_TO_STREET)).isFalse();
        var history = ledger.history(residentId());
        assertThat(history).hasSize(before + 1);
        assertThat(history.getFirst()).satisfies(entry -> {
                assertThat(entry.purpose()).isEqualTo(ConsentPurpose.NAME_VISIBLE_TO_STREET);
                assertThat(entry.granted()).isFalse();
                assertThat(entry.recordedByAccountId()).isEqualTo(resident.accountId());
                assertThat(entry.onBehalf()).isFalse();
                assertThat(entry.method()).isEqualTo(ConsentMethod.ONLINE);
            });
        assertThat(page.select("[role=status]").text()).contains("Opgeslagen");
        assertThat(page.select("#purpose-NAME_VISIBLE_TO_STREET").hasAttr("checked")).isFalse();
        assertThat(page.select("table").first().select("tbody tr").first().text()).contains(
            "Mijn straat mag mijn naam zien",
            "Nee",
            "uzelf",
            "zelf op Buurtkracht"
        );
    }

    @Test
    void grantingRecordsOnlyWhatChanged() throws Exception {
        int before = ledger.history(residentId()).size();

        submit(
            save()
                .param("shown", names(needingAYes()))
                .param(
                    "purposes",
                    names(ConsentPurpose.NAME_VISIBLE_TO_STREET, ConsentPurpose.TALENTS_VISIBLE_TO_STREET)
                )
        );

        assertThat(ledger.has(residentId(), ConsentPurpose.TALENTS_VISIBLE_TO_STREET)).isTrue();
        assertThat(ledger.has(residentId(), ConsentPurpose.NAME_VISIBLE_TO_STREET)).isTrue();
        assertThat(ledger.history(residentId())).hasSize(before + 1);
    }

    @Test
    void actingOnBehalfCanBeWithdrawnButNotGrantedHere() throws Exception {
        Document page = submit(view());
        assertThat(page.select("#purpose-ACT_ON_BEHALF")).isEmpty();

        submit(save().param("shown", names(ConsentPurpose.values())).param("purposes", names(ConsentPurpose.values())));
        assertThat(ledger.has(residentId(), ConsentPurpose.ACT_ON_BEHALF)).isFalse();

        ledger.record(residentId(), ConsentPurpose.ACT_ON_BEHALF, true, builder.accountId(), true, ConsentMethod.PAPER);
        page = submit(view());
        assertThat(page.select("#purpose-ACT_ON_BEHALF").hasAttr("checked")).isTrue();
        assertThat(page.select("table").first().select("tbody tr").first().text()).contains(
            "Bouwer Bram, namens u",
            "op papier getekend"
        );

        submit(save().param("shown", ConsentPurpose.ACT_ON_BEHALF.name()));
        assertThat(ledger.has(residentId(), ConsentPurpose.ACT_ON_BEHALF)).isFalse();
    }

    @Test
    void theNeighbourhoodPictureHoldsUntilTheResidentSaysNo() throws Exception {
        assertThat(ledger.has(residentId(), ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE)).isTrue();
        assertThat(submit(view()).select("#purpose-CONTACTS_IN_NEIGHBOURHOOD_PICTURE").hasAttr("checked")).isTrue();
        int before = ledger.history(residentId()).size();

        Document page = submit(save().param("shown", ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE.name()));

        assertThat(ledger.has(residentId(), ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE)).isFalse();
        assertThat(ledger.history(residentId())).hasSize(before + 1);
        assertThat(page.select("#purpose-CONTACTS_IN_NEIGHBOURHOOD_PICTURE").hasAttr("checked")).isFalse();
        assertThat(
            ledger.grantedAmong(List.of(residentId()), ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE)
        ).isEmpty();
    }

    @Test
    void anUnknownPurposeChangesNothingAndIsExplained() throws Exception {
        int before = ledger.history(residentId()).size();

        Document page = submit(
            save().param("shown", "NAME_VISIBLE_TO_STREET", "SELL_MY_DATA").param("purposes", "SELL_MY_DATA")
        );

        assertThat(ledger.history(residentId())).hasSize(before);
        assertThat(ledger.has(residentId(), ConsentPurpose.NAME_VISIBLE_TO_STREET)).isTrue();
        assertThat(page.select("#error-summary[role=alert] a[href=#purposes]").text()).contains(
            "Er is niets veranderd"
        );
        assertThat(page.select("#purposes-error").text()).contains("Er is niets veranderd");
        assertThat(page.select("[role=status]")).isEmpty();
    }

    @Test
    void theFormIsOneLabelledFieldset() throws Exception {
        Document page = submit(view().param("lang", "en"));

        assertThat(page.select("form fieldset legend").text()).isEqualTo("What may happen with my data?");
        assertThat(page.select("fieldset input[type=checkbox]")).allSatisfy(box ->
            assertThat(page.select("label[for=" + box.id() + "]")).hasSize(1)
        );
    }

    @Test
    void theResidentSeesWhoReadHerData() throws Exception {
        auditLog.sensitiveRead(builder, residentId(), "visit notes", "Taartronde 12 mei");

        Document page = submit(view());

        var reads = page.select("table:has(caption:contains(Wie heeft mijn gegevens bekeken))");
        assertThat(reads.select("th[scope=col]").eachText()).containsExactly(
            "Wanneer",
            "Wie",
            "Welke gegevens",
            "Waar"
        );
        assertThat(reads.select("tbody tr").first().text()).contains("Bouwer Bram", "visit notes", "Taartronde 12 mei");
        assertThat(reads.select("tbody time").first().text()).matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void aProfessionalWithoutHomeAddressIsToldThereIsNothingToManage() throws Exception {
        Document page = submit(get("/settings/privacy").with(user(builder)));

        assertThat(page.select("main .notice").text()).contains("geen persoonlijke gegevens");
        assertThat(page.select("main form")).isEmpty();

        Document afterPost = submit(
            post("/settings/privacy").param("shown", "NAME_VISIBLE_TO_STREET").with(user(builder)).with(csrf())
        );
        assertThat(afterPost.select("main .notice").text()).contains("geen persoonlijke gegevens");
    }

    @Test
    void savingNeedsTheCsrfToken() throws Exception {
        mvc
            .perform(post("/settings/privacy").param("shown", "NAME_VISIBLE_TO_STREET").with(user(resident)))
            .andExpect(status().isForbidden());

        assertThat(ledger.has(residentId(), ConsentPurpose.NAME_VISIBLE_TO_STREET)).isTrue();
    }

    /** The purposes that hold only after a yes; the others are ticked until the resident unticks them. */
    private static ConsentPurpose[] needingAYes() {
        return Arrays.stream(ConsentPurpose.values())
            .filter(p -> !p.heldUntilWithdrawn())
            .toArray(ConsentPurpose[]::new);
    }

    private MockHttpServletRequestBuilder view() {
        return get("/settings/privacy").with(user(resident));
    }

    private MockHttpServletRequestBuilder save() {
        return post("/settings/privacy").with(user(resident)).with(csrf());
    }

    private Document submit(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(
            mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
        );
    }

    private long residentId() {
        Long id = resident.residentId();
        assertThat(id).isNotNull();
        return id;
    }

    private static String[] names(ConsentPurpose... purposes) {
        return Arrays.stream(purposes).map(ConsentPurpose::name).toArray(String[]::new);
    }

    /** A resident at her own address in a street of a fresh municipality, with a sign-in account. */
    private CurrentUser aResidentWithAnAccount(String unique) {
        long municipality = insert(
            "insert into municipality (code, name) values (?, ?) returning id",
            "GM" + unique,
            "Privacygem"
        );
        long district = insert(
            "insert into district (municipality_id, code, name) values (?, ?, ?) returning id",
            municipality,
            "WK" + unique,
            "Privacywijk"
        );
        long neighbourhood = insert(
            "insert into neighbourhood (district_id, code, name) values (?, ?, ?) returning id",
            district,
            "BU" + unique,
            "Privacybuurt"
        );
        long street = insert(
            "insert into street (neighbourhood_id, name, place_name) values (?, ?, ?) returning id",
            neighbourhood,
            "Privacystraat " + unique,
            "Privacydorp"
        );
        long address = insert(
            """
            insert into address (street_id, neighbourhood_id, postcode, house_number, lat, lon)
            values (?, ?, ?, ?, 52.0, 5.0) returning id""",
            street,
            neighbourhood,
            (1000 + ThreadLocalRandom.current().nextInt(9000)) + "QZ",
            1 + ThreadLocalRandom.current().nextInt(99_000)
        );
        long residentId = insert(
            "insert into resident (address_id, display_name) values (?, ?) returning id",
            address,
            "Ria de Vries"
        );
        long account = insert(
            "insert into account (resident_id, display_name, email, password_hash) values (?, ?, ?, ?) returning id",
            residentId,
            "Ria de Vries",
            "privacy-" + unique + "@example.org",
            "{noop}not used"
        );
        return directory.findById(account).orElseThrow();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
