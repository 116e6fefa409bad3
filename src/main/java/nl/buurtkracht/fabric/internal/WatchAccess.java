package nl.buurtkracht.fabric.internal;

import nl.buurtkracht.fabric.internal.WatchStore.Home;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Component;

/** Who may set up, read and change a resident's watch: the resident, and those who may act for them. */
@Component
public class WatchAccess {

    private final Residents residents;

    WatchAccess(Residents residents) {
        this.residents = residents;
    }

    /**
     * The resident themselves; someone registered as acting for them; the host of their street; the
     * community builder of their neighbourhood. Nobody else, not even the people of the circle.
     */
    public boolean mayActFor(CurrentUser user, Home home) {
        return (
            user.isResident(home.residentId()) ||
            user.scope().hostedStreetIds().contains(home.streetId()) ||
            builderOf(user, home.neighbourhoodId()) ||
            residents.represents(user.accountId(), home.residentId())
        );
    }

    public boolean builderOf(CurrentUser user, long neighbourhoodId) {
        return user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId);
    }
}
