package nl.buurtkracht.help;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * An ask as one reader may see it. Neighbours who might help see what and when and the street, not
 * the name or the words of the ask until they are involved ({@code description} and {@code
 * askerName} are then null); the asker, those acting for them, the helper and invited helpers see it
 * all.
 */
public record AskView(
    long id,
    HelpKind kind,
    @Nullable String description,
    LocalDate day,
    @Nullable LocalTime start,
    @Nullable Integer minutes,
    @Nullable String rrule,
    String location,
    Urgency urgency,
    Reach reach,
    boolean ageBridging,
    long neighbourhoodId,
    String streetName,
    long askerResidentId,
    @Nullable String askerName,
    boolean onBehalf,
    @Nullable String placedByName,
    Channel channel,
    AskStatus status,
    @Nullable Long helperResidentId,
    @Nullable String helperName,
    @Nullable Long arrangementId,
    Instant createdAt,
    Relation relation,
    boolean mayClaim
) {
    /** How the reader stands to the ask. */
    public enum Relation {
        /** The person helped. */
        ASKER,
        /** Placed it for the person, or acts for them as host, builder or representative. */
        ACTING_FOR,
        /** Has it. */
        HELPER,
        /** Was invited and has not said no. */
        INVITED,
        /** Lives within its reach. */
        NEIGHBOUR,
    }

    public boolean recurring() {
        return rrule != null;
    }

    /** The asker, or someone acting for them: they choose and invite helpers, or take the ask back. */
    public boolean mayManage() {
        return relation == Relation.ASKER || relation == Relation.ACTING_FOR;
    }
}
