package nl.buurtkracht.people;

import java.util.List;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.AreaRef;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.springframework.stereotype.Service;

/**
 * Named rules for who may see and act where, decided from the signed-in person's {@code Scope}
 * without a query. Each refusal carries a message key whose text a resident can read.
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

    AreaAccess(Areas areas) {
        this.areas = areas;
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

    /**
     * A block or street follows its neighbourhood; a district may be seen by whoever may see one of
     * its neighbourhoods (counts for the rest of it).
     */
    public void requireAreaVisible(CurrentUser user, AreaRef area) {
        if (
            area
                .neighbourhoodIds()
                .stream()
                .noneMatch(n -> maySeeNeighbourhood(user, n))
        ) {
            throw new NotPermitted(
                switch (area.level()) {
                    case BLOCK, STREET -> "access.street.outside-your-neighbourhood";
                    case NEIGHBOURHOOD -> "access.neighbourhood.not-yours";
                    case DISTRICT -> "access.district.not-yours";
                }
            );
        }
    }

    /** Residents see their own neighbourhood, builders theirs, analysts and administrators all (as counts). */
    public boolean maySeeNeighbourhood(CurrentUser user, long neighbourhoodId) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            user.has(Role.MUNICIPALITY_ANALYST) ||
            worksIn(user, neighbourhoodId) ||
            user.scope().livesIn(neighbourhoodId)
        );
    }

    public NameScope namesOn(CurrentUser user, StreetView street) {
        if (user.scope().livesOn(street.id()) || user.scope().hostedStreetIds().contains(street.id())) {
            return NameScope.STREET;
        }
        if (user.has(Role.ADMINISTRATOR) || worksIn(user, street.neighbourhoodId())) {
            return NameScope.BUILDER;
        }
        return NameScope.NONE;
    }

    /**
     * A street host may register neighbours on the streets they host, a builder in their
     * neighbourhoods, an administrator anywhere.
     */
    public void requireMayRegisterAt(CurrentUser user, AddressView address) {
        if (!supports(user, address)) {
            throw new NotPermitted("access.address.outside-your-area");
        }
    }

    /**
     * Looking at what the neighbourhood has for someone's need is for those who support the people
     * living there: the street host of the street, the builder of the neighbourhood, an administrator.
     */
    public void requireMayLookForHelpFor(CurrentUser user, AddressView address) {
        if (!supports(user, address)) {
            throw new NotPermitted("access.need.not-your-neighbour");
        }
    }

    private static boolean supports(CurrentUser user, AddressView address) {
        return (
            user.has(Role.ADMINISTRATOR) ||
            worksIn(user, address.neighbourhoodId()) ||
            user.scope().hostedStreetIds().contains(address.streetId())
        );
    }

    /** Letters carry the codes that open a street: only for streets in a builder's own neighbourhoods. */
    public void requireMayPrintLettersFor(CurrentUser user, StreetView street) {
        if (!user.has(Role.ADMINISTRATOR) && !worksIn(user, street.neighbourhoodId())) {
            throw new NotPermitted("letters.street.not-yours");
        }
    }

    /** Streets where the user may register neighbours, for the form's hints. */
    public List<StreetView> streetsForRegistration(CurrentUser user) {
        if (user.has(Role.COMMUNITY_BUILDER)) {
            return user
                .scope()
                .builderNeighbourhoodIds()
                .stream()
                .sorted()
                .flatMap(n -> areas.streetsIn(n).stream())
                .toList();
        }
        return user
            .scope()
            .hostedStreetIds()
            .stream()
            .sorted()
            .flatMap(id -> areas.street(id).stream())
            .toList();
    }

    private static boolean worksIn(CurrentUser user, long neighbourhoodId) {
        return user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId);
    }
}
