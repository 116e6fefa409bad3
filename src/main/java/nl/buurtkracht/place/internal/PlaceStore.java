package nl.buurtkracht.place.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkracht.place.ClosureView;
import nl.buurtkracht.place.HelpDeskForm;
import nl.buurtkracht.place.HelpDeskHours;
import nl.buurtkracht.place.OpeningHours;
import nl.buurtkracht.place.PlaceClosure;
import nl.buurtkracht.place.PlaceForm;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.place.RoomForm;
import nl.buurtkracht.place.RoomView;
import nl.buurtkracht.place.SpecialOpening;
import nl.buurtkracht.place.SpecialOpeningView;
import nl.buurtkracht.place.WeeklyPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads and writes places, their rooms, hours, closures and help-desk hours; callers hold the transaction. */
@Repository
public class PlaceStore {

    private static final String PLACE = """
        select p.id, p.name, p.operator, p.description, p.address_id, p.address_line, p.neighbourhood_id,
          n.name as neighbourhood_name, p.lat, p.lon, p.step_free, p.accessible_toilet, p.hearing_loop, p.capacity
        from place p join neighbourhood n on n.id = p.neighbourhood_id""";

    /** Where a place is: the line people read, its neighbourhood and its point on the map. */
    public record Located(String addressLine, long neighbourhoodId, double lat, double lon) {}

    private final JdbcClient jdbc;

    PlaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlaceView> find(long id) {
        return withRooms(jdbc.sql(PLACE + " where p.id = ?").param(id).query(PlaceStore::place).list())
            .stream()
            .findFirst();
    }

    public List<PlaceView> all() {
        return withRooms(jdbc.sql(PLACE + " order by p.name, p.id").query(PlaceStore::place).list());
    }

    public List<PlaceView> inNeighbourhoods(Collection<Long> ids) {
        return withRooms(
            jdbc
                .sql(PLACE + " where p.neighbourhood_id = any(?) order by p.name, p.id")
                .param(longs(ids))
                .query(PlaceStore::place)
                .list()
        );
    }

    public boolean neighbourhoodExists(long id) {
        return jdbc
            .sql("select exists (select 1 from neighbourhood where id = ?)")
            .param(id)
            .query(Boolean.class)
            .single();
    }

    public long insert(PlaceForm form, Located where) {
        return jdbc
            .sql(
                """
                insert into place (name, operator, description, address_id, address_line, neighbourhood_id, lat, lon,
                  step_free, accessible_toilet, hearing_loop, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"""
            )
            .params(values(form, where))
            .query(Long.class)
            .single();
    }

    public void update(long id, PlaceForm form, Located where) {
        List<@Nullable Object> values = new ArrayList<>(values(form, where));
        values.add(id);
        jdbc
            .sql(
                """
                update place set name = ?, operator = ?, description = ?, address_id = ?, address_line = ?,
                  neighbourhood_id = ?, lat = ?, lon = ?, step_free = ?, accessible_toilet = ?, hearing_loop = ?,
                  capacity = ?, updated_at = now()
                where id = ?"""
            )
            .params(values)
            .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from place where id = ?").param(id).update();
    }

    public List<RoomView> rooms(long placeId) {
        return jdbc
            .sql("select id, place_id, name, capacity from place_room where place_id = ? order by name, id")
            .param(placeId)
            .query(RoomView.class)
            .list();
    }

    public Optional<RoomView> room(long placeId, long roomId) {
        return jdbc
            .sql("select id, place_id, name, capacity from place_room where place_id = ? and id = ?")
            .params(placeId, roomId)
            .query(RoomView.class)
            .optional();
    }

    public long insertRoom(long placeId, RoomForm form) {
        return jdbc
            .sql("insert into place_room (place_id, name, capacity) values (?, ?, ?) returning id")
            .params(placeId, form.name(), form.capacity())
            .query(Long.class)
            .single();
    }

    public void updateRoom(long roomId, RoomForm form) {
        jdbc
            .sql("update place_room set name = ?, capacity = ? where id = ?")
            .params(form.name(), form.capacity(), roomId)
            .update();
    }

    public void deleteRoom(long roomId) {
        jdbc.sql("delete from place_room where id = ?").param(roomId).update();
    }

    /** Whether the room has a booking that is not cancelled and not over yet. */
    public boolean hasComingBookings(long roomId, Instant now) {
        return jdbc
            .sql(
                "select exists (select 1 from place_booking where room_id = ? and cancelled_at is null and ends_at > ?)"
            )
            .params(roomId, OffsetDateTime.ofInstant(now, OpeningHours.ZONE))
            .query(Boolean.class)
            .single();
    }

    public OpeningHours hours(long placeId) {
        return new OpeningHours(
            periods(placeId),
            closures(placeId).stream().map(ClosureView::closure).toList(),
            specials(placeId).stream().map(SpecialOpeningView::opening).toList()
        );
    }

