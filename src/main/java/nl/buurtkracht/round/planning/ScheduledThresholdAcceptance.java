package nl.buurtkracht.round.planning;

import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * Schrimpf's threshold accepting, as jsprit's default acceptor, but cooled over the search budget
 * that actually applies: a new solution replaces the current one if it costs less than the current
 * one plus a threshold that starts at {@code initialShare} of the first solution's travel and halves
 * every {@code alpha} of the budget. The budget used is the larger share of the time limit or of the
 * iteration limit. jsprit's own acceptor cools by iterations only, so under a time limit (with the
 * iteration limit at "unlimited") its threshold never drops and the search keeps wandering.
 *
 * <p>One per search; not for several threads.
 */
final class ScheduledThresholdAcceptance implements SolutionAcceptor {

    private final double initialShare;
    private final double alpha;
    private final long startNanos;
    private final long budgetNanos;
    private final int maxIterations;
    private final ToDoubleFunction<VehicleRoutingProblemSolution> travel;
    private double initialThreshold = Double.NaN;
    private int calls;

    /**
     * @param travel the part of a solution's cost the threshold is a share of (travel, without the
     *     penalty for unassigned stops, which would make the first threshold meaningless)
     */
    ScheduledThresholdAcceptance(
        double initialShare,
        double alpha,
        long startNanos,
        long budgetNanos,
        int maxIterations,
        ToDoubleFunction<VehicleRoutingProblemSolution> travel
    ) {
        this.initialShare = initialShare;
        this.alpha = alpha;
        this.startNanos = startNanos;
        this.budgetNanos = budgetNanos;
        this.maxIterations = maxIterations;
        this.travel = travel;
    }

    @Override
    public boolean acceptSolution(
        Collection<VehicleRoutingProblemSolution> solutions,
        VehicleRoutingProblemSolution newSolution
    ) {
        calls++;
        if (solutions.isEmpty()) {
            solutions.add(newSolution);
            return true;
        }
        VehicleRoutingProblemSolution current = solutions.iterator().next();
        if (Double.isNaN(initialThreshold)) {
            initialThreshold = initialShare * travel.applyAsDouble(current);
        }
        if (newSolution.getCost() < current.getCost() + threshold()) {
            solutions.remove(current);
            solutions.add(newSolution);
            return true;
        }
        return false;
    }

    /** The threshold now: halves every {@code alpha} of the budget spent. */
    double threshold() {
        double byTime = (double) (System.nanoTime() - startNanos) / budgetNanos;
        double byIterations = (double) calls / maxIterations;
        double spent = Math.min(1, Math.max(byTime, byIterations));
        return initialThreshold * Math.exp((-Math.log(2) * spent) / alpha);
    }
}
