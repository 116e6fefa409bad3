package nl.buurtkracht.round.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledThresholdAcceptanceTests {

    private static final long AN_HOUR = 3_600_000_000_000L;

    private static VehicleRoutingProblemSolution costing(double cost) {
        return new VehicleRoutingProblemSolution(List.of(), cost);
    }

    /** 3% of 1000 to start, halving every 10 of 100 iterations; the time budget plays no part. */
    private static ScheduledThresholdAcceptance acceptance() {
        return new ScheduledThresholdAcceptance(0.03, 0.1, System.nanoTime(), AN_HOUR, 100, s -> s.getCost());
    }

    @Test
    void acceptsAWorseSolutionWithinTheThresholdAndKeepsOnlyTheNewOne() {
        ScheduledThresholdAcceptance acceptance = acceptance();
        List<VehicleRoutingProblemSolution> memory = new ArrayList<>(List.of(costing(1000)));
        VehicleRoutingProblemSolution worse = costing(1020);

        assertThat(acceptance.acceptSolution(memory, worse)).isTrue();
        assertThat(memory).containsExactly(worse);
        assertThat(acceptance.acceptSolution(memory, costing(1060))).isFalse();
        assertThat(memory).containsExactly(worse);
    }

    @Test
    void theThresholdHalvesEveryAlphaOfTheIterationBudgetAndEndsNearZero() {
        ScheduledThresholdAcceptance acceptance = acceptance();
        List<VehicleRoutingProblemSolution> memory = new ArrayList<>(List.of(costing(1000)));
        acceptance.acceptSolution(memory, costing(2000));
        assertThat(acceptance.threshold()).isCloseTo(30 * Math.pow(0.5, 0.1), within(1e-9));

        for (int i = 1; i < 10; i++) {
            acceptance.acceptSolution(memory, costing(2000));
        }
        assertThat(acceptance.threshold()).isCloseTo(15, within(1e-9));

        for (int i = 10; i < 100; i++) {
            acceptance.acceptSolution(memory, costing(2000));
        }
        assertThat(acceptance.threshold()).isCloseTo(30 / 1024.0, within(1e-9));
        // Late in the search a solution only a little worse is refused.
        assertThat(acceptance.acceptSolution(memory, costing(1000.1))).isFalse();
    }
}
