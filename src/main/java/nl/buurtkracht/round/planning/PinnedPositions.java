package nl.buurtkracht.round.planning;

import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a pin's position real. Pinned stops sit in jsprit's initial routes, which ruin never touches
 * (jsprit's {@code AbstractRuinStrategy} skips jobs that are not in the problem's own job list), but
 * recreate may still insert other stops in front of them. This constraint refuses an insertion that
 * would push a pinned stop past its position; a pin that has not reached its position yet may still
 * get stops in front of it.
 */
final class PinnedPositions implements HardActivityConstraint {

    /** Per pinned stop id, the index in its route it may not pass (0 for the first stop). */
    private final Map<String, Integer> lastIndex = new HashMap<>();

    PinnedPositions(List<Pin> pins) {
        for (Pin pin : pins) {
            if (pin.position() != Integer.MAX_VALUE) {
                lastIndex.put(pin.stopId(), pin.position() - 1);
            }
        }
    }

    @Override
    public ConstraintsStatus fulfilled(
        JobInsertionContext context,
        TourActivity previous,
        TourActivity inserted,
        TourActivity next,
        double previousDeparture
    ) {
        if (lastIndex.isEmpty() || !(next instanceof TourActivity.JobActivity)) {
            return ConstraintsStatus.FULFILLED;
        }
        // Every stop from "next" on moves one place further along the route.
        List<TourActivity> route = context.getRoute().getActivities();
        boolean shifted = false;
        for (int index = 0; index < route.size(); index++) {
            TourActivity act = route.get(index);
            shifted = shifted || act == next;
            if (shifted && act instanceof TourActivity.JobActivity job) {
                Integer last = lastIndex.get(job.getJob().getId());
                if (last != null && index >= last) {
                    return ConstraintsStatus.NOT_FULFILLED;
                }
            }
        }
        return ConstraintsStatus.FULFILLED;
    }
}
