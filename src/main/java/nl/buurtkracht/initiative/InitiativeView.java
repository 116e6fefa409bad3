package nl.buurtkracht.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as one person sees it. Who joined is listed only for those who may manage it;
 * everybody else sees how many.
 */
public record InitiativeView(
    long id,
    String title,
    String what,
    String forWhom,
    String where,
    long neighbourhoodId,
    String neighbourhoodName,
    InitiativeState state,
    Instant createdAt,
    Instant lastActiveAt,
    int memberCount,
    int followerCount,
    List<Owner> owners,
    List<Task> tasks,
    List<StateChange> history,
    Viewer viewer
) {
    /** An owner: a resident with a name, or an organisation; stepped-back owners stay in view. */
    public record Owner(long id, OwnerKind kind, @Nullable Long residentId, String name, String role, boolean active) {}

    /** A task or need, with how many have taken it; the names only for those who manage. */
    public record Task(
        long id,
        String title,
        String details,
        int needed,
        int taken,
        boolean open,
        boolean takenByViewer,
        List<String> takers
    ) {
        public int stillNeeded() {
            return Math.max(0, needed - taken);
        }
    }

    /** A member or follower by name. */
    public record Person(long id, String name, Membership kind) {}

    public record StateChange(@Nullable InitiativeState from, InitiativeState to, String note, Instant at) {
        /** The day of the change in the Netherlands. */
        public LocalDate day() {
            return at.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        }
    }

    /** What this viewer is to the initiative and may do with it. */
    public record Viewer(@Nullable Membership membership, boolean owner, boolean mayManage, boolean mayTakePart) {}

    public List<Owner> activeOwners() {
        return owners.stream().filter(Owner::active).toList();
    }

    public boolean ended() {
        return state == InitiativeState.ENDED;
    }
}
