package nl.buurtkracht.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.AreaAccess.NameScope;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who lives on a street, as far as each person shares it with the viewer. Pages and the API both
 * read streets through here, so they can never show different things.
 */
@Service
@Transactional(readOnly = true)
public class StreetDirectory {

    /** A neighbour as the viewer may see them: a name only where consent allows it. */
    public record Neighbour(long residentId, String name, String houseLabel, boolean isViewer) {}

    /** A host of a block, shown by name when they share it with the viewer. */
    public record Host(long residentId, String name) {}

    public record Block(long id, String name, int addressCount, List<Host> hosts) {}

    public record StreetPage(
        StreetView street,
        NeighbourhoodView neighbourhood,
        List<Block> blocks,
        List<Neighbour> neighbours,
        int residentCount,
        int hiddenCount,
        NameScope nameScope
    ) {}

    private final Areas areas;
    private final Residents residents;
    private final ConsentLedger consent;
    private final AreaAccess access;

    StreetDirectory(Areas areas, Residents residents, ConsentLedger consent, AreaAccess access) {
        this.areas = areas;
        this.residents = residents;
        this.consent = consent;
        this.access = access;
    }

    public StreetPage street(CurrentUser viewer, long streetId) {
        StreetView street = areas.street(streetId).orElseThrow(() -> new NotFound("street " + streetId));
        access.requireStreetVisible(viewer, street);
        NeighbourhoodView neighbourhood = areas.neighbourhood(street.neighbourhoodId()).orElseThrow();
        NameScope scope = access.namesOn(viewer, street);
        Map<Long, AddressView> addresses = areas
            .addressesOn(streetId)
            .stream()
            .collect(Collectors.toMap(AddressView::id, Function.identity()));
        List<Resident> living = residents.livingOn(streetId);
        Set<Long> named = switch (scope) {
            case STREET -> consent.grantedAmong(ids(living), ConsentPurpose.NAME_VISIBLE_TO_STREET);
            case BUILDER -> consent.grantedAmong(ids(living), ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER);
            case NONE -> Set.of();
        };
        List<Neighbour> neighbours = living
            .stream()
            .filter(r -> named.contains(r.id()) || viewer.isResident(r.id()))
            .map(r ->
                new Neighbour(
                    r.id(),
                    r.displayName(),
                    r.addressId() == null ? "" : addresses.get(r.addressId()).houseLabel(),
                    viewer.isResident(r.id())
                )
            )
            .toList();
        List<Block> blocks = areas
            .blocksOn(streetId)
            .stream()
            .map(b -> new Block(b.id(), b.name(), b.addressIds().size(), hosts(viewer, b.hostResidentIds())))
            .toList();
        return new StreetPage(
            street,
            neighbourhood,
            blocks,
            neighbours,
            living.size(),
            living.size() - neighbours.size(),
            scope
        );
    }

    /**
     * Hosts are the street's contact people, so their name is shown to anyone who may see the street,
     * provided the host shares their name with the street.
     */
    private List<Host> hosts(CurrentUser viewer, List<Long> hostIds) {
        Set<Long> sharing = consent.grantedAmong(hostIds, ConsentPurpose.NAME_VISIBLE_TO_STREET);
        return residents
            .all(hostIds)
            .stream()
            .filter(r -> sharing.contains(r.id()) || viewer.isResident(r.id()))
            .map(r -> new Host(r.id(), r.displayName()))
            .toList();
    }

    private static List<Long> ids(List<Resident> residents) {
        return residents.stream().map(Resident::id).toList();
    }
}
