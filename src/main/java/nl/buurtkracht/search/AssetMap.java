package nl.buurtkracht.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.ProfileVisibility;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a street or neighbourhood already has (R3, "eerst de buurtkracht onderzoeken"): who can do
 * what, as counts always and with names only as far as each person shares them with the viewer,
 * and the services that work there.
 */
@Service
public class AssetMap {

    /** The area the assets are of: {@code street} or {@code neighbourhood}. */
    public record Area(String level, long id, String name) {}

    /** A neighbour whose name the viewer may see. */
    public record Person(long residentId, String name) {}

    /**
     * One strength of the area: how many people have it (items kept to "only me" are not counted)
     * and those of them the viewer may see.
     */
    public record Strength(String kind, String label, int people, List<Person> visible) {}

    public record Service(long id, String name, String purpose) {}

    public record Assets(Area area, List<Strength> strengths, List<Service> services) {}

    private static final String STRENGTHS = """
        select pi.kind, min(pi.label) as label, count(distinct pi.resident_id) as people,
          coalesce(jsonb_agg(distinct jsonb_build_object('residentId', r.id, 'name', r.display_name))
                   filter (where %s), '[]')::text as visible
        from profile_item pi join resident r on r.id = pi.resident_id join address a on a.id = r.address_id
        where a.%s = :area and pi.visibility <> 'ONLY_ME'
        group by pi.kind, coalesce(pi.tag, lower(pi.label))
        order by people desc, label
        """;
    private static final String SERVICES = """
        select s.id, s.name, s.purpose from service s
        where exists (select 1 from service_neighbourhood sn where sn.service_id = s.id and sn.neighbourhood_id = :neighbourhood)
        order by s.name
        """;
    /** Counts below this are not shown to someone who may see aggregates only. */
    static final int SMALLEST_GROUP = 5;

    private static final String VISIBLE = ProfileVisibility.visibleSql("pi.visibility", "pi.resident_id", "a");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Areas areas;
    private final AreaAccess access;

    AssetMap(JdbcClient jdbc, JsonMapper json, Areas areas, AreaAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.areas = areas;
        this.access = access;
    }

    public Assets ofStreet(CurrentUser viewer, long streetId) {
        StreetView street = areas.street(streetId).orElseThrow(() -> new NotFound("street " + streetId));
        access.requireStreetVisible(viewer, street);
        return new Assets(
            new Area("street", street.id(), street.name()),
            strengths(viewer, "street_id", street.id()),
            services(street.neighbourhoodId())
        );
    }

    public Assets ofNeighbourhood(CurrentUser viewer, long neighbourhoodId) {
        NeighbourhoodView neighbourhood = areas
            .neighbourhood(neighbourhoodId)
            .orElseThrow(() -> new NotFound("neighbourhood " + neighbourhoodId));
        access.requireNeighbourhoodVisible(viewer, neighbourhoodId);
        return new Assets(
            new Area("neighbourhood", neighbourhood.id(), neighbourhood.name()),
            strengths(viewer, "neighbourhood_id", neighbourhood.id()),
            services(neighbourhood.id())
        );
    }

    private List<Strength> strengths(CurrentUser viewer, String areaColumn, long areaId) {
        Map<String, Object> parameters = new HashMap<>(ProfileVisibility.parameters(viewer));
        parameters.put("area", areaId);
        return jdbc
            .sql(STRENGTHS.formatted(VISIBLE, areaColumn))
            .params(parameters)
            .query((rs, i) ->
                new Strength(
                    rs.getString("kind"),
                    rs.getString("label"),
                    rs.getInt("people"),
                    json.readValue(rs.getString("visible"), new TypeReference<List<Person>>() {})
                )
            )
            .list()
            .stream()
            .filter(s -> !aggregatesOnly(viewer) || s.people() >= SMALLEST_GROUP)
            .toList();
    }

    /** The municipality's analyst sees aggregates only: small groups could point at a person. */
    private static boolean aggregatesOnly(CurrentUser viewer) {
        return viewer.has(Role.MUNICIPALITY_ANALYST) && !viewer.has(Role.ADMINISTRATOR);
    }

    private List<Service> services(long neighbourhoodId) {
        return jdbc.sql(SERVICES).param("neighbourhood", neighbourhoodId).query(Service.class).list();
    }
}
