package nl.buurtkracht.area.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Writes checked address rows with a handful of set-based statements (arrays unnested in
 * PostgreSQL), so that a whole municipality imports in seconds; the caller owns the transaction.
 */
@Component
public class AddressStore {

    /** Any constant will do, as long as only address imports take this lock. */
    private static final long IMPORT_LOCK = 0x4275_7572_7441_6472L;

    /** What the database already knows about the codes in a file. */
    public record KnownAreas(
        Map<String, Long> municipalityIds,
        Map<String, String> municipalityNames,
        Map<String, String> municipalityOfDistrict,
        Map<String, String> districtOfNeighbourhood
    ) {}

    /** How many addresses were new and how many were already there. */
    public record Written(int inserted, int updated) {}

    private final JdbcClient jdbc;

    AddressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes imports wait for each other until the transaction ends: two overlapping files then
     * neither deadlock nor see each other's half-created areas.
     */
    public void lockImports() {
        jdbc
            .sql("select pg_advisory_xact_lock(?)")
            .param(IMPORT_LOCK)
            .query(rs -> {});
    }

    public KnownAreas known(Collection<String> districtCodes, Collection<String> neighbourhoodCodes) {
        Map<String, Long> municipalityIds = new LinkedHashMap<>();
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        jdbc
            .sql("select id, code, name from municipality order by id")
            .query(rs -> {
                municipalityIds.put(rs.getString("code"), rs.getLong("id"));
                municipalityNames.put(rs.getString("code"), rs.getString("name"));
            });
        return new KnownAreas(
            municipalityIds,
            municipalityNames,
            pairs(
                "select d.code, m.code from district d join municipality m on m.id = d.municipality_id where d.code = any(?)",
                districtCodes
            ),
            pairs(
                "select n.code, d.code from neighbourhood n join district d on d.id = n.district_id where n.code = any(?)",
                neighbourhoodCodes
            )
        );
    }

    /**
     * Creates the districts, neighbourhoods and streets the rows name and do not exist yet, inserts
     * new addresses and gives existing ones their new coordinates.
     */
    public Written write(List<AddressRow> rows, Map<String, Long> municipalityIds) {
        Map<String, AddressRow> firstOfDistrict = first(rows, AddressRow::districtCode);
        // A district whose code points to no known municipality exists already, under another one.
        List<AddressRow> newDistricts = firstOfDistrict
            .values()
            .stream()
            .filter(r -> municipalityIds.containsKey(r.municipalityCode()))
            .toList();
        jdbc
            .sql(
                """
                insert into district (municipality_id, code, name)
                select * from unnest(?::bigint[], ?::text[], ?::text[]) on conflict (code) do nothing"""
            )
            .param(array("int8", newDistricts.stream().map(r -> municipalityIds.get(r.municipalityCode()))))
            .param(array("text", newDistricts.stream().map(AddressRow::districtCode)))
            .param(array("text", newDistricts.stream().map(AddressRow::districtName)))
            .update();
        Map<String, Long> districtIds = ids("district", firstOfDistrict.keySet());

        Map<String, AddressRow> firstOfNeighbourhood = first(rows, AddressRow::neighbourhoodCode);
        jdbc
            .sql(
                """
                insert into neighbourhood (district_id, code, name)
                select * from unnest(?::bigint[], ?::text[], ?::text[]) on conflict (code) do nothing"""
            )
            .param(
                array(
                    "int8",
                    firstOfNeighbourhood
                        .values()
                        .stream()
                        .map(r -> districtIds.get(r.districtCode()))
                )
            )
            .param(array("text", firstOfNeighbourhood.keySet().stream()))
            .param(array("text", firstOfNeighbourhood.values().stream().map(AddressRow::neighbourhoodName)))
            .update();
        Map<String, Long> neighbourhoodIds = ids("neighbourhood", firstOfNeighbourhood.keySet());

        // A street belongs to the neighbourhood of its first address (see V1__area.sql).
        Map<String, AddressRow> firstOfStreet = first(rows, AddressStore::streetKey);
        jdbc
            .sql(
                """
                insert into street (neighbourhood_id, place_name, name)
                select * from unnest(?::bigint[], ?::text[], ?::text[]) on conflict (place_name, name) do nothing"""
            )
            .param(
                array(
                    "int8",
                    firstOfStreet
                        .values()
                        .stream()
                        .map(r -> neighbourhoodIds.get(r.neighbourhoodCode()))
                )
            )
            .param(array("text", firstOfStreet.values().stream().map(AddressRow::place)))
            .param(array("text", firstOfStreet.values().stream().map(AddressRow::street)))
            .update();
        Map<String, Long> streetIds = streetIds(firstOfStreet.values());

        List<Boolean> inserted = jdbc
            .sql(
                """
                insert into address (street_id, neighbourhood_id, postcode, house_number, house_letter, addition, lat, lon)
                select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::text[], ?::float8[], ?::float8[])
                on conflict (postcode, house_number, house_letter, addition)
                do update set lat = excluded.lat, lon = excluded.lon
                returning xmax = 0"""
            )
            .param(array("int8", rows.stream().map(r -> streetIds.get(streetKey(r)))))
            .param(array("int8", rows.stream().map(r -> neighbourhoodIds.get(r.neighbourhoodCode()))))
            .param(array("text", rows.stream().map(AddressRow::postcode)))
            .param(array("int4", rows.stream().map(AddressRow::houseNumber)))
            .param(array("text", rows.stream().map(AddressRow::houseLetter)))
            .param(array("text", rows.stream().map(AddressRow::addition)))
            .param(array("float8", rows.stream().map(AddressRow::lat)))
            .param(array("float8", rows.stream().map(AddressRow::lon)))
            .query(Boolean.class)
            .list();
        int insertedCount = (int) inserted.stream().filter(Boolean::booleanValue).count();
        return new Written(insertedCount, inserted.size() - insertedCount);
    }

    private Map<String, String> pairs(String sql, Collection<String> codes) {
        Map<String, String> pairs = new LinkedHashMap<>();
        jdbc
            .sql(sql)
            .param(array("text", codes.stream()))
            .query(rs -> {
                pairs.put(rs.getString(1), rs.getString(2));
            });
        return pairs;
    }

    /** Table names come from this class, never from input. */
    private Map<String, Long> ids(String table, Collection<String> codes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc
            .sql("select code, id from " + table + " where code = any(?)")
            .param(array("text", codes.stream()))
            .query(rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            });
        return ids;
    }

    private Map<String, Long> streetIds(Collection<AddressRow> streets) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc
            .sql(
                """
                select s.place_name, s.name, s.id from street s
                join unnest(?::text[], ?::text[]) as k(place_name, name) on k.place_name = s.place_name and k.name = s.name"""
            )
            .param(array("text", streets.stream().map(AddressRow::place)))
            .param(array("text", streets.stream().map(AddressRow::street)))
            .query(rs -> {
                ids.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
            });
        return ids;
    }

    private static String streetKey(AddressRow row) {
        return row.place() + "\n" + row.street();
    }

    private static Map<String, AddressRow> first(List<AddressRow> rows, Function<AddressRow, String> key) {
        return rows.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    private static SqlArrayValue array(String type, Stream<?> values) {
        return new SqlArrayValue(type, values.toArray());
    }
}
