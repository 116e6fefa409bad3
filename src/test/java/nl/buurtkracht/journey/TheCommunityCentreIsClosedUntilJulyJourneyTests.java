package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community centre is closed until 1 July and every page says so: the builder records the
 * closure, a resident sees it on the list and on the centre's page, and booking a room in that
 * time is refused with a reason she can read.
 */
class TheCommunityCentreIsClosedUntilJulyJourneyTests extends BrowserJourney {

    private static final String CENTRE = "Buurthuis De Linde";
    private static final String REASON = "verbouwing van de grote zaal";

    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    LocalDate firstOfJuly;

    @BeforeEach
    void theDatesOfTheClosure() {
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        // The next 1 July at least a month away, so that a day next week falls inside the closure.
        LocalDate july = MonthDay.of(7, 1).atYear(today.getYear());
        firstOfJuly = july.isBefore(today.plusDays(30)) ? july.plusYears(1) : july;
        removeTheClosure();
    }

    @AfterEach
    void removeTheClosure() {
        jdbc
            .sql("delete from place_closure where reason = ? and place_id = (select id from place where name = ?)")
            .params(REASON, CENTRE)
            .update();
    }

    @Test
    void theBuilderRecordsTheClosureAndTheResidentSeesItEverywhereAndCannotBook() {
        logIn(DemoData.COMMUNITY_BUILDER);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ontmoetingsplekken")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CENTRE).setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CENTRE + " beheren")).click();
        assertAccessible();

        page.getByLabel("Dicht vanaf").fill(today.toString());
        page.getByLabel("Weer open op").fill(firstOfJuly.toString());
        page.getByLabel("Reden").fill(REASON);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesloten dagen opslaan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Opgeslagen.");
        assertThat(page.locator("#closures + p + ul")).containsText(REASON);
        assertAccessible();
        screenshot("50-builder-records-closure");

        context.clearCookies();
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ontmoetingsplekken")).first().click();
        var card = page.locator(
            "article",
            new Page.LocatorOptions().setHas(page.getByText(CENTRE, new Page.GetByTextOptions().setExact(true)))
        );
        assertThat(card.locator(".place-status")).containsText("Gesloten tot 1 juli");
        assertThat(card.locator(".place-status")).containsText(REASON);
        assertAccessible();
        screenshot("51-resident-sees-closure-on-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activiteiten")).first().click();
        var bingo = page.locator("li.time", new Page.LocatorOptions().setHasText("Bingo")).first();
        assertThat(bingo.locator(".standing")).containsText("Let op: " + CENTRE + " is dan gesloten");
        assertThat(bingo.locator(".standing")).containsText(REASON);
        assertAccessible();
        screenshot("51b-resident-sees-closure-on-the-programme");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ontmoetingsplekken")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CENTRE).setExact(true)).click();
        assertThat(page.locator(".place-status")).containsText("Gesloten tot 1 juli");
        assertThat(page.locator(".closure-banner")).containsText("tot 1 juli");
        assertThat(page.locator(".closure-banner")).containsText(REASON);
        assertAccessible();
        screenshot("52-resident-sees-closure-on-place-page");

        LocalDate nextWeek = today.plusDays(7);
        page
            .getByLabel("Welke zaal?")
            .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Grote zaal"));
        page.getByLabel("Welke dag?").fill(nextWeek.toString());
        page.getByLabel("Van hoe laat?").fill("10:00");
        page.getByLabel("Tot hoe laat?").fill("12:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserveren")).click();

        assertThat(page.locator("#error-summary")).containsText(CENTRE + " is dan dicht.");
        assertThat(page.locator("#error-summary")).containsText("tot 1 juli");
        assertThat(page.locator("#day-error")).containsText("Kies een andere dag.");
        assertAccessible();
        screenshot("53-resident-cannot-book-while-closed");
        org.assertj.core.api.Assertions.assertThat(
            jdbc
                .sql(
                    "select count(*) from place_booking b join place p on p.id = b.place_id where p.name = ? and b.booked_by = 1 and b.starts_at::date = ?"
                )
                .params(CENTRE, nextWeek)
                .query(Long.class)
                .single()
        ).isZero();
    }
}
