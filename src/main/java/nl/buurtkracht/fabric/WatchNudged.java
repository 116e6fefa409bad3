package nl.buurtkracht.fabric;

import java.util.List;

/**
 * Nobody has been in contact with a resident for their chosen period: stage 1 asks the circle, stage
 * 2 the street host(s), stage 3 the community builder(s) of the neighbourhood (only with the
 * resident's consent). Each stage is published once per quiet stretch. Builders are reached by
 * account, the others as residents.
 */
public record WatchNudged(
    long watchId,
    long aboutResidentId,
    int stage,
    int quietDays,
    List<Long> residentIds,
    List<Long> accountIds
) {
    public WatchNudged {
        residentIds = List.copyOf(residentIds);
        accountIds = List.copyOf(accountIds);
    }
}
