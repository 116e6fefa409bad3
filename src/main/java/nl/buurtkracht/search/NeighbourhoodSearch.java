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
import org.springframework.transaction.annotation.Transactional;

/**
 * One search box over what the neighbourhood already has: people's talents, offers and wishes (as
 * far as each person shares them with the viewer, by the same rule as their profile) and the
 * services of the service directory, and the initiatives, meeting places and coming activities of the neighbourhood. PostgreSQL's {@code dutch} text search, so every app
 * instance gives the same answer; a misspelt word also searches the known word it most resembles
 * ({@link Vocabulary}).
 */
@Service
public class NeighbourhoodSearch {

    /** Most hits shown; a search box is for finding, not for listing a city. */
    static final int LIMIT = 50;

    /**
     * One thing found: a person's item (kind TALENT, LIKE, OFFER, WISH, LANGUAGE; {@code residentId}
     * is whose it is), a SERVICE, an INITIATIVE or an ACTIVITY that is still to come ({@code place}
     * is its neighbourhood) or a meeting PLACE.
     */
    public record Hit(
        String kind,
        long id,
        String title,
        @Nullable Long residentId,
        @Nullable String who,
        @Nullable String place
    ) {
        /** The page of what was found, when it has one of its own. */
        public @Nullable String path() {
            return switch (kind) {
                case "INITIATIVE" -> "/initiatives/" + id;
                case "PLACE" -> "/places/" + id;
                case "ACTIVITY" -> "/activities/" + id;
                default -> null;
            };
        }
    }

    /**
     * What was found for what was typed; {@code alsoSearched} are the known words searched besides
     * misspelt ones ("boodschapen" also searches "boodschappen"), to be shown to the person.
     */
    public record Results(String typed, List<String> alsoSearched, List<Hit> hits) {}

    /**
     * Each profile item carries its owner's address, street and neighbourhood (kept by the database,
     * migration V10), so the visibility rule reads them from the item through the alias {@code a}
     * instead of joining resident and address for every item of the neighbourhood.
     */
    private static final String SQL = """
        select kind, id, title, resident_id, who, place from (
          select pi.kind as kind, pi.id, pi.label as title, r.id as resident_id, r.display_name as who,
            st.name as place,
            ts_rank(pi.search, q) as rank
          from to_tsquery('dutch', :query) q,
            (select id, resident_id, kind, label, visibility, search, address_id, street_id, neighbourhood_id
             from profile_item where %s) pi
            cross join lateral (select pi.address_id as id, pi.street_id, pi.neighbourhood_id) a
            join resident r on r.id = pi.resident_id join street st on st.id = pi.street_id
          where pi.search @@ q and %s
          union all
          select 'SERVICE', s.id, s.name, null, null, nullif(s.address, ''),
            ts_rank(s.search, q)
          from service s, to_tsquery('dutch', :query) q
          where s.search @@ q
            and exists (select 1 from service_neighbourhood sn where sn.service_id = s.id and %s)
          union all
          select 'INITIATIVE', i.id, i.title, null, null, n.name, ts_rank(i.search, q)
          from initiative i join neighbourhood n on n.id = i.neighbourhood_id, to_tsquery('dutch', :query) q
          where i.search @@ q and i.state <> 'ENDED' and %s
          union all
          select 'PLACE', p.id, p.name, null, null, p.address_line, ts_rank(p.search, q)
          from place p, to_tsquery('dutch', :query) q
          where p.search @@ q and %s
          union all
          select 'ACTIVITY', a.id, a.title, null, null, n.name, ts_rank(a.search, q)
          from activity a join neighbourhood n on n.id = a.neighbourhood_id, to_tsquery('dutch', :query) q
          where a.search @@ q and a.cancelled_at is null and %s
            and exists (select 1 from activity_occurrence o
                        where o.activity_id = a.id and o.ends_at > now() and not o.cancelled)
        ) hits order by rank desc, title limit %d
        """;

    private static final String VISIBLE = ProfileVisibility.visibleSql("pi.visibility", "pi.resident_id", "a");

    /**
     * Some neighbourhoods: their items first, then the text match on those few thousand. {@code
     * offset 0} keeps the planner from using the text index instead, which is far slower for an
     * everyday word: measured on 1M residents, "koken" matches 156,000 items city-wide, 40-90 ms in
     * the index against under 1 ms for the 1,500 items of three neighbourhoods.
     */
    private static final String IN_NEIGHBOURHOODS = SQL.formatted(
        "neighbourhood_id = any(:neighbourhoods) offset 0",
        VISIBLE,
        "sn.neighbourhood_id = any(:neighbourhoods)",
        "i.neighbourhood_id = any(:neighbourhoods)",
        "p.neighbourhood_id = any(:neighbourhoods)",
        "a.neighbourhood_id = any(:neighbourhoods)",
        LIMIT
    );

    /** Every neighbourhood (an administrator's search): the text index picks the items. */
    private static final String EVERYWHERE = SQL.formatted(
        "neighbourhood_id is not null",
        VISIBLE,
        "true",
        "true",
        "true",
        "true",
        LIMIT
    );

    private final JdbcClient jdbc;
    private final Vocabulary vocabulary;

    NeighbourhoodSearch(JdbcClient jdbc, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /**
     * Searches the viewer's neighbourhoods, or one of them when {@code neighbourhoodId} is given:
     * a resident's own, a builder's, every neighbourhood for an administrator.
     */
    @Transactional(readOnly = true)
    public Results search(CurrentUser viewer, String typed, @Nullable Long neighbourhoodId) {
        DutchQuery query = DutchQuery.parse(typed);
        Long@Nullable [] neighbourhoods = neighbourhoods(viewer, neighbourhoodId);
        if (query.isEmpty() || (neighbourhoods != null && neighbourhoods.length == 0)) {
            return new Results(typed, List.of(), List.of());
        }
        if (neighbourhoods != null) {
            // One plan for every search of some neighbourhoods, as good as one made per search.
            // PostgreSQL would plan each search anew (measured: 0.55 ms, about as long as running
            // it), as an array of neighbourhoods of unknown length makes the reusable plan look
            // three times as expensive as it is.
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        }
        DutchQuery searched = query.alsoSearching(vocabulary.corrections(query));
        Map<String, Object> parameters = new HashMap<>(ProfileVisibility.parameters(viewer));
        parameters.put("query", searched.toTsQuery());
        if (neighbourhoods != null) {
            parameters.put("neighbourhoods", neighbourhoods);
        }
        List<Hit> hits = jdbc
            .sql(neighbourhoods == null ? EVERYWHERE : IN_NEIGHBOURHOODS)
            .params(parameters)
            .query(Hit.class)
            .list();
        return new Results(typed, searched.alsoSearched(), hits);
    }

    /** The neighbourhoods searched; {@code null} for every one of them. */
    private Long@Nullable [] neighbourhoods(CurrentUser viewer, @Nullable Long requested) {
        if (viewer.has(Role.ADMINISTRATOR)) {
            return requested != null ? new Long[] { requested } : null;
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
