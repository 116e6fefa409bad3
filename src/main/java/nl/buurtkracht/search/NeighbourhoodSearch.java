package nl.buurtkracht.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.people.ProfileVisibility;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One search box over what the neighbourhood already has: people's talents, offers and wishes (as
 * far as each person shares them with the viewer, by the same rule as their profile) and the
 * services of the service directory. PostgreSQL's {@code dutch} text search, so every app
 * instance gives the same answer.
 */
@Service
public class NeighbourhoodSearch {

    /** Most hits shown; a search box is for finding, not for listing a city. */
    static final int LIMIT = 50;

    /** One thing found: a person's item (kind TALENT, LIKE, OFFER, WISH, LANGUAGE) or a SERVICE. */
    public record Hit(String kind, long id, String title, @Nullable String who, @Nullable String place) {}

    public record Results(String typed, List<Hit> hits) {}

    private static final String SQL = """
        select kind, id, title, who, place from (
          select pi.kind as kind, pi.id, pi.label as title, r.display_name as who, st.name as place,
            ts_rank(pi.search, q) as rank
          from profile_item pi join resident r on r.id = pi.resident_id
            join address a on a.id = r.address_id join street st on st.id = a.street_id,
            to_tsquery('dutch', :query) q
          where pi.search @@ q and a.neighbourhood_id = any(:neighbourhoods)
            and %s
          union all
          select 'SERVICE', s.id, s.name, null, nullif(s.address, ''),
            ts_rank(s.search, q)
          from service s, to_tsquery('dutch', :query) q
          where s.search @@ q
            and exists (select 1 from service_neighbourhood sn
                        where sn.service_id = s.id and sn.neighbourhood_id = any(:neighbourhoods))
        ) hits order by rank desc, title limit %d
        """.formatted(ProfileVisibility.visibleSql("pi.visibility", "pi.resident_id", "a"), LIMIT);

    private final JdbcClient jdbc;

    NeighbourhoodSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Searches the viewer's neighbourhoods, or one of them when {@code neighbourhoodId} is given:
     * a resident's own, a builder's, every neighbourhood for an administrator.
     */
    public Results search(CurrentUser viewer, String typed, @Nullable Long neighbourhoodId) {
        DutchQuery query = DutchQuery.parse(typed);
        Long[] neighbourhoods = neighbourhoods(viewer, neighbourhoodId);
        if (query.isEmpty() || neighbourhoods.length == 0) {
            return new Results(typed, List.of());
        }
        Map<String, Object> parameters = new HashMap<>(ProfileVisibility.parameters(viewer));
        parameters.put("query", query.toTsQuery());
        parameters.put("neighbourhoods", neighbourhoods);
        return new Results(typed, jdbc.sql(SQL).params(parameters).query(Hit.class).list());
    }

    private Long[] neighbourhoods(CurrentUser viewer, @Nullable Long requested) {
        if (viewer.has(Role.ADMINISTRATOR)) {
            return requested != null
                ? new Long[] { requested }
                : jdbc.sql("select id from neighbourhood").query(Long.class).list().toArray(Long[]::new);
        }
        var scope = viewer.scope();
        var own = new java.util.TreeSet<Long>();
        if (scope.homeNeighbourhoodId() != null) {
            own.add(scope.homeNeighbourhoodId());
        }
        if (viewer.has(Role.COMMUNITY_BUILDER)) {
            own.addAll(scope.builderNeighbourhoodIds());
        }
        if (requested == null) {
            return own.toArray(Long[]::new);
        }
        if (!own.contains(requested)) {
            throw new NotPermitted("search.neighbourhood.not-yours");
        }
        return new Long[] { requested };
    }
}
