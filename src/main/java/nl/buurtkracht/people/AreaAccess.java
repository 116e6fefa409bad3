package nl.buurtkracht.people;

import java.util.List;
import java.util.Optional;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Service;

/**
 * Named rules for who may see and act where. Each refusal carries a message key whose text a
 * resident can read.
 */
@Service
public class AreaAccess {

    /** Whose names a viewer may see on a street page, and under which consent. */
    public enum NameScope {
        /** The viewer lives on or hosts the street: names shared with the street. */
        STREET,
        /** The viewer is the neighbourhood's community builder: names shared with the builder. */
        BUILDER,
        /** Counts only. */
        NONE,
    }

    private final Areas areas;
    private final Residents residents;
    private final Accounts accounts;

    AreaAccess(Areas areas, Residents residents, Accounts accounts) {
        this.areas = areas;
        this.residents = residents;
        this.accounts = accounts;
    }

    public void requireStreetVisible(CurrentUser user, StreetView street) {
        if (!maySeeNeighbourhood(user, street.neighbourhoodId())) {
            throw new NotPermitted("access.street.outside-your-neighbourhood");
        }
    }

    public void requireNeighbourhoodVisible(CurrentUser user, long neighbourhoodId) {
        if (!maySeeNeighbourhood(user, neighbourhoodId)) {
            throw new NotPermitted("access.neighbourhood.not-yours");
        }
    }

    /** Residents see their own neighbourhood, builders theirs, analysts and administrators all (as counts). */
    public boolean maySeeNeighbourhood(CurrentUser user, long neighbourhoodId) {
        if (user.has(Role.ADMINISTRATOR) || user.has(Role.MUNICIPALITY_ANALYST)) {
            return true;
        }
        if (
            user.has(Role.COMMUNITY_BUILDER) &&
            accounts.builderNeighbourhoods(user.accountId()).contains(neighbourhoodId)
        ) {
            return true;
        }
        return homeAddress(user)
            .map(a -> a.neighbourhoodId() == neighbourhoodId)
            .orElse(false);
    }

    public NameScope namesOn(CurrentUser user, StreetView street) {
        if (
            homeAddress(user)
                .map(a -> a.streetId() == street.id())
                .orElse(false) ||
            (user.residentId() != null && areas.streetsHostedBy(user.residentId()).contains(street.id()))
        ) {
            return NameScope.STREET;
        }
        if (
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) &&
                accounts.builderNeighbourhoods(user.accountId()).contains(street.neighbourhoodId()))
        ) {
            return NameScope.BUILDER;
        }
        return NameScope.NONE;
    }

    /**
     * A street host may register neighbours on the streets they host, a builder in their
     * neighbourhoods, an administrator anywhere.
     */
    public void requireMayRegisterAt(CurrentUser user, AddressView address) {
        if (user.has(Role.ADMINISTRATOR)) {
            return;
        }
        if (
            user.has(Role.COMMUNITY_BUILDER) &&
            accounts.builderNeighbourhoods(user.accountId()).contains(address.neighbourhoodId())
        ) {
            return;
        }
        if (user.residentId() != null && areas.streetsHostedBy(user.residentId()).contains(address.streetId())) {
            return;
        }
        throw new NotPermitted("access.address.outside-your-area");
    }

    /** Streets where the user may register neighbours, for the form's hints. */
    public List<StreetView> streetsForRegistration(CurrentUser user) {
        if (user.has(Role.COMMUNITY_BUILDER) || user.has(Role.ADMINISTRATOR)) {
            return accounts
                .builderNeighbourhoods(user.accountId())
                .stream()
                .flatMap(n -> areas.streetsIn(n).stream())
                .toList();
        }
        if (user.residentId() == null) {
            return List.of();
        }
        return areas
            .streetsHostedBy(user.residentId())
            .stream()
            .flatMap(id -> areas.street(id).stream())
            .toList();
    }

    public Optional<AddressView> homeAddress(CurrentUser user) {
        if (user.residentId() == null) {
            return Optional.empty();
        }
        return residents.find(user.residentId()).map(Resident::addressId).flatMap(areas::address);
    }
}
