package nl.buurtkracht.help.internal;

import nl.buurtkracht.help.internal.HelpStore.AskRow;
import nl.buurtkracht.help.internal.HelpStore.Home;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Component;

/** Who may ask for whom, and who may act on an ask; decided from the signed-in person and the asker's home. */
@Component
public class HelpAccess {

    private final Residents residents;

    HelpAccess(Residents residents) {
        this.residents = residents;
    }

    /**
     * Those who support the people of a street: its street host, the neighbourhood's community
     * builder, an administrator.
     */
    public boolean supports(CurrentUser user, Home home) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) &&
                user.scope().builderNeighbourhoodIds().contains(home.neighbourhoodId())) ||
            user.scope().hostedStreetIds().contains(home.streetId())
        );
    }

    /**
     * Who may ask for a person: the person; someone registered as acting for them; their street host,
     * builder or an administrator; and a neighbour on the same street for someone without an account.
     */
    public boolean mayAskFor(CurrentUser user, long residentId, Home home, boolean assisted) {
        return (
            user.isResident(residentId) ||
            residents.represents(user.accountId(), residentId) ||
            supports(user, home) ||
            (assisted && user.scope().livesOn(home.streetId()))
        );
    }

    /** The asker's own account, whoever placed the ask, and those who act for the asker. */
    public boolean actsFor(CurrentUser user, AskRow ask, Home askerHome) {
        return (
            user.isResident(ask.askerResidentId()) ||
            ask.placedByAccountId() == user.accountId() ||
            residents.represents(user.accountId(), ask.askerResidentId()) ||
            supports(user, askerHome)
        );
    }
}
