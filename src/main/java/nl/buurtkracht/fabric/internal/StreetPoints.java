package nl.buurtkracht.fabric.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordinates of the addresses of a neighbourhood, per street, to draw its streets ourselves. */
@Repository
public class StreetPoints {

    /** One address's place. */
    public record LatLon(double lat, double lon) {}

    private final JdbcClient jdbc;

    StreetPoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Street id to the places of its addresses in the neighbourhood, streets and houses in order. */
    public Map<Long, List<LatLon>> of(long neighbourhoodId) {
        Map<Long, List<LatLon>> streets = new LinkedHashMap<>();
        jdbc
            .sql(
                """
                select street_id, lat, lon from address where neighbourhood_id = :n
                order by street_id, house_number, house_letter, addition"""
            )
            .param("n", neighbourhoodId)
            .query(rs -> {
                streets
                    .computeIfAbsent(rs.getLong("street_id"), id -> new java.util.ArrayList<>())
                    .add(new LatLon(rs.getDouble("lat"), rs.getDouble("lon")));
            });
        return streets;
    }
}
