package nl.buurtkracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.buurtkracht.people.HouseholdCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer joins her street with the code from the letter the community builder posted. */
class NewcomerJoinsWithLetterCodeJourneyTests extends BrowserJourney {

    /** The second demo street, Tulpenhof; the letter goes to number 5. */
    private static final long TULPENHOF = 2;

    @Autowired
    HouseholdCodes codes;

    @Test
    void aNewcomerJoinsHerStreetWithTheLetterCode() {
        String code = codes
            .issueForStreet(TULPENHOF)
            .stream()
            .filter(l -> l.address().houseNumber() == 5)
            .findFirst()
            .orElseThrow()
            .printedCode();
        String email = "anna." + System.nanoTime() + "@example.nl";

        open("/");
        assertAccessible();
        screenshot("01-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb een brief met een code")).click();

        // A typo in the code: the form comes back with the reason beside the field, nothing is lost.
        fillJoinForm("ABCD-EF23", "Anna Zonneveld", email);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Deze code kennen we niet");
        assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).hasValue("Anna Zonneveld");
        assertAccessible();
        screenshot("02-join-wrong-code");

        fillJoinForm(code.toLowerCase(), "Anna Zonneveld", email);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/streets/" + TULPENHOF + "\\?welcome$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tulpenhof");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Welkom in uw straat");
        assertThat(page.locator(".neighbours li", new Page.LocatorOptions().setHasText("Anna Zonneveld"))).containsText(
            "dat bent u"
        );
        assertAccessible();
        screenshot("03-my-street");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who lives here"))).isVisible();
        assertAccessible();
        screenshot("04-my-street-english");
    }

    private void fillJoinForm(String code, String name, String email) {
        page.getByLabel("Code uit de brief").fill(code);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Kies een wachtwoord").fill("een lange zin als wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
    }
}
