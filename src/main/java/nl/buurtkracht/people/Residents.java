package nl.buurtkracht.people;

import java.util.List;
import java.util.Optional;
import nl.buurtkracht.area.AreaViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds residents. Callers decide, with the consent ledger, what of them may be shown. */
@Service
public class Residents {

    private static final String SELECT =
        "select id, address_id, display_name, birth_year, phone, assisted from resident";

    private final JdbcClient jdbc;

    Residents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Resident> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Resident.class).optional();
    }

    /** A resident with the house number they live at, as a street page lists them. */
    public record Housed(Resident resident, String houseLabel) {}

    /** Everyone living on the street, in house-number order. */
    public List<Housed> livingOn(long streetId) {
        return jdbc
            .sql(
                """
                select r.id, r.address_id, r.display_name, r.birth_year, r.phone, r.assisted,
                  a.house_number, a.house_letter, a.addition
                from resident r join address a on a.id = r.address_id
                where a.street_id = ? order by a.house_number, a.house_letter, a.addition, r.id"""
            )
            .param(streetId)
            .query((rs, i) ->
                new Housed(
                    new Resident(
                        rs.getLong("id"),
                        rs.getLong("address_id"),
                        rs.getString("display_name"),
                        rs.getObject("birth_year", Integer.class),
                        rs.getString("phone"),
                        rs.getBoolean("assisted")
                    ),
                    AreaViews.houseLabel(
                        rs.getInt("house_number"),
                        rs.getString("house_letter"),
                        rs.getString("addition")
                    )
                )
            )
            .list();
    }

    public List<Resident> all(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc
            .sql(SELECT + " where id = any(?) order by id")
            .param(ids.toArray(Long[]::new))
            .query(Resident.class)
            .list();
    }

    public int countLivingOn(long streetId) {
        return jdbc
            .sql("select count(*) from resident r join address a on a.id = r.address_id where a.street_id = ?")
            .param(streetId)
            .query(Integer.class)
            .single();
    }

    /** The residents a representative (street host or builder) has registered and acts for. */
    public List<Resident> representedBy(long accountId) {
        return jdbc
            .sql(
                SELECT +
                " r where r.id in (select resident_id from representation where representative_account_id = ?) order by r.display_name"
            )
            .param(accountId)
            .query(Resident.class)
            .list();
    }

    public boolean represents(long accountId, long residentId) {
        return jdbc
            .sql("select exists (select 1 from representation where representative_account_id = ? and resident_id = ?)")
            .params(accountId, residentId)
            .query(Boolean.class)
            .single();
    }
}
