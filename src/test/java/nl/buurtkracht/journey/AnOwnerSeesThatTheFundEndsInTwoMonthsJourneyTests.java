package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * An owner writes down the fund that pays for her initiative, and is told in plain words that the
 * money stops in two months with nothing after it; the community builder sees it in her overview.
 */
class AnOwnerSeesThatTheFundEndsInTwoMonthsJourneyTests extends BrowserJourney {

    @Test
    void anOwnerSeesThatTheFundEndsInTwoMonths() {
        String title = "Buurtkoor " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        logIn(DemoData.RESIDENT);
        open("/initiatives/new");
        page.getByLabel("Titel").fill(title);
        page.getByLabel("Wat wilt u doen?").fill("Elke donderdag samen zingen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn idee delen")).click();
        page.getByLabel("Nieuwe stand").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stand opslaan")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geld en tijd")).click();

        page.getByLabel("Fonds of geldgever", new Page.GetByLabelOptions().setExact(true)).fill("Fonds Zingen");
        page.getByLabel("Bedrag in euro's").fill("1.200,50");
        page.getByLabel("Vanaf").fill(today.minusMonths(10).toString());
        page.getByLabel("Tot en met").fill(today.minusMonths(11).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Geldbron toevoegen")).click();
        assertThat(page.locator(".error-summary")).containsText("De einddatum ligt voor de begindatum.");
        assertAccessible();

        page.getByLabel("Tot en met").fill(today.plusMonths(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Geldbron toevoegen")).click();
        assertThat(page.locator("#warnings")).containsText("Het geld van Fonds Zingen stopt op");
        assertThat(page.locator("#warnings")).containsText("er is nog geen nieuwe geldbron");
        assertThat(page.locator("#funding ~ article").first()).containsText("1.200,50");
        assertAccessible();
        screenshot("54-fund-ends-in-two-months");

        context.clearCookies();
        logIn(DemoData.COMMUNITY_BUILDER);
        open("/neighbourhoods/1/continuity");
        assertThat(
            page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(title)))
        ).containsText("Het geld van Fonds Zingen stopt op");
        assertAccessible();
        screenshot("55-continuity-overview");
    }
}
