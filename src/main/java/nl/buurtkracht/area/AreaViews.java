package nl.buurtkracht.area;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models of the area hierarchy, as pages and the API show them. */
public final class AreaViews {

    private AreaViews() {}

    /** "12", "12a", "12-2": how the Dutch write a house number. */
    public static String houseLabel(int houseNumber, String houseLetter, String addition) {
        return (
            houseNumber + houseLetter.toLowerCase(java.util.Locale.ROOT) + (addition.isEmpty() ? "" : "-" + addition)
        );
    }

    public record MunicipalityView(long id, String code, String name) {}

    public record NeighbourhoodView(
        long id,
        String code,
        String name,
        long districtId,
        String districtName,
        int streetCount,
        int addressCount
    ) {}

    public record StreetView(
        long id,
        String name,
        String placeName,
        long neighbourhoodId,
        String neighbourhoodName,
        int addressCount
    ) {}

    /**
     * Any area at any level, named for a person, with the area above it for a way back up
     * ({@code parentId} is null for a district) and the neighbourhoods it lies in.
     */
    public record AreaRef(AreaLevel level, long id, String name, @Nullable Long parentId, List<Long> neighbourhoodIds) {
        public AreaRef {
            neighbourhoodIds = List.copyOf(neighbourhoodIds);
        }

        /** The level above, for a way back up; a district has none. */
        public @Nullable AreaLevel parentLevel() {
            return level == AreaLevel.DISTRICT ? null : AreaLevel.values()[level.ordinal() + 1];
        }
    }

    /** A part of an area as a map draws it: its middle (the mean of its addresses) and its outline, if known. */
    public record AreaPart(AreaLevel level, long id, String name, double lat, double lon, @Nullable String outline) {}

    public record AddressView(
        long id,
        long streetId,
        String streetName,
        long neighbourhoodId,
        String postcode,
        int houseNumber,
        String houseLetter,
        String addition,
        double lat,
        double lon
    ) {
        /** "12", "12a", "12-2": how the Dutch write a house number. */
        public String houseLabel() {
            return AreaViews.houseLabel(houseNumber, houseLetter, addition);
        }

        /** "Rozenstraat 12a", as the address is written on an envelope. */
        public String oneLine() {
            return streetName + " " + houseLabel();
        }
    }
}
