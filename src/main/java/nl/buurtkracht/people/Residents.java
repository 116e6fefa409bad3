package nl.buurtkracht.people;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds residents. Callers decide, with the consent ledger, what of them may be shown. */
@Service
@Transactional(readOnly = true)
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

    public List<Resident> livingOn(long streetId) {
        return jdbc
            .sql(
                SELECT +
                " r where r.address_id in (select id from address where street_id = ?) order by r.address_id, r.id"
            )
            .param(streetId)
            .query(Resident.class)
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
