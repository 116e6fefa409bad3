package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.buurtkracht.fabric.WeekAdvice.InitiativeState;
import nl.buurtkracht.fabric.WeekAdvice.Item;
import nl.buurtkracht.fabric.WeekAdvice.Kind;
import nl.buurtkracht.fabric.WeekAdvice.Situation;
import nl.buurtkracht.fabric.WeekAdvice.StreetState;
import org.junit.jupiter.api.Test;

class WeekAdviceTests {

    static final List<StreetState> STREETS = List.of(
        new StreetState(1, "Dorpsstraat", 0.70, 0.72, 0),
        new StreetState(2, "Molenstraat", 0.35, 0.55, 4),
        new StreetState(3, "Kerkpad", 0.40, 0.40, 1),
        new StreetState(4, "Hofje", null, null, 0)
    );

    @Test
    void peopleAtRiskComeFirstThenWaitingNeighboursThenTheThinnestStreetWithWhy() {
        var advice = WeekAdvice.rank(
            new Situation(
                7,
                2,
                3,
                4,
                5,
                STREETS,
                List.of(new InitiativeState(9, "Taartenclub", "continuity.warning.funding-ends", List.of(20), 20))
            )
        );

        assertThat(advice)
            .extracting(Item::kind)
            .containsExactly(
                Kind.SIGNALS,
                Kind.WAITING_ASKS,
                Kind.THIN_STREET,
                Kind.QUIET_RESIDENTS,
                Kind.INITIATIVE_AT_RISK
            );
        Item thin = advice.get(2);
        // Molenstraat: thinner than Kerkpad and falling from 55 % to 35 %.
        assertThat(thin.subject()).isEqualTo("Molenstraat");
        assertThat(thin.messageKey()).isEqualTo("fabric.advice.thin-falling");
        assertThat(thin.arguments()).containsExactly(35, 55);
        assertThat(advice.get(4).messageKey()).isEqualTo("continuity.warning.funding-ends");
    }

    @Test
    void aQuietWeekGivesAShortListAndNeverMoreThanFive() {
        var calm = WeekAdvice.rank(
            new Situation(7, 0, 0, 1, 0, List.of(new StreetState(1, "Dorpsstraat", 0.9, 0.9, 0)), List.of())
        );
        assertThat(calm).isEmpty();

        var busy = WeekAdvice.rank(
            new Situation(
                7,
                1,
                0,
                3,
                2,
                STREETS,
                List.of(
                    new InitiativeState(1, "A", "k", List.of(), 10),
                    new InitiativeState(2, "B", "k", List.of(), 80),
                    new InitiativeState(3, "C", "k", List.of(), null)
                )
            )
        );
        assertThat(busy).hasSize(WeekAdvice.LENGTH);
        // Of the initiatives, the one whose money runs out first made the list.
        assertThat(busy).extracting(Item::subject).contains("A").doesNotContain("B", "C");
    }
}