    /** The opening hours of many places at once, by place id (every id present). */
    public Map<Long, OpeningHours> hours(Collection<Long> placeIds) {
        Map<Long, List<WeeklyPeriod>> periods = new LinkedHashMap<>();
        Map<Long, List<PlaceClosure>> closures = new LinkedHashMap<>();
        Map<Long, List<SpecialOpening>> specials = new LinkedHashMap<>();
        placeIds.forEach(id -> {
            periods.put(id, new ArrayList<>());
            closures.put(id, new ArrayList<>());
            specials.put(id, new ArrayList<>());
        });
        jdbc
            .sql("select place_id, weekday, opens, closes from place_hours where place_id = any(?)")
            .param(longs(placeIds))
            .query(rs -> {
                periods.get(rs.getLong(1)).add(period(rs, 2));
            });
        jdbc
            .sql("select place_id, closed_from, reopens_on, reason from place_closure where place_id = any(?)")
            .param(longs(placeIds))
            .query(rs -> {
                closures.get(rs.getLong(1)).add(closure(rs, 2));
            });
        jdbc
            .sql("select place_id, day, opens, closes, note from place_special_opening where place_id = any(?)")
            .param(longs(placeIds))
            .query(rs -> {
                specials.get(rs.getLong(1)).add(special(rs, 2));
            });
        Map<Long, OpeningHours> hours = new LinkedHashMap<>();
        placeIds.forEach(id -> hours.put(id, new OpeningHours(periods.get(id), closures.get(id), specials.get(id))));
        return hours;
    }

    public List<WeeklyPeriod> periods(long placeId) {
        return jdbc
            .sql("select weekday, opens, closes from place_hours where place_id = ? order by weekday, opens")
            .param(placeId)
            .query((rs, n) -> period(rs, 1))
            .list();
    }

    public void replacePeriods(long placeId, List<WeeklyPeriod> periods) {
        jdbc.sql("delete from place_hours where place_id = ?").param(placeId).update();
        for (WeeklyPeriod p : periods) {
            jdbc
                .sql("insert into place_hours (place_id, weekday, opens, closes) values (?, ?, ?, ?)")
                .params(placeId, p.day().getValue(), p.opens(), p.closes())
                .update();
        }
    }

    public List<ClosureView> closures(long placeId) {
        return jdbc
            .sql(
                "select id, place_id, closed_from, reopens_on, reason from place_closure where place_id = ? order by closed_from, id"
            )
            .param(placeId)
            .query((rs, n) -> new ClosureView(rs.getLong(1), rs.getLong(2), closure(rs, 3)))
            .list();
    }

    public long insertClosure(long placeId, PlaceClosure closure) {
        return jdbc
            .sql(
                "insert into place_closure (place_id, closed_from, reopens_on, reason) values (?, ?, ?, ?) returning id"
            )
            .params(placeId, closure.from(), closure.until(), closure.reason())
            .query(Long.class)
            .single();
    }

    /** Removes the closure if it belongs to the place; whether it did. */
    public boolean deleteClosure(long placeId, long closureId) {
        return (
            jdbc.sql("delete from place_closure where place_id = ? and id = ?").params(placeId, closureId).update() > 0
        );
    }

    public List<SpecialOpeningView> specials(long placeId) {
        return jdbc
            .sql(
                "select id, place_id, day, opens, closes, note from place_special_opening where place_id = ? order by day, opens, id"
            )
            .param(placeId)
            .query((rs, n) -> new SpecialOpeningView(rs.getLong(1), rs.getLong(2), special(rs, 3)))
            .list();
    }

    public long insertSpecial(long placeId, SpecialOpening opening) {
        return jdbc
            .sql(
                "insert into place_special_opening (place_id, day, opens, closes, note) values (?, ?, ?, ?, ?) returning id"
            )
            .params(placeId, opening.day(), opening.opens(), opening.closes(), opening.note())
            .query(Long.class)
            .single();
    }

    /** Removes the special opening if it belongs to the place; whether it did. */
    public boolean deleteSpecial(long placeId, long specialId) {
        return (
            jdbc
                .sql("delete from place_special_opening where place_id = ? and id = ?")
                .params(placeId, specialId)
                .update() >
            0
        );
    }

    public List<HelpDeskHours> helpDesk(long placeId) {
        return jdbc
            .sql(
                "select id, weekday, starts, ends, topic from place_help_desk where place_id = ? order by weekday, starts, id"
            )
            .param(placeId)
            .query((rs, n) ->
                new HelpDeskHours(
                    rs.getLong(1),
                    DayOfWeek.of(rs.getInt(2)),
                    rs.getObject(3, LocalTime.class),
                    rs.getObject(4, LocalTime.class),
                    rs.getString(5)
                )
            )
            .list();
    }

