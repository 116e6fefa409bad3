package nl.buurtkracht.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cells are never shown, and no sum lets a reader work one out. */
class SuppressionTests {

    @Test
    void cellsAboutFewerThanTenPeopleAreSuppressedAndTenIsShown() {
        var s = new Suppression();
        s.people("a", 9);
        s.people("b", 10);
        s.people("zero", 0);
        assertThat(s.suppressed().keySet()).containsExactlyInAnyOrder("a", "zero");
    }

    @Test
    void whenOnePartOfASumIsSuppressedTheNextSmallestIsToo() {
        // 100 residents reached = 95 by contact + 5 only by taking part: 5 is primary; 95 would give it
        // away (100 - 95), so the smaller of the other shown members goes too.
        var s = new Suppression();
        s.people("reached", 100);
        s.people("contact", 95);
        s.people("only", 5);
        s.sum("reached", List.of("contact", "only"));
        assertThat(s.suppressed())
            .containsEntry("only", Suppression.Reason.SMALL)
            .containsEntry("contact", Suppression.Reason.COMPLEMENT)
            .hasSize(2);
    }

    @Test
    void aHiddenComplementThatIsSmallProtectsItselfThroughTheShownCells() {
        // 120 residents, 114 reached: "not reached" (6) is never shown, but 120 - 114 would reveal it.
        var s = new Suppression();
        s.people("residents", 120);
        s.people("reached", 114);
        s.hidden("notReached", 6, 6);
        s.sum("residents", List.of("reached", "notReached"));
        assertThat(s.suppressed().keySet()).containsExactly("reached");
    }

    @Test
    void aLargeHiddenComplementNeedsNothing() {
        var s = new Suppression();
        s.people("residents", 120);
        s.people("reached", 60);
        s.hidden("notReached", 60, 60);
        s.sum("residents", List.of("reached", "notReached"));
        assertThat(s.suppressed().keySet()).isEmpty();
    }

    @Test
    void suppressionCarriesOverFromStreetsToTheNeighbourhoodAndBack() {
        // Street C has 4 residents. Its cell is suppressed; the neighbourhood total minus A and B would
        // give it away, so B (the smaller) is suppressed too; nothing else needs to go.
        var s = new Suppression();
        s.people("n", 54);
        s.people("A", 30);
        s.people("B", 20);
        s.people("C", 4);
        s.sum("n", List.of("A", "B", "C"));
        assertThat(s.suppressed().keySet()).containsExactlyInAnyOrder("C", "B");
    }

    @Test
    void aSecondarySuppressionIsProtectedInEverySumItIsPartOf() {
        // Two sums share "contact": suppressing it for the first sum must not leave it derivable in the second.
        var s = new Suppression();
        s.people("reached", 100);
        s.people("contact", 95);
        s.people("only", 5);
        s.sum("reached", List.of("contact", "only"));
        s.people("n", 195);
        s.people("other", 100);
        s.sum("n", List.of("contact", "other"));
        var suppressed = s.suppressed().keySet();
        assertThat(suppressed).contains("only", "contact");
        // In n = contact + other, contact is unknown: one more of n or other must go.
        assertThat(suppressed).containsAnyOf("n", "other");
    }

    @Test
    void hoursAreSuppressedByTheNumberOfPeopleWhoGaveThemNotByTheirSize() {
        var s = new Suppression();
        s.shown("hoursOfThree", BigDecimal.valueOf(250), 3, false);
        s.shown("fewHoursOfMany", BigDecimal.valueOf(4), 12, false);
        assertThat(s.suppressed().keySet()).containsExactly("hoursOfThree");
    }

    @Test
    void tiesAreSuppressedWhenFewerThanTenPeopleAreInThemEvenIfThereAreTenTies() {
        var s = new Suppression();
        // Five people who all know each other: ten pairs.
        s.shown("ties", BigDecimal.TEN, 5, true);
        assertThat(s.suppressed().keySet()).containsExactly("ties");
    }
}
