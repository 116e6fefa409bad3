package nl.buurtkracht.help.internal;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.help.Reason;

/**
 * How well a helper suits an ask, and why, in plain words. Nearness counts, but what builds a lasting
 * tie counts more: the same block or street, having met before (and it went well), something in
 * common, being free at the time, and a bridge between generations when the asker wants one.
 */
public final class CandidateScoring {

    /** Metres on foot per straight-line metre: streets do not run as the crow flies. */
    public static final double DETOUR = 1.3;
    /** An unhurried walking pace, metres per minute. */
    public static final double WALKING_PACE = 70;
    /** Years between birth years that count as another generation. */
    public static final int GENERATION = 25;

    /** What is known of one helper for one ask. {@code freeThen} is null when the helper gave no times. */
    public record Facts(
        double metres,
        boolean sameBlock,
        boolean sameStreet,
        int earlierContacts,
        boolean wentWell,
        List<String> sharedInterests,
        List<String> sharedLanguages,
        Boolean freeThen,
        boolean otherGenerationWanted,
        boolean otherGeneration,
        boolean exactKind
    ) {}

    /** A score (higher is better) and the reasons to show, strongest first. */
    public record Scored(int score, int walkingMinutes, List<Reason> reasons) {}

    private CandidateScoring() {}

    public static int walkingMinutes(double metres) {
        return Math.max(1, (int) Math.ceil((metres * DETOUR) / WALKING_PACE));
    }

    public static Scored score(Facts f) {
        List<Reason> reasons = new ArrayList<>();
        // Nearness: a walk of 2 km costs 100 points, a walk of 200 m 10.
        int score = 100 - (int) Math.round(f.metres() / 20);
        if (f.earlierContacts() > 0) {
            score += 30 + 10 * Math.min(f.earlierContacts(), 4);
            if (f.wentWell()) {
                score += 30;
                reasons.add(new Reason("help.reason.went-well"));
            } else {
                reasons.add(new Reason("help.reason.met-before"));
            }
        }
        if (f.sameBlock()) {
            score += 40;
            reasons.add(new Reason("help.reason.same-block"));
        } else if (f.sameStreet()) {
            score += 25;
            reasons.add(new Reason("help.reason.same-street"));
        }
        if (f.otherGenerationWanted() && f.otherGeneration()) {
            score += 25;
            reasons.add(new Reason("help.reason.other-generation"));
        }
        for (String interest : f.sharedInterests().stream().limit(2).toList()) {
            score += 10;
            reasons.add(new Reason("help.reason.interest", interest));
        }
        if (!f.sharedLanguages().isEmpty()) {
            score += 15;
            reasons.add(new Reason("help.reason.language", f.sharedLanguages().getFirst()));
        }
        if (Boolean.TRUE.equals(f.freeThen())) {
            score += 15;
            reasons.add(new Reason("help.reason.free-then"));
        } else if (Boolean.FALSE.equals(f.freeThen())) {
            score -= 15;
        }
        if (f.exactKind()) {
            score += 5;
        }
        int minutes = walkingMinutes(f.metres());
        reasons.add(new Reason("help.reason.walk", minutes));
        return new Scored(score, minutes, List.copyOf(reasons));
    }
}
