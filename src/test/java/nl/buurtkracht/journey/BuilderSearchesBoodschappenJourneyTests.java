package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A builder searches "boodschappen", spelt right or not, and finds three neighbours and a service. */
class BuilderSearchesBoodschappenJourneyTests extends BrowserJourney {

    private static final List<String> NEIGHBOURS_OFFERS = List.of(
        "Boodschappen halen op dinsdag",
        "Boodschap doen met de auto",
        "Samen boodschappen doen"
    );

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void threeNeighboursAndAServiceOfferShopping() {
        List<Long> residents = jdbc
            .sql(
                """
                select r.id from resident r join address a on a.id = r.address_id
                where a.neighbourhood_id = 1 and r.id > 3 order by r.id limit 3"""
            )
            .query(Long.class)
            .list();
        jdbc
            .sql("delete from profile_item where label = any(?)")
            .param(NEIGHBOURS_OFFERS.toArray(String[]::new))
            .update();
        for (int i = 0; i < 3; i++) {
            jdbc
                .sql(
                    "insert into profile_item (resident_id, kind, label, visibility) values (?, 'OFFER', ?, 'NEIGHBOURHOOD')"
                )
                .params(residents.get(i), NEIGHBOURS_OFFERS.get(i))
                .update();
        }
        jdbc.sql("delete from service where name = 'Boodschappenbus Lindeveld'").update();
        long service = jdbc
            .sql(
                "insert into service (name, purpose, address) values ('Boodschappenbus Lindeveld', 'Rijdt op vrijdag naar de supermarkt', 'Brink 1') returning id"
            )
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into service_neighbourhood (service_id, neighbourhood_id) values (?, 1)")
            .param(service)
            .update();
    }

    @Test
    void aBuilderSearchesBoodschappenAndFindsThreeNeighboursAndAService() {
        logIn(DemoData.COMMUNITY_BUILDER);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoeken")).click();
        assertAccessible();

        page.getByLabel("Wat zoekt u?").fill("boodschappen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();

        for (String offer : NEIGHBOURS_OFFERS) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(offer))).isVisible();
        }
        assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boodschappenbus Lindeveld"))
        ).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gevonden");
        assertAccessible();
        screenshot("40-builder-search-boodschappen");
    }

    @Test
    void aBuilderWhoMisspellsBoodschappenIsToldWhatWasAlsoSearchedAndFindsTheSame() {
        logIn(DemoData.COMMUNITY_BUILDER);
        open("/search");

        page.getByLabel("Wat zoekt u?").fill("boodscahppen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ook gezocht naar: boodschappen");
        for (String offer : NEIGHBOURS_OFFERS) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(offer))).isVisible();
        }
        assertAccessible();
        screenshot("41-builder-search-misspelt");
    }
}
