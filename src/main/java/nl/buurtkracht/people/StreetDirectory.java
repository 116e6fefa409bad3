package nl.buurtkracht.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.area.AreaViews.BlockView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.AreaAccess.NameScope;
import nl.buurtkracht.people.Residents.Housed;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.springframework.stereotype.Service;

/**
 * Who lives on a street, as far as each person shares it with the viewer. Pages and the API both
 * read streets through here, so they can never show different things. Four queries whatever the
 * street's size: the street, its blocks, its residents, and the consents in force. No transaction:
 * each is one statement, and a page that is a moment out of date is harmless.
 */
@Service
public class StreetDirectory {

    /** A neighbour as the viewer may see them: a name only where consent allows it. */
    public record Neighbour(long residentId, String name, String houseLabel, boolean isViewer) {}

    /** A host of a block, shown by name when they share it with the street. */
    public record Host(long residentId, String name) {}

    public record Block(long id, String name, int addressCount, List<Host> hosts) {}

    public record StreetPage(
        StreetView street,
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
        NameScope scope = access.namesOn(viewer, street);
        List<Housed> living = residents.livingOn(streetId);
        List<BlockView> blocks = areas.blocksOn(streetId);

        Set<Long> hostIds = new HashSet<>();
        blocks.forEach(b -> hostIds.addAll(b.hostResidentIds()));
        Set<Long> livingIds = new HashSet<>();
        living.forEach(h -> livingIds.add(h.resident().id()));

        // Hosts are the street's contact people: their name shows to anyone who may see the
        // street, if they share it with the street. Residents' names follow the viewer's scope.
        Set<Long> sharingWithStreet = consent.grantedAmong(
            scope == NameScope.STREET ? union(livingIds, hostIds) : hostIds,
            ConsentPurpose.NAME_VISIBLE_TO_STREET
        );
        Set<Long> named = switch (scope) {
            case STREET -> sharingWithStreet;
            case BUILDER -> consent.grantedAmong(livingIds, ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER);
            case NONE -> Set.of();
        };

        List<Neighbour> neighbours = living
            .stream()
            .filter(h -> named.contains(h.resident().id()) || viewer.isResident(h.resident().id()))
            .map(h ->
                new Neighbour(
                    h.resident().id(),
                    h.resident().displayName(),
                    h.houseLabel(),
                    viewer.isResident(h.resident().id())
                )
            )
            .toList();
        Map<Long, String> hostNames = hostNames(hostIds, living);
        List<Block> blockList = blocks
            .stream()
            .map(b ->
                new Block(
                    b.id(),
                    b.name(),
                    b.addressIds().size(),
                    b
                        .hostResidentIds()
                        .stream()
                        .filter(id -> sharingWithStreet.contains(id) || viewer.isResident(id))
                        .map(id -> new Host(id, hostNames.getOrDefault(id, "")))
                        .toList()
                )
            )
            .toList();
        return new StreetPage(street, blockList, neighbours, living.size(), living.size() - neighbours.size(), scope);
    }

    /** Names of the hosts, from the street's residents or (for a host living elsewhere) looked up. */
    private Map<Long, String> hostNames(Set<Long> hostIds, List<Housed> living) {
        Map<Long, String> names = new HashMap<>();
        living.forEach(h -> names.put(h.resident().id(), h.resident().displayName()));
        List<Long> elsewhere = hostIds
            .stream()
            .filter(id -> !names.containsKey(id))
            .toList();
        residents.all(elsewhere).forEach(r -> names.put(r.id(), r.displayName()));
        return names;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
