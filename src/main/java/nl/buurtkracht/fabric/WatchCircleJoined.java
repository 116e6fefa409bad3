package nl.buurtkracht.fabric;

import java.util.List;

/** A resident put neighbours in their watch's circle; each hears once what that means, and may leave. */
public record WatchCircleJoined(long watchId, long aboutResidentId, List<Long> memberResidentIds) {
    public WatchCircleJoined {
        memberResidentIds = List.copyOf(memberResidentIds);
    }
}
