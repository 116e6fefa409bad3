package nl.buurtkracht.help;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour who could help with an ask, with the reasons in plain words. {@code invitation} is
 * null before an invitation, then "INVITED", "ACCEPTED" or "DECLINED".
 */
public record CandidateView(
    long residentId,
    String name,
    long offerId,
    HelpKind offerKind,
    int score,
    int walkingMinutes,
    List<Reason> reasons,
    @Nullable String invitation
) {}
