package nl.buurtkracht.round.internal;

import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.round.internal.RoundStore.Home;
import nl.buurtkracht.round.internal.RoundStore.RoundRow;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Component;

/** Who runs a round, who may sign someone up as a recipient, who may bake for it, and who may read visit notes. */
@Component
public class RoundAccess {

    private final Initiatives initiatives;
    private final RoundStore store;

    RoundAccess(Initiatives initiatives, RoundStore store) {
        this.initiatives = initiatives;
        this.store = store;
    }

    /** Coordinators: those who act for the round's initiative (its owners, the builder of its neighbourhood, administrators). */
    public boolean coordinates(CurrentUser user, RoundRow round) {
        return initiatives.mayActFor(user, round.initiativeId());
    }

    /** Who may record a resident's yes to being visited: a coordinator, their street host or their builder. */
    public boolean mayEnrol(CurrentUser user, RoundRow round, Home home) {
        return (
            coordinates(user, round) ||
            user.scope().hostedStreetIds().contains(home.streetId()) ||
            builderOf(user, home)
        );
    }

    /**
     * Who may bake or prepare for a day: a resident of the round's neighbourhood, a volunteer of the
     * round, or someone who runs it, in their own name.
     */
    public boolean mayBake(CurrentUser user, RoundRow round) {
        Long me = user.residentId();
        if (me == null) {
            return false;
        }
        return (
            Long.valueOf(round.neighbourhoodId()).equals(user.scope().homeNeighbourhoodId()) ||
            store.volunteer(round.id(), me).filter(RoundStore.VolunteerRow::active).isPresent() ||
            coordinates(user, round)
        );
    }

    public boolean builderOf(CurrentUser user, Home home) {
        return (
            user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(home.neighbourhoodId())
        );
    }

    /**
     * Visit notes are read in full by the round's coordinators in their own name (active owners of its
     * initiative). A builder, even one who manages the round by role, reads them only where the
     * recipient agreed to share visit notes with the builder; that check lies with the caller.
     * Administrators manage rounds but do not read how people are.
     */
    public boolean readsNotesInFull(CurrentUser user, RoundRow round) {
        return user.residentId() != null && store.ownsInitiative(round.initiativeId(), user.residentId());
    }
}
