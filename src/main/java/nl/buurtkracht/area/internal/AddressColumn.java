package nl.buurtkracht.area.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of an address file, with the names a BAG extract or a spreadsheet may give them.
 * The first name is the one reports use.
 */
enum AddressColumn {
    POSTCODE(true, "postcode"),
    HUISNUMMER(true, "huisnummer"),
    HUISLETTER(false, "huisletter"),
    TOEVOEGING(false, "toevoeging", "huisnummertoevoeging"),
    STRAAT(true, "straat", "openbareruimte", "openbareruimtenaam", "straatnaam"),
    WOONPLAATS(true, "woonplaats", "woonplaatsnaam"),
    LAT(true, "lat", "latitude"),
    LON(true, "lon", "longitude"),
    BUURTCODE(true, "buurtcode"),
    WIJKCODE(true, "wijkcode"),
    BUURTNAAM(false, "buurtnaam"),
    WIJKNAAM(false, "wijknaam");

    private final boolean required;
    private final List<String> names;

    AddressColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    /** The name reports use for this column. */
    String label() {
        return names.getFirst();
    }

    /** The column a header cell names: case, spaces, dashes and underscores do not matter. */
    static Optional<AddressColumn> named(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Stream.of(values())
            .filter(c -> c.names.contains(key))
            .findFirst();
    }
}
