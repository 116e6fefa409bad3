package nl.buurtkracht.people;

import java.util.List;
import java.util.Optional;
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
