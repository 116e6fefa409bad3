package nl.buurtkracht.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.ProfileVisibility;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Eerst kijken wat de buurt heeft": when a street host or builder notes what a neighbour needs,
 * this first shows what is close by that fits — neighbours who can and want to do it (as far as
 * they share it with the one looking), organisations working in the neighbourhood — ranked by fit
 * and distance on foot, and only after that organisations from elsewhere.
 */
@Service
public class CommunityFirst {

    /** A neighbour who fits, with what fits and how far they live from the person. */
    public record Neighbour(
        long residentId,
        String name,
        String street,
        boolean sameStreet,
        int metres,
        List<String> fits
    ) {}

    /** An organisation that fits; {@code metres} only when its place is known. */
    public record Organisation(
        long id,
        String name,
        String purpose,
        String contact,
        String openingHours,
        @Nullable Integer metres,
        boolean worksHere
    ) {}

    public record Suggestions(
        long residentId,
        String name,
        String need,
        List<Neighbour> neighbours,
        int notSharedWithYou,
        List<Organisation> nearby,
        List<Organisation> elsewhere
    ) {}

    /** How many of each kind are shown: enough to choose from, few enough to read. */
    static final int SHOWN = 12;

    /** Metres from the person's address, by the flat-earth formula that is exact enough within a town. */
    private static final String METRES =
        "round(111320 * sqrt(power(%1$s.lat - :lat, 2) + power(cos(radians(:lat)) * (%1$s.lon - :lon), 2)))::int";

    /**
     * Fit counts most, but every 400 m (about five minutes on foot) away halves a neighbour's
     * place, so that the one next door comes before the slightly better fit across town.
     */
    private static final String NEIGHBOURS = """
        select r.id as resident_id, r.display_name as name, st.name as street,
          a.street_id = :street as same_street, %s as metres,
          array_agg(distinct pi.label order by pi.label) as fits
        from profile_item pi join resident r on r.id = pi.resident_id join address a on a.id = r.address_id
          join street st on st.id = a.street_id, to_tsquery('dutch', :query) q
        where pi.search @@ q and pi.kind in ('TALENT', 'LIKE', 'OFFER') and r.id <> :person
          and a.neighbourhood_id in (select n.id from neighbourhood n where n.district_id = :district)
          and %s
        group by r.id, r.display_name, st.name, a.street_id, a.lat, a.lon
        order by max(ts_rank(pi.search, q)) / (1 + %s / 400.0) desc, r.display_name
        limit %d
        """.formatted(
            METRES.formatted("a"),
            ProfileVisibility.visibleSql("pi.visibility", "pi.resident_id", "a"),
            METRES.formatted("a"),
            SHOWN
        );

    /** Neighbours who fit but share it only with a circle the viewer is not in: a count, never a name. */
    private static final String NOT_SHARED_WITH_VIEWER = """
        select count(distinct r.id)
        from profile_item pi join resident r on r.id = pi.resident_id join address a on a.id = r.address_id,
          to_tsquery('dutch', :query) q
        where pi.search @@ q and pi.kind in ('TALENT', 'LIKE', 'OFFER') and r.id <> :person
          and a.neighbourhood_id = :neighbourhood and pi.visibility <> 'ONLY_ME'
          and not exists (select 1 from profile_item pv where pv.resident_id = r.id and pv.search @@ q
                          and pv.kind in ('TALENT', 'LIKE', 'OFFER') and %s)
        """.formatted(ProfileVisibility.visibleSql("pv.visibility", "pv.resident_id", "a"));

    private static final String ORGANISATIONS = """
        select s.id, s.name, s.purpose, s.contact, s.opening_hours,
          case when s.lat is null or s.lon is null then null else %s end as metres,
          exists (select 1 from service_neighbourhood sn
                  where sn.service_id = s.id and sn.neighbourhood_id = :neighbourhood) as works_here
        from service s, to_tsquery('dutch', :query) q
        where s.search @@ q
        order by works_here desc, ts_rank(s.search, q) desc, metres nulls last, s.name
        limit %d
        """.formatted(METRES.formatted("s"), 2 * SHOWN);

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Areas areas;
    private final AreaAccess access;
    private final Vocabulary vocabulary;

    CommunityFirst(JdbcClient jdbc, Residents residents, Areas areas, AreaAccess access, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
        this.residents = residents;
        this.areas = areas;
        this.access = access;
    }

    /** What the neighbourhood has for what this resident needs, for a host or builder who supports them. */
    public Suggestions suggest(CurrentUser viewer, long residentId, String need) {
        Resident person = residents.find(residentId).orElseThrow(() -> new NotFound("resident " + residentId));
        AddressView home = person.addressId() == null ? null : areas.address(person.addressId()).orElse(null);
        if (home == null) {
            throw new NotFound("address of resident " + residentId);
        }
        access.requireMayLookForHelpFor(viewer, home);
        DutchQuery typed = DutchQuery.parse(need);
        if (typed.isEmpty()) {
            return new Suggestions(residentId, person.displayName(), need, List.of(), 0, List.of(), List.of());
        }
        DutchQuery query = typed.alsoSearching(vocabulary.corrections(typed));
        NeighbourhoodView neighbourhood = areas.neighbourhood(home.neighbourhoodId()).orElseThrow();
        Map<String, Object> parameters = new HashMap<>(ProfileVisibility.parameters(viewer));
        parameters.put("query", query.toAnyWordTsQuery());
        parameters.put("lat", home.lat());
        parameters.put("lon", home.lon());
        parameters.put("street", home.streetId());
        parameters.put("person", residentId);
        parameters.put("district", neighbourhood.districtId());
        parameters.put("neighbourhood", neighbourhood.id());
        List<Neighbour> neighbours = jdbc
            .sql(NEIGHBOURS)
            .params(parameters)
            .query((rs, i) ->
                new Neighbour(
                    rs.getLong("resident_id"),
                    rs.getString("name"),
                    rs.getString("street"),
                    rs.getBoolean("same_street"),
                    rs.getInt("metres"),
                    List.of((String[]) rs.getArray("fits").getArray())
                )
            )
            .list();
        List<Organisation> organisations = jdbc.sql(ORGANISATIONS).params(parameters).query(Organisation.class).list();
        return new Suggestions(
            residentId,
            person.displayName(),
            need,
            neighbours,
            jdbc.sql(NOT_SHARED_WITH_VIEWER).params(parameters).query(Integer.class).single(),
            organisations.stream().filter(Organisation::worksHere).limit(SHOWN).toList(),
            organisations
                .stream()
                .filter(o -> !o.worksHere())
                .limit(SHOWN)
                .toList()
        );
    }
}
