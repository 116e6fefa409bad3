package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.fabric.Contact;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.fabric.ContactSource;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "A resident withdraws consent and disappears from the builder's network picture at once": Ria
 * shares her name with the builder and meets two neighbours; Samira sees her by name in the picture
 * of Ria's street. Ria takes her contacts out of the neighbourhood picture on her privacy page, and
 * Samira's next look shows one dot fewer and no name, without waiting for the nightly run.
 */
class AResidentLeavesTheNeighbourhoodPictureAndDisappearsAtOnceJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ConsentLedger consents;

    @Autowired
    ContactLedger ledger;

    @Test
    void aResidentWithdrawsConsentAndDisappearsFromTheBuildersNetworkPictureAtOnce() {
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        long street = ria.scope().homeStreetId();
        String riaName = jdbc
            .sql("select display_name from resident where id = ?")
            .param(ria.residentId())
            .query(String.class)
            .single();
        consents.record(
            ria.residentId(),
            ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE,
            true,
            null,
            false,
            ConsentMethod.ONLINE
        );
        consents.record(
            ria.residentId(),
            ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER,
            true,
            null,
            false,
            ConsentMethod.ONLINE
        );
        List<Long> neighbours = jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id
                where a.street_id = ? and r.id <> ? order by r.id limit 2"""
            )
            .params(street, ria.residentId())
            .query(Long.class)
            .list();
        String ref = "journey-" + UUID.randomUUID();
        LocalDate lastWeek = LocalDate.now(Recurrence.AMSTERDAM).minusDays(7);
        for (long neighbour : neighbours) {
            ledger.record(
                new Contact(ria.residentId(), neighbour, lastWeek, ContactSource.ARRANGEMENT_MET, ref, null, null)
            );
        }

        logIn(DemoData.COMMUNITY_BUILDER);
        open("/builder/streets/" + street + "/network");
        var people = page.locator("table tbody tr");
        assertThat(people.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(riaName))).hasCount(1);
        int before = page.locator("svg circle.dot").count();
        assertAccessible();
        screenshot("132-builder-sees-ria-by-name-in-her-street");
        logOut();

        logIn(DemoData.RESIDENT);
        open("/settings/privacy");
        page.getByLabel("Mijn contacten via Buurtkracht tellen mee", new Page.GetByLabelOptions()).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opgeslagen");
        assertAccessible();
        screenshot("133-ria-takes-her-contacts-out-of-the-picture");
        logOut();

        logIn(DemoData.COMMUNITY_BUILDER);
        open("/builder/streets/" + street + "/network");
        assertThat(page.locator("svg circle.dot")).hasCount(before - 1);
        assertThat(page.locator("main")).not().containsText(riaName);
        assertAccessible();
        screenshot("134-the-picture-without-ria");
    }

    private void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
    }
}
