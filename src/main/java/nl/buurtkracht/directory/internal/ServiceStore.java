package nl.buurtkracht.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.directory.ServiceForm;
import nl.buurtkracht.directory.ServiceView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads and writes services and the neighbourhoods they serve; callers hold the transaction. */
@Repository
public class ServiceStore {

    /** Keeps two service imports from interleaving (the address import uses another key). */
    private static final long IMPORT_LOCK = 7_407;

    private static final String SERVICE = """
        select s.id, s.name, s.purpose, s.contact, s.opening_hours, s.address, s.lat, s.lon from service s""";

    /** A service row before its neighbourhoods are added. */
    private record Row(
        long id,
        String name,
        String purpose,
        String contact,
        String openingHours,
        String address,
        @Nullable Double lat,
        @Nullable Double lon
    ) {}

    private final JdbcClient jdbc;

    ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceView> all() {
        return withNeighbourhoods(jdbc.sql(SERVICE + " order by s.name, s.id").query(Row.class).list());
    }

    public List<ServiceView> inNeighbourhoods(Collection<Long> neighbourhoodIds) {
        return withNeighbourhoods(
            jdbc
                .sql(
                    SERVICE +
                    """
                     where exists (select 1 from service_neighbourhood sn
                       where sn.service_id = s.id and sn.neighbourhood_id = any(?))
                    order by s.name, s.id"""
                )
                .param(longs(neighbourhoodIds))
                .query(Row.class)
                .list()
        );
    }

    public Optional<ServiceView> find(long id) {
        return withNeighbourhoods(jdbc.sql(SERVICE + " where s.id = ?").param(id).query(Row.class).list())
            .stream()
            .findFirst();
    }

    /** The id of the service with exactly this name. */
    public Optional<Long> idByName(String name) {
        return jdbc.sql("select id from service where name = ?").param(name).query(Long.class).optional();
    }

    /** The services with these names, by name. */
    public Map<String, ServiceView> byNames(Collection<String> names) {
        Map<String, ServiceView> found = new LinkedHashMap<>();
        withNeighbourhoods(
            jdbc
                .sql(SERVICE + " where s.name = any(?)")
                .param(new SqlArrayValue("text", names.toArray()))
                .query(Row.class)
                .list()
        ).forEach(s -> found.put(s.name(), s));
        return found;
    }

    /** Which of these neighbourhood ids exist. */
    public Set<Long> existingNeighbourhoods(Collection<Long> ids) {
        return new HashSet<>(
            jdbc.sql("select id from neighbourhood where id = any(?)").param(longs(ids)).query(Long.class).list()
        );
    }

    /** Neighbourhood ids by their CBS code, for the codes that exist. */
    public Map<String, Long> neighbourhoodsByCode(Collection<String> codes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc
            .sql("select code, id from neighbourhood where code = any(?)")
            .param(new SqlArrayValue("text", codes.toArray()))
            .query(rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            });
        return ids;
    }

    public long insert(ServiceForm form) {
        long id = jdbc
            .sql(
                """
                insert into service (name, purpose, contact, opening_hours, address, lat, lon)
                values (?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(
                form.name(),
                form.purpose(),
                form.contact(),
                form.openingHours(),
                form.address(),
                form.lat(),
                form.lon()
            )
            .query(Long.class)
            .single();
        link(id, form.neighbourhoodIds());
        return id;
    }

    /** Replaces every field and the neighbourhoods of an existing service. */
    public void update(long id, ServiceForm form) {
        jdbc
            .sql(
                """
                update service set name = ?, purpose = ?, contact = ?, opening_hours = ?, address = ?,
                  lat = ?, lon = ?, updated_at = now()
                where id = ?"""
            )
            .params(
                form.name(),
                form.purpose(),
                form.contact(),
                form.openingHours(),
                form.address(),
                form.lat(),
                form.lon(),
                id
            )
            .update();
        jdbc.sql("delete from service_neighbourhood where service_id = ?").param(id).update();
        link(id, form.neighbourhoodIds());
    }

    public void delete(long id) {
        jdbc.sql("delete from service where id = ?").param(id).update();
    }

    /** Makes service imports wait for each other until the transaction ends. */
    public void lockImports() {
        jdbc
            .sql("select pg_advisory_xact_lock(?)")
            .param(IMPORT_LOCK)
            .query(rs -> {});
    }

    private void link(long id, Set<Long> neighbourhoodIds) {
        jdbc
            .sql(
                "insert into service_neighbourhood (service_id, neighbourhood_id) select ?, unnest(?::bigint[]) on conflict do nothing"
            )
            .params(id, longs(neighbourhoodIds))
            .update();
    }

    private List<ServiceView> withNeighbourhoods(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ServiceView.Neighbourhood>> links = new LinkedHashMap<>();
        jdbc
            .sql(
                """
                select sn.service_id, n.id, n.code, n.name from service_neighbourhood sn
                join neighbourhood n on n.id = sn.neighbourhood_id
                where sn.service_id = any(?) order by n.name, n.id"""
            )
            .param(longs(rows.stream().map(Row::id).toList()))
            .query(rs -> {
                links
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new ServiceView.Neighbourhood(rs.getLong(2), rs.getString(3), rs.getString(4)));
            });
        return rows
            .stream()
            .map(r ->
                new ServiceView(
                    r.id(),
                    r.name(),
                    r.purpose(),
                    r.contact(),
                    r.openingHours(),
                    r.address(),
                    r.lat(),
                    r.lon(),
                    links.getOrDefault(r.id(), List.of())
                )
            )
            .toList();
    }

    private static SqlArrayValue longs(Collection<Long> ids) {
        return new SqlArrayValue("bigint", ids.toArray());
    }
}
