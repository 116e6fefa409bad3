package nl.buurtkracht.search;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityCard;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.AreaViews.AreaPart;
import nl.buurtkracht.area.AreaViews.AreaRef;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.initiative.InitiativeCard;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.ProfileVisibility;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a block, street, neighbourhood or district already has (R3, "eerst de buurtkracht
 * onderzoeken"): who can do what, as counts always and with names only as far as each person
 * shares them with the viewer, where in the area they are (per part, never per address), and the
 * services, meeting places, coming activities and the neighbours' initiatives there. Narrowed by strength, age band
 * and language when asked.
 */
@Service
public class AssetMap {

    /** The activities an area lists: the soonest, enough to show what goes on without a programme. */
    private static final int MOST_ACTIVITIES = 12;

    /** A neighbour whose name the viewer may see. */
    public record Person(long residentId, String name) {}

    /**
     * One strength of the area: how many people have it (items kept to "only me" are not counted)
     * and those of them the viewer may see. {@code key} is what a filter on it uses.
     */
    public record Strength(String kind, String key, String label, int people, List<Person> visible) {}

    /**
     * A part of the area on the map (a block of a street, a street of a neighbourhood…) with how
     * many people there share a strength that fits the filter; null when the group is too small to
     * show to someone who may see aggregates only.
     */
    public record Spot(
        AreaLevel level,
        long id,
        String name,
        double lat,
        double lon,
        @Nullable String outline,
        @Nullable Integer people
    ) {}

    public record Service(long id, String name, String purpose, @Nullable Double lat, @Nullable Double lon) {}

    /** A value a filter can take, with its label. */
    public record Choice(String key, String label) {}

    public record Assets(
        AreaRef area,
        AssetFilter filter,
        List<Strength> strengths,
        List<Spot> spots,
        List<Service> services,
        List<InitiativeCard> initiatives,
        List<PlaceView> places,
        List<ActivityCard> activities,
        @Nullable String outline,
        List<Choice> strengthChoices,
        List<Choice> languageChoices
    ) {}

    /** Counts below this are not shown to someone who may see aggregates only. */
    static final int SMALLEST_GROUP = 5;

    private static final String SERVICES = """
        select s.id, s.name, s.purpose, s.lat, s.lon from service s
        where exists (select 1 from service_neighbourhood sn
                      where sn.service_id = s.id and sn.neighbourhood_id = any(:neighbourhoods))
        order by s.name
        """;

    /** The strengths of an area that fit no filter at all, for the filter's choices. */
    private static final String CHOICES = """
        select pi.kind, coalesce(pi.tag, lower(pi.label)) as key, min(pi.label) as label,
          count(distinct pi.resident_id) as people
        from profile_item pi cross join lateral (select pi.address_id as id, pi.street_id, pi.neighbourhood_id) a
        where %s and pi.visibility <> 'ONLY_ME'
        group by pi.kind, coalesce(pi.tag, lower(pi.label))
        """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Areas areas;
    private final AreaAccess access;
    private final Clock clock;
    private final Initiatives initiatives;
    private final MeetingPlaces places;
    private final Activities activities;

    AssetMap(
        JdbcClient jdbc,
        JsonMapper json,
        Areas areas,
        AreaAccess access,
        Clock clock,
        Initiatives initiatives,
        MeetingPlaces places,
        Activities activities
    ) {
        this.places = places;
        this.activities = activities;
        this.jdbc = jdbc;
        this.json = json;
        this.areas = areas;
        this.access = access;
        this.clock = clock;
        this.initiatives = initiatives;
    }

    public Assets of(CurrentUser viewer, AreaLevel level, long id, AssetFilter filter) {
        AreaRef area = areas
            .area(level, id)
            .orElseThrow(() -> new NotFound(level.name().toLowerCase(java.util.Locale.ROOT) + " " + id));
        access.requireAreaVisible(viewer, area);
        Map<String, Object> parameters = new HashMap<>(ProfileVisibility.parameters(viewer));
        parameters.put("area", id);
        if (filter.ageBand() != null) {
            Year now = Year.now(clock);
            parameters.put("earliest", filter.ageBand().earliestBirthYear(now));
            parameters.put("latest", filter.ageBand().latestBirthYear(now));
        }
        if (filter.strength() != null) {
            parameters.put("strength", filter.strength());
        }
        if (filter.language() != null) {
            parameters.put("language", filter.language());
        }
        boolean aggregatesOnly = aggregatesOnly(viewer);
        List<Strength> strengths = strengths(level, filter, parameters, aggregatesOnly);
        List<Strength> choices = filter.isEmpty() ? strengths : choices(level, id, aggregatesOnly);
        return new Assets(
            area,
            filter,
            strengths,
            spots(level, id, filter, parameters, aggregatesOnly),
            jdbc
                .sql(SERVICES)
                .param("neighbourhoods", area.neighbourhoodIds().toArray(Long[]::new))
                .query(Service.class)
                .list(),
            initiatives.list(area.neighbourhoodIds(), false),
            places.inNeighbourhoods(area.neighbourhoodIds()),
            activities.upcoming(area.neighbourhoodIds(), MOST_ACTIVITIES),
            areas.outline(level, id).orElse(null),
            choicesOf(choices, false),
            choicesOf(choices, true)
        );
    }

    /** The people's part of the query: their items in the area that fit the filter. */
    private static String fitting(AreaLevel level, AssetFilter filter) {
        // The item's own copy of its owner's place (migration V10) stands in for the address row, so
        // an area's items come from one index instead of a walk over its addresses and residents.
        StringBuilder sql = new StringBuilder(
            """
            from profile_item pi cross join lateral (select pi.address_id as id, pi.street_id, pi.neighbourhood_id) a
              join resident r on r.id = pi.resident_id
            """
        );
        if (filter.ageBand() != null) {
            // A person without saved profile settings has the default audience for their age band.
            sql.append(
                """
                cross join lateral (select coalesce((select p.age_band_visibility from profile p
                  where p.resident_id = r.id), 'STREET') as visibility) ab
                """
            );
        }
        sql.append(" where ").append(Areas.addressInSql(level, "a")).append(" and pi.visibility <> 'ONLY_ME'");
        if (filter.strength() != null) {
            sql.append(" and coalesce(pi.tag, lower(pi.label)) = :strength");
        }
        if (filter.ageBand() != null) {
            sql.append(" and r.birth_year between :earliest and :latest and ab.visibility <> 'ONLY_ME'");
        }
        if (filter.language() != null) {
            sql.append(" and exists (").append(speaks("l.visibility <> 'ONLY_ME'")).append(")");
        }
        return sql.toString();
    }

    /**
     * Whether the viewer may see this person's name for this item: the item itself and, where the
     * filter uses them, the person's age band and language must all be shared with the viewer —
     * otherwise a name in a filtered list would tell what the person keeps to a smaller circle.
     */
    private static String namesVisible(AssetFilter filter) {
        StringBuilder sql = new StringBuilder(ProfileVisibility.visibleSql("pi.visibility", "pi.resident_id", "a"));
        if (filter.ageBand() != null) {
            sql.append(" and ").append(ProfileVisibility.visibleSql("ab.visibility", "r.id", "a"));
        }
        if (filter.language() != null) {
            sql
                .append(" and exists (")
                .append(speaks(ProfileVisibility.visibleSql("l.visibility", "l.resident_id", "a")))
                .append(")");
        }
        return sql.toString();
    }

    private static String speaks(String condition) {
        return (
            "select 1 from profile_item l where l.resident_id = r.id and l.kind = 'LANGUAGE'" +
            " and coalesce(l.tag, lower(l.label)) = :language and " +
            condition
        );
    }

    private List<Strength> strengths(
        AreaLevel level,
        AssetFilter filter,
        Map<String, Object> parameters,
        boolean aggregatesOnly
    ) {
        String sql =
            "select pi.kind, coalesce(pi.tag, lower(pi.label)) as key, min(pi.label) as label," +
            " count(distinct pi.resident_id) as people," +
            " coalesce(jsonb_agg(distinct jsonb_build_object('residentId', r.id, 'name', r.display_name))" +
            " filter (where " +
            namesVisible(filter) +
            "), '[]')::text as visible " +
            fitting(level, filter) +
            " group by pi.kind, coalesce(pi.tag, lower(pi.label)) order by people desc, label";
        return jdbc
            .sql(sql)
            .params(parameters)
            .query((rs, i) ->
                new Strength(
                    rs.getString("kind"),
                    rs.getString("key"),
                    rs.getString("label"),
                    rs.getInt("people"),
                    aggregatesOnly
                        ? List.of()
                        : json.readValue(rs.getString("visible"), new TypeReference<List<Person>>() {})
                )
            )
            .list()
            .stream()
            .filter(s -> !aggregatesOnly || s.people() >= SMALLEST_GROUP)
            .toList();
    }

    private List<Strength> choices(AreaLevel level, long id, boolean aggregatesOnly) {
        return jdbc
            .sql(CHOICES.formatted(Areas.addressInSql(level, "a")) + " order by people desc, label")
            .param("area", id)
            .query((rs, i) ->
                new Strength(
                    rs.getString("kind"),
                    rs.getString("key"),
                    rs.getString("label"),
                    rs.getInt("people"),
                    List.of()
                )
            )
            .list()
            .stream()
            .filter(s -> !aggregatesOnly || s.people() >= SMALLEST_GROUP)
            .toList();
    }

    /** Distinct strengths (languages apart), most shared first. */
    private static List<Choice> choicesOf(List<Strength> strengths, boolean languages) {
        return strengths
            .stream()
            .filter(s -> "LANGUAGE".equals(s.kind()) == languages)
            .map(s -> new Choice(s.key(), s.label()))
            .distinct()
            .toList();
    }

    private List<Spot> spots(
        AreaLevel level,
        long id,
        AssetFilter filter,
        Map<String, Object> parameters,
        boolean aggregatesOnly
    ) {
        Map<Long, Integer> people = new HashMap<>();
        jdbc
            .sql(
                "select " +
                Areas.partOfSql(level, "a") +
                " as part, count(distinct r.id) as people " +
                fitting(level, filter) +
                " group by 1"
            )
            .params(parameters)
            .query(rs -> {
                people.put(rs.getLong("part"), rs.getInt("people"));
            });
        return areas
            .partsOf(level, id)
            .stream()
            .map(part -> spot(part, people.getOrDefault(part.id(), 0), aggregatesOnly))
            .toList();
    }

    private static Spot spot(AreaPart part, int people, boolean aggregatesOnly) {
        Integer shown = aggregatesOnly && people < SMALLEST_GROUP ? null : people;
        return new Spot(part.level(), part.id(), part.name(), part.lat(), part.lon(), part.outline(), shown);
    }

    /** The municipality's analyst sees aggregates only: small groups could point at a person. */
    private static boolean aggregatesOnly(CurrentUser viewer) {
        return viewer.has(Role.MUNICIPALITY_ANALYST) && !viewer.has(Role.ADMINISTRATOR);
    }
}
