package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.buurtkracht.fabric.Contact;
import nl.buurtkracht.fabric.ContactLedger;
import nl.buurtkracht.fabric.ContactSource;
import nl.buurtkracht.fabric.FabricAnalytics;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "A builder sees that Molenstraat has the thinnest fabric of the neighbourhood and why": a new
 * neighbourhood a builder supports, with a Dorpsstraat where neighbours keep meeting and a Molenstraat
 * where they met in the summer and not since. The nightly analytics run; her view puts Molenstraat
 * in this week's list with the drop in words, and its network picture shows who is still in touch.
 */
class ABuilderSeesWhereTheFabricIsThinnestAndWhyJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactLedger ledger;

    @Autowired
    FabricAnalytics analytics;

    @Autowired
    AccountDirectory accounts;

    @Test
    void aBuilderSeesThatMolenstraatHasTheThinnestFabricOfTheNeighbourhoodAndWhy() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        // A neighbourhood of a town of its own, so the demo town keeps its size.
        var town = new ReportFixtures(jdbc, accounts, ledger);
        long neighbourhood = town.neighbourhood("Molenbuurt");
        // The builder who supports only this neighbourhood.
        CurrentUser builder = town.builder("Samira Molen", neighbourhood);
        LocalDate today = LocalDate.now(Recurrence.AMSTERDAM);
        List<Long> dorpsstraat = street(neighbourhood, "Dorpsstraat", "Molendorp " + unique, 52.101, 12);
        List<Long> molenstraat = street(neighbourhood, "Molenstraat", "Molendorp " + unique, 52.099, 12);
        // Dorpsstraat: everyone met two neighbours last week and in the summer.
        ring(dorpsstraat, today.minusDays(7), "dorp-" + unique);
        ring(dorpsstraat, today.minusDays(100), "dorp-old-" + unique);
        // Molenstraat: the same in the summer, and nothing since.
        ring(molenstraat, today.minusDays(100), "molen-" + unique);
        analytics.runNow();

        logIn(builder.email());
        // Her menu leads to the one neighbourhood she supports.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buurtbeeld")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Buurtbeeld van Molenbuurt"
        );
        var week = page.locator("ol.advice li");
        var molen = week.filter(new Locator.FilterOptions().setHasText("Molenstraat"));
        // Why, twice over: the drop since the summer, and twelve neighbours nobody has seen since.
        assertThat(molen).hasCount(2);
        assertThat(molen.first()).containsText(
            "0% van de bewoners twee of meer contacten, drie maanden geleden nog 100%"
        );
        assertThat(molen.nth(1)).containsText("12 bewoners hadden de laatste weken met niemand contact");
        assertThat(week.filter(new Locator.FilterOptions().setHasText("Dorpsstraat"))).hasCount(0);
        var row = page.locator("tr", new Page.LocatorOptions().setHasText("Molenstraat"));
        assertThat(row.locator("td").first()).hasText("0%");
        assertThat(row.locator("td").nth(1)).hasText("100%");
        assertThat(
            page.locator("tr", new Page.LocatorOptions().setHasText("Dorpsstraat")).locator("td").first()
        ).hasText("100%");
        assertThat(page.locator("polyline.shade-0")).hasCount(1);
        assertThat(page.locator("polyline.shade-4")).hasCount(1);
        assertAccessible();
        screenshot("130-builder-sees-molenstraat-is-thinnest");

        molen.first().getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile("#street-\\d+$"));
        page
            .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk wie wie kent in de Molenstraat"))
            .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
            "Wie kent wie in de Molenstraat"
        );
        assertThat(page.locator("svg circle.dot")).hasCount(12);
        // Nobody on the street shares their name with the builder: numbers only.
        assertThat(page.locator("table tbody th").first()).hasText(Pattern.compile("^Bewoner \\d+$"));
        assertThat(page.locator("table")).not().containsText("Molen-");
        assertAccessible();
        screenshot("131-network-picture-of-molenstraat-without-names");
        assertThat(
            jdbc.sql("select count(*) from fabric_run where status = 'DONE'").query(Integer.class).single()
        ).isPositive();
    }

    /** A street of its own with {@code residents} houses on one row at latitude {@code lat}, each with one resident. */
    private List<Long> street(long neighbourhood, String name, String place, double lat, int residents) {
        long street = jdbc
            .sql("insert into street (neighbourhood_id, name, place_name) values (?, ?, ?) returning id")
            .params(neighbourhood, name, place)
            .query(Long.class)
            .single();
        var random = ThreadLocalRandom.current();
        String postcode =
            (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        List<Long> people = new ArrayList<>();
        for (int n = 1; n <= residents; n++) {
            long address = jdbc
                .sql(
                    """
                    insert into address (street_id, neighbourhood_id, postcode, house_number, lat, lon)
                    values (?, ?, ?, ?, ?, ?) returning id"""
                )
                .params(street, neighbourhood, postcode, n, lat, 5.100 + n * 0.0004)
                .query(Long.class)
                .single();
            people.add(
                jdbc
                    .sql(
                        """
                        insert into resident (address_id, display_name, birth_year, created_at)
                        values (?, ?, 1950 + ?, now() - interval '1 year') returning id"""
                    )
                    .params(address, name.substring(0, 5) + "-" + n, n * 3)
                    .query(Long.class)
                    .single()
            );
        }
        return people;
    }

    /** Everyone meets the next two neighbours on the row on that day. */
    private void ring(List<Long> people, LocalDate day, String ref) {
        for (int i = 0; i < people.size(); i++) {
            for (int step = 1; step <= 2; step++) {
                long other = people.get((i + step) % people.size());
                ledger.record(
                    new Contact(people.get(i), other, day, ContactSource.ARRANGEMENT_MET, ref + "-" + i, null, null)
                );
            }
        }
    }
}
