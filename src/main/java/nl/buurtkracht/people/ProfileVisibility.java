package nl.buurtkracht.people;

import java.util.Map;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;

/**
 * The one rule for who sees which profile item, as a SQL condition, so that a profile page, the
 * search and the asset map show exactly the same: the owner sees everything; {@code ONLY_ME}
 * nobody else; {@code BLOCK} the people of the same block; {@code STREET} the same street;
 * {@code NEIGHBOURHOOD} the same neighbourhood and its community builder; {@code BUILDER} only that
 * builder.
 */
public final class ProfileVisibility {

    private static final String NAME = "[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?";

    private ProfileVisibility() {}

    /**
     * A SQL boolean expression over a visibility column, the owner's resident id column and the
     * alias of the owner's {@code address} row (left-joined: without an address only the owner
     * sees anything). It uses the named parameters of {@link #parameters(CurrentUser)}.
     */
    public static String visibleSql(String visibilityColumn, String ownerIdColumn, String ownerAddressAlias) {
        for (String name : new String[] { visibilityColumn, ownerIdColumn, ownerAddressAlias }) {
            if (!name.matches(NAME)) {
                throw new IllegalArgumentException("not a column or alias: " + name);
            }
        }
        String a = ownerAddressAlias;
        String v = visibilityColumn;
        return (
            "(" +
            ownerIdColumn +
            " = :pvViewerResidentId" +
            " or (" +
            v +
            " = 'BLOCK' and exists (select 1 from block_address pv_own join block_address pv_viewer" +
            " on pv_viewer.block_id = pv_own.block_id where pv_own.address_id = " +
            a +
            ".id and pv_viewer.address_id = (select address_id from resident where id = :pvViewerResidentId)))" +
            " or (" +
            v +
            " = 'STREET' and " +
            a +
            ".street_id = :pvViewerStreetId)" +
            " or (" +
            v +
            " = 'NEIGHBOURHOOD' and (" +
            a +
            ".neighbourhood_id = :pvViewerNeighbourhoodId or " +
            a +
            ".neighbourhood_id = any(:pvBuilderNeighbourhoodIds)))" +
            " or (" +
            v +
            " = 'BUILDER' and " +
            a +
            ".neighbourhood_id = any(:pvBuilderNeighbourhoodIds)))"
        );
    }

    /** The viewer's side of the rule, as the named parameters {@link #visibleSql} expects. */
    public static Map<String, Object> parameters(CurrentUser viewer) {
        var scope = viewer.scope();
        return Map.of(
            "pvViewerResidentId",
            viewer.residentId() == null ? -1L : viewer.residentId(),
            "pvViewerStreetId",
            scope.homeStreetId() == null ? -1L : scope.homeStreetId(),
            "pvViewerNeighbourhoodId",
            scope.homeNeighbourhoodId() == null ? -1L : scope.homeNeighbourhoodId(),
            "pvBuilderNeighbourhoodIds",
            viewer.has(Role.COMMUNITY_BUILDER) ? scope.builderNeighbourhoodIds().toArray(Long[]::new) : new Long[0]
        );
    }
}
