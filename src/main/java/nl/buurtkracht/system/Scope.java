package nl.buurtkracht.system;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a signed-in person belongs, as ids: their home street and neighbourhood, the streets they
 * host and the neighbourhoods they work in as a builder. Read once at sign-in, so that pages check
 * access without a query; a change takes effect at the next sign-in (API calls read it afresh).
 * Serializable because it travels in the signed-in user, whose page session is stored in PostgreSQL.
 */
public record Scope(
    @Nullable Long homeStreetId,
    @Nullable Long homeNeighbourhoodId,
    Set<Long> hostedStreetIds,
    Set<Long> builderNeighbourhoodIds
) implements Serializable {
    public static final Scope NONE = new Scope(null, null, Set.of(), Set.of());

    public Scope {
        hostedStreetIds = Set.copyOf(hostedStreetIds);
        builderNeighbourhoodIds = Set.copyOf(builderNeighbourhoodIds);
    }

    public boolean livesOn(long streetId) {
        return homeStreetId != null && homeStreetId == streetId;
    }

    public boolean livesIn(long neighbourhoodId) {
        return homeNeighbourhoodId != null && homeNeighbourhoodId == neighbourhoodId;
    }
}
