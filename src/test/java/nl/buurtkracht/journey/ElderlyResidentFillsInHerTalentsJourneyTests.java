package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.buurtkracht.demo.DemoData;
import org.junit.jupiter.api.Test;

/** An elderly resident fills in what she is good at with two clicks and a word. */
class ElderlyResidentFillsInHerTalentsJourneyTests extends BrowserJourney {

    @Test
    void anElderlyResidentFillsInWhatSheIsGoodAtWithTwoClicksAndAWord() {
        logIn(DemoData.RESIDENT);
        open("/profile");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mijn profiel");
        assertAccessible();

        Locator talents = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Wat ik goed kan"));
        talents.getByLabel("Koken", new Locator.GetByLabelOptions().setExact(true)).check();
        talents.getByLabel("Iets anders, in uw eigen woorden").fill("soep maken");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        Locator saved = page.getByRole(AriaRole.STATUS);
        assertThat(saved).containsText("Opgeslagen");
        assertThat(saved).containsText("Koken");
        assertThat(saved).containsText("soep maken");
        assertThat(talents.getByLabel("Koken", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(talents.getByLabel("soep maken", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertAccessible();
        screenshot("30-profile");
    }
}
