package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityFixtures;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.activity.ActivityManagement;
import nl.buurtkracht.activity.ActivitySignups;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bingo is full and the first on the waiting list gets the seat when someone cancels: Ria finds
 * the bingo full on the programme and puts herself on the waiting list with one press; a neighbour
 * with a seat cannot come after all and says so; Ria then has the seat, and her list says so.
 */
class TheBingoIsFullAndTheFirstOnTheWaitingListGetsTheSeatJourneyTests extends BrowserJourney {

    @Autowired
    ActivityManagement management;

    @Autowired
    ActivitySignups signups;

    @Autowired
    Activities activities;

    @Autowired
    Places places;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    String title;
    LocalDate thursday;
    List<CurrentUser> seated;

    @BeforeEach
    void aFullBingoInTheCommunityCentre() {
        var fixtures = new ActivityFixtures(accounts, management, jdbc);
        long linde = jdbc.sql("select id from place where name = 'Buurthuis De Linde'").query(Long.class).single();
        // A Thursday at least three days away on which the centre is open.
        thursday = activities.today().plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        while (places.closureOn(linde, thursday).isPresent()) {
            thursday = thursday.plusWeeks(1);
        }
        title = ActivityFixtures.named("Bingo");
        long id = management.organise(
            fixtures.samira(),
            new ActivityForm(
                title,
                "Bingo met koffie en een plak cake.",
                1L,
                linde,
                "",
                "",
                null,
                "",
                thursday,
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                "",
                2,
                false
            ),
            null
        );
        seated = fixtures.neighbours(2);
        seated.forEach(n -> signups.signUp(n, id, thursday, null));
    }

    @Test
    void riaWaitsForASeatAndGetsItWhenANeighbourCancels() {
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activiteiten")).first().click();
        var bingo = page.locator("li.time", new Page.LocatorOptions().setHasText(title));
        assertThat(bingo.locator(".standing")).hasText("Vol, de wachtlijst is nog leeg.");
        assertAccessible();
        screenshot("60-programme-shows-the-bingo-full");

        bingo.getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zet mij op de wachtlijst")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U staat nummer 1 op de wachtlijst");
        assertThat(page.locator(".standing-banner")).hasText("U staat nummer 1 op de wachtlijst.");
        assertAccessible();
        screenshot("61-ria-on-the-waiting-list");
        String timePage = page.url().replaceAll("\\?.*$", "");

        context.clearCookies();
        logIn(seated.getFirst().email());
        page.navigate(timePage);
        assertThat(page.locator(".standing-banner")).hasText("U bent aangemeld.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik kan toch niet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent afgemeld");
        assertAccessible();
        screenshot("62-a-neighbour-cancels");

        context.clearCookies();
        logIn(DemoData.RESIDENT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activiteiten")).first().click();
        var mine = page.locator("li.time.mine", new Page.LocatorOptions().setHasText(title)).first();
        assertThat(mine.locator(".standing")).hasText("U bent aangemeld.");
        assertAccessible();
        screenshot("63-ria-has-the-seat");
    }
}
