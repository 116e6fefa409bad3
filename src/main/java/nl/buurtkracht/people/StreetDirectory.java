package nl.buurtkracht.people;

import java.util.List;
import nl.buurtkracht.area.AreaViews;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.AreaAccess.NameScope;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who lives on a street, as far as each person shares it with the viewer. Pages and the API both
 * read streets through here, so they can never show different things. The street page is the
 * most visited page, so it is one statement: street, blocks with hosts, residents and the consents
 * in force come back together as one JSON document.
 */
@Service
public class StreetDirectory {

    /** A neighbour as the viewer may see them: a name only where consent allows it. */
    public record Neighbour(long residentId, String name, String houseLabel, boolean isViewer) {}

    /** A host of a block, shown by name when they share it with the street. */
    public record Host(long residentId, String name) {}

    public record Block(long id, String name, int addressCount, List<Host> hosts) {}

    public record StreetPage(
        StreetView street,
        List<Block> blocks,
        List<Neighbour> neighbours,
        int residentCount,
        int hiddenCount,
        NameScope nameScope
    ) {}

    private record Document(@Nullable StreetView street, List<ResidentRow> residents, List<BlockRow> blocks) {}

    private record ResidentRow(
        long id,
        String name,
        int number,
        String letter,
        String addition,
        boolean sharesWithStreet,
        boolean sharesWithBuilder
    ) {}

    private record BlockRow(long id, String name, int addressCount, List<HostRow> hosts) {}

    private record HostRow(long id, String name, boolean sharesWithStreet) {}

    private static final String STREET_DOCUMENT = """
        select json_build_object(
          'street', (select json_build_object('id', s.id, 'name', s.name, 'placeName', s.place_name,
                       'neighbourhoodId', n.id, 'neighbourhoodName', n.name,
                       'addressCount', (select count(*) from address a where a.street_id = s.id))
                     from street s join neighbourhood n on n.id = s.neighbourhood_id where s.id = :street),
          'residents', coalesce((select json_agg(json_build_object('id', r.id, 'name', r.display_name,
                       'number', a.house_number, 'letter', a.house_letter, 'addition', a.addition,
                       'sharesWithStreet', %1$s, 'sharesWithBuilder', %2$s)
                       order by a.house_number, a.house_letter, a.addition, r.id)
                     from resident r join address a on a.id = r.address_id where a.street_id = :street), '[]'),
          'blocks', coalesce((select json_agg(json_build_object('id', b.id, 'name', b.name,
                       'addressCount', (select count(*) from block_address ba where ba.block_id = b.id),
                       'hosts', coalesce((select json_agg(json_build_object('id', hr.id, 'name', hr.display_name,
                                  'sharesWithStreet', %3$s) order by h.since, h.resident_id)
                                from block_host h join resident hr on hr.id = h.resident_id
                                where h.block_id = b.id), '[]'))
                       order by b.name)
                     from block b where b.street_id = :street), '[]'))::text
        """.formatted(
            ConsentLedger.grantedSql("r.id", ConsentPurpose.NAME_VISIBLE_TO_STREET),
            ConsentLedger.grantedSql("r.id", ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER),
            ConsentLedger.grantedSql("hr.id", ConsentPurpose.NAME_VISIBLE_TO_STREET)
        );

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AreaAccess access;

    StreetDirectory(JdbcClient jdbc, JsonMapper json, AreaAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    public StreetPage street(CurrentUser viewer, long streetId) {
        Document document = json.readValue(
            jdbc.sql(STREET_DOCUMENT).param("street", streetId).query(String.class).single(),
            Document.class
        );
        StreetView street = document.street();
        if (street == null) {
            throw new NotFound("street " + streetId);
        }
        access.requireStreetVisible(viewer, street);
        NameScope scope = access.namesOn(viewer, street);

        List<Neighbour> neighbours = document
            .residents()
            .stream()
            .filter(r -> viewer.isResident(r.id()) || mayShowName(scope, r))
            .map(r ->
                new Neighbour(
                    r.id(),
                    r.name(),
                    AreaViews.houseLabel(r.number(), r.letter(), r.addition()),
                    viewer.isResident(r.id())
                )
            )
            .toList();
        // Hosts are the street's contact people: their name shows to anyone who may see the
        // street, if they share it with the street.
        List<Block> blocks = document
            .blocks()
            .stream()
            .map(b ->
                new Block(
                    b.id(),
                    b.name(),
                    b.addressCount(),
                    b
                        .hosts()
                        .stream()
                        .filter(h -> h.sharesWithStreet() || viewer.isResident(h.id()))
                        .map(h -> new Host(h.id(), h.name()))
                        .toList()
                )
            )
            .toList();
        int residents = document.residents().size();
        return new StreetPage(street, blocks, neighbours, residents, residents - neighbours.size(), scope);
    }

    private static boolean mayShowName(NameScope scope, ResidentRow resident) {
        return switch (scope) {
            case STREET -> resident.sharesWithStreet();
            case BUILDER -> resident.sharesWithBuilder();
            case NONE -> false;
        };
    }
}
