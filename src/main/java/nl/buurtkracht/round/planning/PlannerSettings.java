package nl.buurtkracht.round.planning;

import java.time.Duration;
import java.util.Map;

/**
 * How hard and how the planner searches.
 *
 * @param timeLimit stop the search after this long
 * @param maxIterations stop after this many ruin-and-recreate iterations (whichever comes first)
 * @param seed the random seed; with an iteration limit (not a time limit) plans are reproducible
 * @param threads search threads (jsprit's concurrent insertion; two for rounds, one for benchmarks)
 * @param continuityPenaltyMinutes cost, in travel minutes, of giving a recipient a volunteer other
 *     than last time's (when last time's volunteer comes this time)
 * @param balanceWeight weight of the sum of squared stop counts per route, in minutes, so that a
 *     route with many more stops than another costs extra
 * @param unassignedPenaltyMinutes cost of leaving a stop unvisited; far above any travel saving
 * @param jspritProperties extra jsprit {@code Jsprit.Parameter}/{@code Strategy} settings by name
 */
public record PlannerSettings(
    Duration timeLimit,
    int maxIterations,
    long seed,
    int threads,
    double continuityPenaltyMinutes,
    double balanceWeight,
    double unassignedPenaltyMinutes,
    Map<String, String> jspritProperties
) {
    public PlannerSettings {
        jspritProperties = Map.copyOf(jspritProperties);
        if (threads < 1) {
            throw new PlanningInputException("threads", "at least one thread");
        }
    }

    /** For rounds: a plan within about 4 s on two search threads, continuity and balance on. */
    public static PlannerSettings forRounds() {
        // Volunteers are people, not interchangeable vans: jsprit's vehicle switch would move a
        // whole route to another volunteer and undo continuity (measured: it kept everyone on one
        // route), so it is off. Two threads: on the shared 2-core machine they got the village round
        // (150 stops) about 5% less travel in the same 4 s than one.
        return new PlannerSettings(
            Duration.ofSeconds(4),
            1_000_000,
            42,
            2,
            10,
            0.5,
            10_000,
            Map.of("vehicle_switch", "false")
        );
    }

    /** Distance only: no continuity or balance, for benchmark instances. */
    public static PlannerSettings distanceOnly(Duration timeLimit, long seed) {
        return new PlannerSettings(timeLimit, Integer.MAX_VALUE, seed, 1, 0, 0, 100_000, Map.of());
    }

    public PlannerSettings withTimeLimit(Duration limit) {
        return new PlannerSettings(
            limit,
            maxIterations,
            seed,
            threads,
            continuityPenaltyMinutes,
            balanceWeight,
            unassignedPenaltyMinutes,
            jspritProperties
        );
    }

    public PlannerSettings withIterations(int iterations) {
        return new PlannerSettings(
            timeLimit,
            iterations,
            seed,
            threads,
            continuityPenaltyMinutes,
            balanceWeight,
            unassignedPenaltyMinutes,
            jspritProperties
        );
    }

    public PlannerSettings withSeed(long newSeed) {
        return new PlannerSettings(
            timeLimit,
            maxIterations,
            newSeed,
            threads,
            continuityPenaltyMinutes,
            balanceWeight,
            unassignedPenaltyMinutes,
            jspritProperties
        );
    }

    public PlannerSettings withWeights(double continuity, double balance) {
        return new PlannerSettings(
            timeLimit,
            maxIterations,
            seed,
            threads,
            continuity,
            balance,
            unassignedPenaltyMinutes,
            jspritProperties
        );
    }

    public PlannerSettings withThreads(int searchThreads) {
        return new PlannerSettings(
            timeLimit,
            maxIterations,
            seed,
            searchThreads,
            continuityPenaltyMinutes,
            balanceWeight,
            unassignedPenaltyMinutes,
            jspritProperties
        );
    }

    public PlannerSettings withJspritProperties(Map<String, String> properties) {
        return new PlannerSettings(
            timeLimit,
            maxIterations,
            seed,
            threads,
            continuityPenaltyMinutes,
            balanceWeight,
            unassignedPenaltyMinutes,
            properties
        );
    }
}
