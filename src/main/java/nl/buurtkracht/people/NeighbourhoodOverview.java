package nl.buurtkracht.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts per street of a neighbourhood: aggregates only, safe for every role including the
 * municipality's analyst. Counts below {@value #SMALLEST_SHOWN} are suppressed.
 */
@Service
public class NeighbourhoodOverview {

    /** Groups smaller than this are shown as "fewer than 5", never as an exact number. */
    public static final int SMALLEST_SHOWN = 5;

    /** One street with its counts; {@code residents} is null when the group is too small to show. */
    public record StreetCounts(long id, String name, int addresses, Integer residents, int hosts) {
        public boolean residentsSuppressed() {
            return residents == null;
        }
    }

    private final JdbcClient jdbc;

    NeighbourhoodOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StreetCounts> streets(long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select s.id, s.name,
                  (select count(*) from address a where a.street_id = s.id) as addresses,
                  (select count(*) from resident r join address a on a.id = r.address_id where a.street_id = s.id) as residents,
                  (select count(distinct h.resident_id) from block_host h join block b on b.id = h.block_id where b.street_id = s.id) as hosts
                from street s where s.neighbourhood_id = ? order by s.name"""
            )
            .param(neighbourhoodId)
            .query((rs, i) -> {
                int residents = rs.getInt("residents");
                return new StreetCounts(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getInt("addresses"),
                    residents < SMALLEST_SHOWN ? null : residents,
                    rs.getInt("hosts")
                );
            })
            .list();
    }

    /** Names of the community builders of a neighbourhood: professionals, shown to everyone there. */
    public List<String> builders(long neighbourhoodId) {
        return jdbc
            .sql(
                """
                select a.display_name from builder_neighbourhood b join account a on a.id = b.account_id
                where b.neighbourhood_id = ? order by a.display_name"""
            )
            .param(neighbourhoodId)
            .query(String.class)
            .list();
    }
}