    /** The help-desk hours of many places at once, by place id (every id present). */
    public Map<Long, List<HelpDeskHours>> helpDesk(Collection<Long> placeIds) {
        Map<Long, List<HelpDeskHours>> found = new LinkedHashMap<>();
        placeIds.forEach(id -> found.put(id, new ArrayList<>()));
        jdbc
            .sql(
                "select place_id, id, weekday, starts, ends, topic from place_help_desk where place_id = any(?) order by weekday, starts, id"
            )
            .param(longs(placeIds))
            .query(rs -> {
                found
                    .get(rs.getLong(1))
                    .add(
                        new HelpDeskHours(
                            rs.getLong(2),
                            DayOfWeek.of(rs.getInt(3)),
                            rs.getObject(4, LocalTime.class),
                            rs.getObject(5, LocalTime.class),
                            rs.getString(6)
                        )
                    );
            });
        return found;
    }

    public long insertHelpDesk(long placeId, HelpDeskForm form) {
        return jdbc
            .sql(
                "insert into place_help_desk (place_id, weekday, starts, ends, topic) values (?, ?, ?, ?, ?) returning id"
            )
            .params(
                placeId,
                form.day() == null ? null : form.day().getValue(),
                form.starts(),
                form.ends(),
                form.topic()
            )
            .query(Long.class)
            .single();
    }

    /** Removes the help-desk hours if they belong to the place; whether it did. */
    public boolean deleteHelpDesk(long placeId, long entryId) {
        return (
            jdbc.sql("delete from place_help_desk where place_id = ? and id = ?").params(placeId, entryId).update() > 0
        );
    }

    private static List<@Nullable Object> values(PlaceForm form, Located where) {
        List<@Nullable Object> values = new ArrayList<>();
        values.add(form.name());
        values.add(form.operator());
        values.add(form.description());
        values.add(form.addressId());
        values.add(where.addressLine());
        values.add(where.neighbourhoodId());
        values.add(where.lat());
        values.add(where.lon());
        values.add(form.stepFree());
        values.add(form.accessibleToilet());
        values.add(form.hearingLoop());
        values.add(form.capacity());
        return values;
    }

    private static WeeklyPeriod period(ResultSet rs, int first) throws SQLException {
        return new WeeklyPeriod(
            DayOfWeek.of(rs.getInt(first)),
            rs.getObject(first + 1, LocalTime.class),
            rs.getObject(first + 2, LocalTime.class)
        );
    }

    private static SpecialOpening special(ResultSet rs, int first) throws SQLException {
        return new SpecialOpening(
            rs.getObject(first, LocalDate.class),
            rs.getObject(first + 1, LocalTime.class),
            rs.getObject(first + 2, LocalTime.class),
            rs.getString(first + 3)
        );
    }

    private static PlaceClosure closure(ResultSet rs, int first) throws SQLException {
        return new PlaceClosure(
            rs.getObject(first, LocalDate.class),
            rs.getObject(first + 1, LocalDate.class),
            rs.getString(first + 2)
        );
    }

    private static PlaceView place(ResultSet rs, int row) throws SQLException {
        return new PlaceView(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("operator"),
            rs.getString("description"),
            rs.getObject("address_id", Long.class),
            rs.getString("address_line"),
            rs.getLong("neighbourhood_id"),
            rs.getString("neighbourhood_name"),
            rs.getDouble("lat"),
            rs.getDouble("lon"),
            rs.getBoolean("step_free"),
            rs.getBoolean("accessible_toilet"),
            rs.getBoolean("hearing_loop"),
            rs.getObject("capacity", Integer.class),
            List.of()
        );
    }

    private List<PlaceView> withRooms(List<PlaceView> places) {
        if (places.isEmpty()) {
            return places;
        }
        Map<Long, List<RoomView>> rooms = new LinkedHashMap<>();
        jdbc
            .sql("select id, place_id, name, capacity from place_room where place_id = any(?) order by name, id")
            .param(longs(places.stream().map(PlaceView::id).toList()))
            .query(RoomView.class)
            .list()
            .forEach(r -> rooms.computeIfAbsent(r.placeId(), k -> new ArrayList<>()).add(r));
        return places
            .stream()
            .map(p ->
                new PlaceView(
                    p.id(),
                    p.name(),
                    p.operator(),
                    p.description(),
                    p.addressId(),
                    p.addressLine(),
                    p.neighbourhoodId(),
                    p.neighbourhoodName(),
                    p.lat(),
                    p.lon(),
                    p.stepFree(),
                    p.accessibleToilet(),
                    p.hearingLoop(),
                    p.capacity(),
                    rooms.getOrDefault(p.id(), List.of())
                )
            )
            .toList();
    }

    static SqlArrayValue longs(Collection<Long> ids) {
        return new SqlArrayValue("bigint", ids.toArray());
    }
}
