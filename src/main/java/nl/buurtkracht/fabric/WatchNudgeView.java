package nl.buurtkracht.fabric;

import org.jspecify.annotations.Nullable;

/**
 * The page someone reaches from a nudge: only the name of whom it is about, whether there is
 * something for them to answer now, and what they answered before in this quiet stretch. It shows
 * nothing of the watch's settings or of the others who were asked.
 */
public record WatchNudgeView(
    long watchId,
    String name,
    boolean open,
    @Nullable WatchAnswer earlierAnswer,
    boolean inCircle
) {}
